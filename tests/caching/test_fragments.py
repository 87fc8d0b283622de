"""Shared page parts are kept between requests, and forgotten as soon as content changes."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from caching import fragments
from portal.models import SiteSettings
from tests.factories import (
    NewsArticlePageFactory,
    PartnerFactory,
    StandardPageFactory,
    TrainingEventPageFactory,
)

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


def test_a_second_view_asks_nothing_for_the_settings_menus_or_partners(client):
    StandardPageFactory(show_in_menus=True)
    PartnerFactory()
    NewsArticlePageFactory()
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    tables = " ".join(query["sql"] for query in queries)
    for table in ("portal_sitesettings", "partners_partner", "news_newsarticlepage"):
        assert table not in tables
    # Wagtail finds the site itself, in one query.
    assert sum("wagtailcore_site" in query["sql"] for query in queries) == 1


def test_new_articles_events_partners_and_settings_show_on_the_next_view(client):
    client.get("/")
    NewsArticlePageFactory(title="Kept parts article")
    start = timezone.now() + datetime.timedelta(minutes=5)
    TrainingEventPageFactory(
        title="Kept parts event", start=start, end=start + datetime.timedelta(hours=1)
    )
    PartnerFactory(name="Kept parts partner", sort_order=-1)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = "Kept Parts Partnership"
    site_settings.save()
    html = client.get("/").content.decode()
    for text in ("Kept parts article", "Kept parts event", "Kept parts partner"):
        assert text in html
    assert html.count("Kept Parts Partnership") >= 3  # title, header and footer


def test_a_page_taken_out_of_the_menu_leaves_it_on_the_next_view(client):
    section = StandardPageFactory(title="Kept parts section", show_in_menus=True)
    assert f'href="{section.url}"' in client.get("/").content.decode()
    section.show_in_menus = False
    section.save()
    menu = client.get("/").content.decode().split('class="main-menu"')[1].split("</nav>")[0]
    assert section.title not in menu
