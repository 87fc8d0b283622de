"""Private pages stay private, however the router finds them."""

import pytest
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from tests.factories import GuidancePageFactory

pytestmark = pytest.mark.django_db

PRIVATE_WORDS = "Only those given the password read this paragraph."


@pytest.fixture
def page(db):
    """A guidance page, with words of its own, in a guidance topic of its own."""
    return GuidancePageFactory(body=[("paragraph", RichText(f"<p>{PRIVATE_WORDS}</p>"))])


def test_login_restriction_on_a_section_covers_its_pages(client, page):
    section = page.get_parent()
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    for url in (section.url, page.url):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/login/" in response["Location"]


def test_password_restriction_asks_for_the_password(client, page):
    assert PRIVATE_WORDS in client.get(page.url).content.decode()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    html = client.get(page.url).content.decode()
    assert 'name="password"' in html
    assert PRIVATE_WORDS not in html


def test_restricted_page_is_served_to_those_allowed(client, page, admin_user):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(admin_user)
    assert client.get(page.url).status_code == 200


def test_pages_under_an_alias_take_the_source_restrictions(client, page):
    section = page.get_parent()
    alias = section.create_alias(update_slug=f"{section.slug}-copy")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(alias.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
