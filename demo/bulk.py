"""Thousands of generated news articles and events in seconds, for `load_demo_content --scale N`
and `make bench --scale N`.

Wagtail's add_child() costs a few queries a page; here the page rows go in with one
bulk_create and the type rows with one executemany, then the tree counts are fixed and
ANALYZE refreshes the planner's statistics (stale ones made /news/ 17 times slower).
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from news.models import NewsArticlePage, NewsIndexPage
from training.models import TrainingEventPage, TrainingIndexPage

# UK times (settings.TIME_ZONE), daylight saving included.
UK = timezone.get_default_timezone()

BATCH = 1000


def _insert_children(parent: Page, model, count: int, make_fields, prefix: str) -> list[int]:
    """Add `count` live children of type `model` under `parent`, numbered after any there."""
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    existing = set(parent.get_children().values_list("slug", flat=True))
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    pages, rows, step = [], [], first_step
    for number in range(1, count + 1):
        slug = f"{prefix}-{number}"
        if slug in existing:
            continue
        title, fields = make_fields(number)
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                path=Page._get_path(parent.path, parent.depth + 1, step),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                content_type=content_type,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                first_published_at=now,
                last_published_at=now,
            )
        )
        rows.append(fields)
        step += 1
    created = Page.objects.bulk_create(pages, batch_size=BATCH)
    columns = [f for f in model._meta.local_concrete_fields if f.column != "page_ptr_id"]
    sql = "INSERT INTO {} (page_ptr_id, {}) VALUES (%s, {})".format(  # noqa: S608 - model names
        connection.ops.quote_name(model._meta.db_table),
        ", ".join(connection.ops.quote_name(f.column) for f in columns),
        ", ".join(["%s"] * len(columns)),
    )
    values = []
    for page, fields in zip(created, rows, strict=True):
        instance = model(**fields)
        values.append(
            [page.pk]
            + [f.get_db_prep_save(getattr(instance, f.attname), connection) for f in columns]
        )
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(created))
    return [page.pk for page in created]


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
        return f"Partnership update {number}", {
            "summary": "A generated article for measuring how the site copes with volume.",
            "date": today - datetime.timedelta(days=number % 700),
            "body": [],
        }

    def event(number):
        day = today + datetime.timedelta(days=number % 400 - 100)
        start = datetime.datetime.combine(day, datetime.time(10), tzinfo=UK)
        return f"Generated training session {number}", {
            "summary": "A generated event for measuring how the site copes with volume.",
            "start": start,
            "end": start + datetime.timedelta(hours=2),
            "event_format": ["face_to_face", "virtual", "e_learning"][number % 3],
            "capacity": 20,
            "body": [],
        }

    news, training = NewsIndexPage.objects.get(), TrainingIndexPage.objects.get()
    made = {
        NewsArticlePage: _insert_children(news, NewsArticlePage, count, article, "generated-news"),
        TrainingEventPage: _insert_children(
            training, TrainingEventPage, count, event, "generated-event"
        ),
    }
    if index:
        for model, ids in made.items():
            _index(model, ids)
    transaction.on_commit(analyze)
    return sum(len(ids) for ids in made.values())


def analyze() -> None:
    """Refresh PostgreSQL's planner statistics after a bulk load (other databases: nothing)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
