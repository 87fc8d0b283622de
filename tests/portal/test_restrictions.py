"""Private pages stay private, however the router finds them."""

import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def test_login_restriction_on_a_section_covers_its_pages(client, seed_page):
    section = seed_page.get_parent()
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    for url in (section.url, seed_page.url):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/login/" in response["Location"]


def test_password_restriction_asks_for_the_password(client, seed_page):
    PageViewRestriction.objects.create(
        page=seed_page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    html = client.get(seed_page.url).content.decode()
    assert 'name="password"' in html
    assert "Digital technology has become" not in html


def test_restricted_page_is_served_to_those_allowed(client, seed_page, admin_user):
    PageViewRestriction.objects.create(page=seed_page, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(admin_user)
    assert client.get(seed_page.url).status_code == 200


def test_pages_under_an_alias_take_the_source_restrictions(client, seed_page):
    section = seed_page.get_parent()
    alias = section.create_alias(update_slug="online-safety-copy")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(alias.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
