"""Public pages cost a fixed, small number of queries, whatever the volume of content."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model

from caching import fragments
from demo.bulk import add_live_children
from glossary.models import GlossaryTerm
from glossary.terms import forget_glossary
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import Partner
from procedures.models import Amendment, ChapterPage, ProceduresManualPage
from tests.fixtures import procedures_page_type_urls, public_page_type_urls
from training.models import TrainingEventPage, TrainingIndexPage

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12


def count_queries(client, url: str) -> int:
    client.get(url)  # warm up: renditions and per-process caches are made once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code in (200, 404), url
    return len(queries)


def grow_content_to(count: int) -> None:
    """Make exactly `count` live news articles, events and active partners.

    The pages are added to the search index: the site search is among the pages measured.
    """
    today = timezone.localdate()
    add_live_children(
        NewsIndexPage.objects.get(),
        [
            NewsArticlePage(
                title=f"Budget article {number}",
                slug=f"budget-article-{number}",
                summary="Volume.",
                date=today - datetime.timedelta(days=number),
            )
            for number in range(NewsArticlePage.objects.count(), count)
        ],
    )
    events = []
    for number in range(TrainingEventPage.objects.count(), count):
        start = timezone.now() + datetime.timedelta(days=number + 1)
        events.append(
            TrainingEventPage(
                title=f"Budget event {number}",
                slug=f"budget-event-{number}",
                start=start,
                end=start + datetime.timedelta(hours=2),
                event_format="virtual",
            )
        )
    add_live_children(TrainingIndexPage.objects.get(), events)
    logo = get_image_model().objects.first()
    active = Partner.objects.filter(active=True).count()
    if active > count:
        for partner in Partner.objects.filter(active=True)[count:]:
            partner.active = False
            partner.save()
    partners = [
        Partner(name=f"Budget partner {number}", logo=logo, sort_order=number)
        for number in range(active, count)
    ]
    for partner in partners:
        partner.refresh_logo_rendition()  # as Partner.save() does
    Partner.objects.bulk_create(partners)
    fragments.new_generation()  # as saving a partner does (caching.signals)
    assert NewsArticlePage.objects.count() >= count
    assert Partner.objects.active().count() == count


def assert_within_budget_at_any_volume(client, urls: dict[str, str], grow, volumes: str) -> None:
    """Each page costs the same queries before and after `grow()`, and no more than the budget.

    `volumes` says what the two counts are measured at, for the printed table.
    """
    small = {name: count_queries(client, url) for name, url in urls.items()}
    grow()
    large = {name: count_queries(client, url) for name, url in urls.items()}

    print(f"\nqueries per page type ({volumes}):")
    width = max(map(len, urls))
    for name in small:
        print(f"  {name:{width}} {small[name]:3} {large[name]:3}")
    over = {name: n for name, n in large.items() if n > QUERY_BUDGET}
    assert not over, f"over the budget of {QUERY_BUDGET}: {over}"
    assert small == large


def test_each_public_page_type_stays_within_budget_at_any_volume(client, demo_site):
    grow_content_to(3)
    assert_within_budget_at_any_volume(
        client, public_page_type_urls(), lambda: grow_content_to(200), "3 items / 200 items"
    )


def test_page_counts_are_deterministic(client, demo_site):
    url = "/online-safety/social-media-practitioners-volunteers/"
    assert count_queries(client, url) == count_queries(client, url)


def grow_procedures_to(count: int) -> None:
    """`count` chapters and glossary terms, and `count` amendments on one chapter."""
    chapters = add_live_children(
        ProceduresManualPage.objects.get(),
        [
            ChapterPage(
                title=f"Budget chapter {number}",
                slug=f"budget-chapter-{number}",
                amendment_note="First published.",
            )
            for number in range(ChapterPage.objects.count(), count)
        ],
        index=False,  # the pages measured with them search for nothing
    )
    # Each publish is logged (procedures.signals.record_amendment).
    Amendment.objects.bulk_create(
        Amendment(page=chapter, level=chapter.amendment_level, note=chapter.amendment_note)
        for chapter in chapters
    )
    chapter = ChapterPage.objects.get(slug="responding-to-concerns-about-a-child")
    Amendment.objects.bulk_create(
        Amendment(page=chapter, note=f"Budget change {n}")
        for n in range(chapter.amendments.count(), count)
    )
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(term=f"Budget term {n}", slug=f"budget-term-{n}", definition="Volume.")
        for n in range(GlossaryTerm.objects.count(), count)
    )
    forget_glossary()
    assert ChapterPage.objects.count() >= count and GlossaryTerm.objects.count() >= count


def test_procedures_and_glossary_pages_stay_within_budget_at_any_volume(client, demo_site):
    urls = procedures_page_type_urls(ChapterPage)
    urls["seed page with definitions"] = "/online-safety/social-media-practitioners-volunteers/"
    assert_within_budget_at_any_volume(
        client,
        urls,
        lambda: grow_procedures_to(120),
        "demo / 120 chapters, amendments and terms",
    )


def test_sitemap_costs_a_fixed_number_of_queries_at_any_volume(client, demo_site, settings):
    settings.SITEMAP_PAGE_SIZE = 100
    parts = ("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-pages.xml?p=2")
    grow_content_to(3)
    small = {url: count_queries(client, url) for url in parts[:2]}
    grow_content_to(60)
    grow_procedures_to(40)
    large = {url: count_queries(client, url) for url in parts}
    index = client.get("/sitemap.xml").content.decode()
    pages = sum(client.get(url).content.decode().count("<url>") for url in parts[1:])
    print(f"\nsitemap queries: {small} (demo site), {large} ({pages} pages)")
    assert pages > 150 and index.count("<sitemap>") == 2
    assert small == {url: large[url] for url in small}
    assert large["/sitemap-pages.xml?p=2"] == large["/sitemap-pages.xml"]
    assert max(large.values()) <= QUERY_BUDGET
