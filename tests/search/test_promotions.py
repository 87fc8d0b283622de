"""Promoted search results: Moderators only, outside links https only and marked as leaving."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from editorial.groups import EDITORS, MODERATORS
from tests.factories import GuidancePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    def make(group_name: str):
        user = django_user_model.objects.create_user(username=group_name.lower(), password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def promotion_form(url: str) -> dict:
    return {
        "query_string": "hcpc",
        "editors_picks-TOTAL_FORMS": "1",
        "editors_picks-INITIAL_FORMS": "0",
        "editors_picks-MIN_NUM_FORMS": "0",
        "editors_picks-MAX_NUM_FORMS": "1000",
        "editors_picks-0-page": "",
        "editors_picks-0-external_link_url": url,
        "editors_picks-0-external_link_text": "Outside standards",
        "editors_picks-0-description": "",
        "editors_picks-0-ORDER": "0",
        "editors_picks-0-DELETE": "",
    }


def test_editors_cannot_add_or_change_promotions(client, staff):
    editor = staff(EDITORS)
    assert not editor.has_perm("wagtailsearchpromotions.add_searchpromotion")
    assert not editor.has_perm("wagtailsearchpromotions.change_searchpromotion")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsearchpromotions:add"), promotion_form("https://a.example/")
    )
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login" in response["Location"] or response["Location"] == "/admin/"
    assert not SearchPromotion.objects.exists()


@pytest.mark.parametrize(
    "url",
    ["http://evil.example/x", "HTTP://evil.example/x", "ftp://evil.example/x"],
)
def test_outside_links_must_be_https(client, staff, url):
    client.force_login(staff(MODERATORS))
    response = client.post(reverse("wagtailsearchpromotions:add"), promotion_form(url))
    assert response.status_code == 200
    assert "must be full secure addresses starting with https://" in response.content.decode()
    assert not SearchPromotion.objects.exists()


def test_moderators_add_https_outside_links(client, staff):
    client.force_login(staff(MODERATORS))
    response = client.post(
        reverse("wagtailsearchpromotions:add"), promotion_form("https://www.hcpc-uk.org/")
    )
    assert response.status_code == 302
    assert SearchPromotion.objects.get().external_link_url == "https://www.hcpc-uk.org/"


def test_scheme_relative_links_are_stored_as_https(client, staff):
    client.force_login(staff(MODERATORS))
    client.post(reverse("wagtailsearchpromotions:add"), promotion_form("//evil.example/x"))
    assert [p.external_link_url for p in SearchPromotion.objects.all()] in (
        [],
        ["https://evil.example/x"],
    )


def test_an_outside_result_says_it_leaves_the_site(client):
    GuidancePageFactory(title="Zorblax standards for practitioners")
    SearchPromotion.objects.create(
        query=Query.get("zorblax standards"),
        external_link_url="https://www.hcpc-uk.org/standards/",
        external_link_text="HCPC standards",
    )
    html = client.get("/search/", {"q": "Zorblax standards"}).content.decode()
    assert 'HCPC standards <span class="search-result__external">(leaves this site)</span>' in html
    assert "Recommended: another website" in html


def test_insecure_outside_links_saved_earlier_are_not_shown(client):
    GuidancePageFactory(title="Zorblax standards for practitioners")
    SearchPromotion.objects.create(
        query=Query.get("zorblax standards"),
        external_link_url="http://evil.example/",
        external_link_text="X",
    )
    html = client.get("/search/", {"q": "Zorblax standards"}).content.decode()
    assert "evil.example" not in html
