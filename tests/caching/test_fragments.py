"""Shared page parts are kept between requests, and forgotten as soon as content changes."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from caching import fragments
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import Partner
from portal.models import SiteSettings
from training.models import TrainingEventPage, TrainingIndexPage

pytestmark = pytest.mark.django_db


def test_a_value_is_kept_until_a_new_generation_or_an_emptied_cache():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert fragments.remember(None, "answer", compute) == 1
    assert fragments.remember(None, "answer", compute) == 1
    fragments.new_generation()
    assert fragments.remember(None, "answer", compute) == 2
    cache.clear()
    assert fragments.remember(None, "answer", compute) == 3


def test_a_value_with_an_end_is_worked_out_again_after_it():
    past = timezone.now() - datetime.timedelta(seconds=1)
    values = iter([1, 2])
    assert fragments.remember(None, "ending", lambda: next(values), until=lambda _v: past) == 1
    assert fragments.remember(None, "ending", lambda: next(values)) == 2


def test_a_second_view_asks_nothing_for_the_settings_menus_or_partners(client, demo_site):
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    tables = " ".join(query["sql"] for query in queries)
    for table in ("portal_sitesettings", "partners_partner", "news_newsarticlepage"):
        assert table not in tables
    # Wagtail finds the site itself, in one query.
    assert sum("wagtailcore_site" in query["sql"] for query in queries) == 1


def test_new_articles_events_partners_and_settings_show_on_the_next_view(client, demo_site):
    client.get("/")
    NewsIndexPage.objects.get().add_child(
        instance=NewsArticlePage(
            title="Kept parts article", slug="kept-parts", date=timezone.localdate()
        )
    )
    start = timezone.now() + datetime.timedelta(minutes=5)
    TrainingIndexPage.objects.get().add_child(
        instance=TrainingEventPage(
            title="Kept parts event",
            slug="kept-parts-event",
            start=start,
            end=start + datetime.timedelta(hours=1),
            event_format="virtual",
        )
    )
    Partner.objects.create(name="Kept parts partner", sort_order=-1)
    site_settings = SiteSettings.objects.get()
    site_settings.organisation_name = "Kept Parts Partnership"
    site_settings.save()
    html = client.get("/").content.decode()
    for text in ("Kept parts article", "Kept parts event", "Kept parts partner"):
        assert text in html
    assert html.count("Kept Parts Partnership") >= 3  # title, header and footer


def test_a_page_taken_out_of_the_menu_leaves_it_on_the_next_view(client, demo_site):
    section = NewsIndexPage.objects.get()
    assert f'href="{section.url}"' in client.get("/").content.decode()
    section.show_in_menus = False
    section.save()
    menu = client.get("/").content.decode().split('class="main-menu"')[1].split("</nav>")[0]
    assert section.title not in menu
