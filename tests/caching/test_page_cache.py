"""Whole anonymous pages from the application cache, purged when what they show changes."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from caching.purge import purge_whole_site
from tests.factories import (
    GuidancePageFactory,
    NewsIndexPageFactory,
    PartnerFactory,
    StandardPageFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    home_page,
)
from tests.training.helpers import booking_details
from training import services

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.CACHING_PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


def cached(client, url: str) -> bool:
    return client.get(url).get("X-Page-Cache") == "hit"


def test_a_second_anonymous_request_is_served_from_the_cache_without_queries(client):
    guidance_page = GuidancePageFactory()
    first = client.get(guidance_page.url)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(guidance_page.url)
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]
    assert second["Content-Type"] == first["Content-Type"]
    assert client.get(guidance_page.url + "?page=2")["X-Page-Cache"] == "miss", (
        "query strings differ"
    )


def test_editors_and_unknown_hosts_never_get_a_stored_page(client, admin_user):
    guidance_page = GuidancePageFactory()
    client.get(guidance_page.url)
    assert cached(client, guidance_page.url)
    editor = Client()
    editor.force_login(admin_user)
    assert editor.get(guidance_page.url).get("X-Page-Cache") is None
    assert client.get(guidance_page.url, HTTP_HOST="evil.invalid").status_code == 400


def test_publishing_purges_the_page_and_its_listings(client, django_capture_on_commit_callbacks):
    guidance_page = GuidancePageFactory()
    parent = guidance_page.get_parent()
    home = home_page()
    unrelated = StandardPageFactory().url
    sitemap = ("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-pages.xml?p=1")
    for url in (guidance_page.url, parent.url, home.url, *sitemap, unrelated):
        client.get(url)
        assert cached(client, url), url
    guidance_page.title = "A new title for the guidance page"
    with django_capture_on_commit_callbacks(execute=True):
        guidance_page.save_revision().publish()
    page = client.get(guidance_page.url)
    assert page.get("X-Page-Cache") == "miss"
    assert "A new title for the guidance page" in page.content.decode()
    for url in (parent.url, home.url, *sitemap):
        assert not cached(client, url), url
    assert cached(client, unrelated), "a page that does not list it stays cached"


def test_a_booking_purges_its_event_page(client, django_capture_on_commit_callbacks):
    event = TrainingEventPageFactory(booking_open=True)
    before = client.get(event.url).content.decode()
    places = event.capacity - event.booking_counts["confirmed"]
    assert f'data-places-left="{places}"' in before
    with django_capture_on_commit_callbacks(execute=True):
        services.book_place(event=event, **booking_details(99))
    after = client.get(event.url)
    assert after["X-Page-Cache"] == "miss"
    assert f'data-places-left="{places - 1}"' in after.content.decode()


def test_site_wide_changes_purge_every_page(client, django_capture_on_commit_callbacks):
    partner = PartnerFactory()
    urls = [GuidancePageFactory().url, NewsIndexPageFactory().url, TrainingIndexPageFactory().url]
    for url in urls:
        client.get(url)
    assert all(cached(client, url) for url in urls)
    with django_capture_on_commit_callbacks(execute=True):
        partner.save()
    assert not any(cached(client, url) for url in urls)
    for url in urls:
        client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        purge_whole_site()
    assert not any(cached(client, url) for url in urls)


def test_the_booking_page_for_readers_without_javascript_is_never_stored(client):
    event = TrainingEventPageFactory(booking_open=True)
    client.get(event.url)
    assert cached(client, event.url), "the event page itself is stored"
    url = event.url + "booking-form/"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert response.get("X-Page-Cache") is None
        assert "no-store" in response["Cache-Control"]
        assert response.cookies["csrftoken"].value
