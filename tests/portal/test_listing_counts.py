"""Listings keep their item count in the cache, and forget it when what they list changes."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.models import NewsArticlePage
from tests.factories import (
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
)
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db

PAGE_OF = re.compile(r"<li>Page (\d+) of (\d+)</li>")


def pages(client, url: str) -> int:
    found = PAGE_OF.search(client.get(url).content.decode())
    return int(found.group(2)) if found else 1


def news_url() -> str:
    return NewsIndexPageFactory().url


def training_url() -> str:
    return TrainingIndexPageFactory().url


def add_articles_to(total: int) -> list[NewsArticlePage]:
    """Articles added until the news listing has `total`."""
    made = NewsArticlePageFactory.create_batch(total - NewsArticlePage.objects.published().count())
    assert NewsArticlePage.objects.published().count() == total
    return made


def test_news_count_follows_added_and_unpublished_articles(client):
    made = add_articles_to(21)
    assert pages(client, news_url()) == 3
    made[-1].unpublish()
    assert pages(client, news_url()) == 2
    made[-1].save_revision().publish()
    assert pages(client, news_url()) == 3


def test_news_count_is_not_counted_again_until_something_changes(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add_articles_to(21)
    url = news_url()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert pages(client, url) == 3
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]


def test_training_counts_change_when_an_event_ends(client, monkeypatch):
    url = training_url()
    now = timezone.now()
    first = TrainingEventPage.objects.upcoming().count()
    for number in range(first, 11):
        start = now - datetime.timedelta(hours=1)
        # The first ends in a minute; the others next week.
        end = now + datetime.timedelta(minutes=1 if number == first else 10_000)
        TrainingEventPageFactory(
            title=f"Counted {number}", start=start, end=end, event_format="virtual"
        )
    assert TrainingEventPage.objects.upcoming().count() == 11
    assert pages(client, url) == 2
    past = pages(client, f"{url}?when=past")
    later = now + datetime.timedelta(minutes=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert TrainingEventPage.objects.upcoming().count() == 10
    assert pages(client, url) == 1  # no signal, no new page: the time had come
    assert pages(client, f"{url}?when=past") >= past


def test_a_view_restriction_makes_listings_count_again(client):
    article = NewsArticlePageFactory()
    index = NewsIndexPageFactory()
    assert index.remembered(("probe",), lambda: (1, None)) == 1
    assert index.remembered(("probe",), lambda: (2, None)) == 1
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    assert index.remembered(("probe",), lambda: (3, None)) == 3
