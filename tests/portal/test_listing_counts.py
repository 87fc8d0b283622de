"""Listings keep their item count in the cache, and forget it when what they list changes."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from demo.bulk import add_live_children
from news.models import NewsArticlePage, NewsIndexPage
from training.models import TrainingEventPage, TrainingIndexPage

pytestmark = pytest.mark.django_db

PAGE_OF = re.compile(r"<li>Page (\d+) of (\d+)</li>")


def pages(client, url: str) -> int:
    found = PAGE_OF.search(client.get(url).content.decode())
    return int(found.group(2)) if found else 1


def add_articles_to(total: int) -> list[NewsArticlePage]:
    made = add_live_children(
        NewsIndexPage.objects.get(),
        [
            NewsArticlePage(title=f"Counted {number}", slug=f"counted-{number}")
            for number in range(NewsArticlePage.objects.published().count(), total)
        ],
        index=False,
    )
    assert NewsArticlePage.objects.published().count() == total
    return made


def test_news_count_follows_added_and_unpublished_articles(client, demo_site):
    made = add_articles_to(21)
    assert pages(client, "/news/") == 3
    made[-1].unpublish()
    assert pages(client, "/news/") == 2
    made[-1].save_revision().publish()
    assert pages(client, "/news/") == 3


def test_news_count_is_not_counted_again_until_something_changes(client, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add_articles_to(21)
    client.get("/news/")
    with CaptureQueriesContext(connection) as queries:
        assert pages(client, "/news/") == 3
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]


def test_training_counts_change_when_an_event_ends(client, demo_site, monkeypatch):
    index = TrainingIndexPage.objects.get()
    now = timezone.now()
    first = TrainingEventPage.objects.upcoming().count()
    for number in range(first, 11):
        start = now - datetime.timedelta(hours=1)
        # The first ends in a minute; the others next week.
        end = now + datetime.timedelta(minutes=1 if number == first else 10_000)
        event = TrainingEventPage(
            title=f"Counted {number}", slug=f"counted-{number}", start=start, end=end
        )
        event.event_format = "virtual"
        index.add_child(instance=event)
    assert TrainingEventPage.objects.upcoming().count() == 11
    assert pages(client, "/training/") == 2
    past = pages(client, "/training/?when=past")
    later = now + datetime.timedelta(minutes=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert TrainingEventPage.objects.upcoming().count() == 10
    assert pages(client, "/training/") == 1  # no signal, no new page: the time had come
    assert pages(client, "/training/?when=past") >= past


def test_a_view_restriction_makes_listings_count_again(client, demo_site):
    index = NewsIndexPage.objects.get()
    assert index.remembered(("probe",), lambda: (1, None)) == 1
    assert index.remembered(("probe",), lambda: (2, None)) == 1
    PageViewRestriction.objects.create(page=index.get_children().first(), restriction_type="login")
    assert index.remembered(("probe",), lambda: (3, None)) == 3
