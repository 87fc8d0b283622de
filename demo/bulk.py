"""Thousands of generated news articles and events in seconds, for `load_demo_content --scale N`
and `make bench --scale N`; `add_live_children` makes many live pages of any type (the tests
that measure volume use it too).

Wagtail's add_child() costs a few queries a page; here the page rows go in with one
bulk_create and the type rows with one executemany, then the tree counts are fixed and
ANALYZE refreshes the planner's statistics (stale ones made /news/ 17 times slower).
"""

import datetime
from collections.abc import Sequence
from typing import TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from caching import fragments
from news.models import NewsArticlePage, NewsIndexPage
from portal import listings
from training.models import TrainingEventPage, TrainingIndexPage

# UK times (settings.TIME_ZONE), daylight saving included.
UK = timezone.get_default_timezone()

BATCH = 1000

P = TypeVar("P", bound=Page)


def add_live_children(parent: Page, pages: Sequence[P], *, index: bool = True) -> list[P]:
    """Save the unsaved `pages` (all of one type) as live children of `parent`, after any
    children it has, and return them saved.

    They are what add_child() and publishing would have made, revisions apart: placed in the
    tree (path, depth, URL path, the parent's count of children), live and published now,
    their parental relations (topics, recommendations) saved, and, with `index`, in the
    search index. What a page save forgets is forgotten (shared page parts, listing counts).
    Left out: the reference index, which only the admin reads.
    """
    if not pages:
        return []
    model = type(pages[0])
    if any(type(page) is not model for page in pages):
        raise ValueError("one page type at a time")
    fresh_parent = Page.objects.get(pk=parent.pk)
    slugs = [page.slug for page in pages]
    taken = set(fresh_parent.get_children().filter(slug__in=slugs).values_list("slug", flat=True))
    if len(set(slugs)) != len(slugs) or taken:
        raise ValueError(f"slugs already in use: {taken or slugs}")

    last = fresh_parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(fresh_parent.path, fresh_parent.depth + 1, step)
        page.depth = fresh_parent.depth + 1
        page.numchild = 0
        page.url_path = f"{fresh_parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.content_type = content_type
        page.locale_id = fresh_parent.locale_id
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = now

    _insert_rows(model, pages)
    Page.objects.filter(pk=fresh_parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild = fresh_parent.numchild + len(pages)
    for page in pages:
        for relation in get_all_child_relations(page):
            getattr(page, relation.get_accessor_name()).commit()
        for field in get_all_child_m2m_relations(page):
            getattr(page, field.name).commit()
    if index:
        _index(model, [page.pk for page in pages])
    fragments.new_generation()
    listings.next_generation()
    return list(pages)


def _insert_rows(model, pages: Sequence[Page]) -> None:
    """The wagtailcore_page rows with bulk_create, then those of each table below it."""
    rows = Page.objects.bulk_create(
        Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
        for page in pages
    )
    tables = [m for m in reversed(model._meta.get_parent_list()) if m is not Page] + [model]
    for page, row in zip(pages, rows, strict=True):
        for table in [Page, *tables]:
            setattr(page, table._meta.pk.attname, row.pk)
        page._state.adding, page._state.db = False, row._state.db
    with connection.cursor() as cursor:
        for table in tables:
            fields = table._meta.local_concrete_fields
            sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608 - model names
                connection.ops.quote_name(table._meta.db_table),
                ", ".join(connection.ops.quote_name(f.column) for f in fields),
                ", ".join(["%s"] * len(fields)),
            )
            cursor.executemany(
                sql,
                [
                    [f.get_db_prep_save(f.pre_save(page, True), connection) for f in fields]
                    for page in pages
                ],
            )


def _index(model, ids: list[int]) -> None:
    """Add the new pages to the search index, as saving them one by one would have."""
    for start in range(0, len(ids), BATCH):
        pages = list(model.objects.filter(pk__in=ids[start : start + BATCH]))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, pages)


@transaction.atomic
def bulk_scale(count: int, *, today: datetime.date | None = None, index: bool = False) -> int:
    """Up to `count` generated news articles and `count` events (missing ones only); with
    `index`, searchable too (a minute or so for 10,000 of each)."""
    today = today or timezone.localdate()

    def article(number):
        return NewsArticlePage(
            title=f"Partnership update {number}",
            slug=f"generated-news-{number}",
            summary="A generated article for measuring how the site copes with volume.",
            date=today - datetime.timedelta(days=number % 700),
            body=[],
        )

    def event(number):
        day = today + datetime.timedelta(days=number % 400 - 100)
        start = datetime.datetime.combine(day, datetime.time(10), tzinfo=UK)
        return TrainingEventPage(
            title=f"Generated training session {number}",
            slug=f"generated-event-{number}",
            summary="A generated event for measuring how the site copes with volume.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            event_format=["face_to_face", "virtual", "e_learning"][number % 3],
            capacity=20,
            body=[],
        )

    made = 0
    for parent, make in (
        (NewsIndexPage.objects.get(), article),
        (TrainingIndexPage.objects.get(), event),
    ):
        # Missing ones only: a second run adds nothing.
        existing = set(parent.get_children().values_list("slug", flat=True))
        pages = [page for page in map(make, range(1, count + 1)) if page.slug not in existing]
        made += len(add_live_children(parent, pages, index=index))
    transaction.on_commit(analyze)
    return made


def analyze() -> None:
    """Refresh PostgreSQL's planner statistics after a bulk load (other databases: nothing)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
