"""The demo site's own pages and listings: cookie-free, asking no other site for anything, in
the sitemap and shared under the partnership's name."""

import pytest

from guidance.models import GuidancePage
from news.models import NewsArticlePage
from tests.portal.test_machine_readable import all_public_page_urls, meta, sitemap_locations
from tests.portal.test_privacy import assert_no_cookies_for, assert_nothing_fetched_elsewhere
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db


def demo_public_urls() -> list[str]:
    return [
        "/",
        "/online-safety/",
        GuidancePage.objects.get(slug="social-media-practitioners-volunteers").url,
        GuidancePage.objects.get(slug="self-neglect-and-hoarding").url,
        "/questions/",
        "/resources/",
        "/resources/?topic=online-safety&type=toolkit",
        "/safer-browsing/",
        "/accessibility-statement/",
        "/news/",
        NewsArticlePage.objects.published().first().url,
        "/training/",
        "/training/?when=past",
        TrainingEventPage.objects.past().first().url,
        "/search/",
        "/search/?q=social+media",
        "/search/?q=xqzvwk",
        "/no-such-page/",
    ]


def test_the_demo_pages_give_anonymous_readers_no_cookies(client, demo_site):
    assert_no_cookies_for(client, demo_public_urls())


def test_the_demo_pages_fetch_nothing_from_other_sites(client, demo_site):
    assert_nothing_fetched_elsewhere(client, demo_public_urls())


def test_the_demo_has_an_open_event_to_book(demo_site):
    assert TrainingEventPage.objects.upcoming().filter(booking_open=True).exists()


def test_the_demo_sitemap_lists_its_many_pages(client, demo_site):
    expected = all_public_page_urls()
    assert len(expected) > 15
    assert sitemap_locations(client) == expected


def test_the_demo_pages_are_shared_under_the_partnerships_name(client, seed_page):
    tags = meta(client.get(seed_page.url).content.decode())
    assert tags["og:site_name"] == "Manchester Safeguarding Partnership"


def test_the_demo_news_has_an_article_with_a_listing_image(demo_site):
    article = NewsArticlePage.objects.published().exclude(listing_image=None).first()
    assert article is not None, "the demo news should have a listing image"
