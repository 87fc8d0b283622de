"""`load_demo_content --scale N`: generated items go in with bulk inserts, are indexed for
search, and ANALYZE runs once they are committed."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsArticlePage
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db


def scale(count: int, capture_on_commit) -> list[str]:
    with (
        CaptureQueriesContext(connection) as queries,
        capture_on_commit(execute=True),
    ):
        call_command("load_demo_content", scale=count, stdout=io.StringIO())
    return [query["sql"] for query in queries.captured_queries]


def test_scale_adds_items_in_bulk_and_analyzes(demo_site, django_capture_on_commit_callbacks):
    news = NewsArticlePage.objects.count()
    events = TrainingEventPage.objects.count()
    statements = scale(4, django_capture_on_commit_callbacks)
    assert NewsArticlePage.objects.count() == news + 4
    assert TrainingEventPage.objects.count() == events + 4
    assert NewsArticlePage.objects.get(slug="generated-news-4").title == "Partnership update 4"
    event = TrainingEventPage.objects.get(slug="generated-event-4")
    assert event.live and event.url_path.endswith("/training/generated-event-4/")
    page_inserts = [sql for sql in statements if sql.startswith('INSERT INTO "wagtailcore_page"')]
    assert len(page_inserts) == 2  # one bulk insert per page type, not one per page
    assert statements[-1] == "ANALYZE"


def test_scaled_items_can_be_found_by_search(demo_site, django_capture_on_commit_callbacks):
    scale(2, django_capture_on_commit_callbacks)
    found = {page.slug for page in NewsArticlePage.objects.search("Partnership update")}
    assert "generated-news-2" in found
    found = {page.slug for page in TrainingEventPage.objects.search("generated training session")}
    assert "generated-event-2" in found


def test_scale_again_adds_nothing(demo_site, django_capture_on_commit_callbacks):
    scale(3, django_capture_on_commit_callbacks)
    counts = (NewsArticlePage.objects.count(), TrainingEventPage.objects.count())
    scale(3, django_capture_on_commit_callbacks)
    assert (NewsArticlePage.objects.count(), TrainingEventPage.objects.count()) == counts
