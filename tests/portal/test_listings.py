"""News and training listings: filters work; bad filter values or page numbers never give 500."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.factories import (
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    ResourcesPageFactory,
    TopicFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
)
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db

CARD_LINK = re.compile(r'<h[23] class="card__title"><a href="([^"]+)">')

# Long before any other news, so the year holds this test's article alone.
LONG_AGO = datetime.date(1999, 3, 1)


def listed(client, url: str, **params) -> list[str]:
    response = client.get(url, params)
    assert response.status_code == 200
    return CARD_LINK.findall(response.content.decode())


def news_url() -> str:
    return NewsIndexPageFactory().url


def training_url() -> str:
    return TrainingIndexPageFactory().url


@pytest.fixture
def dated_news(db):
    """An article from long ago on one topic, one from today on another."""
    old = NewsArticlePageFactory(title="Old news", date=LONG_AGO, topics=[TopicFactory()])
    new = NewsArticlePageFactory(title="New news", topics=[TopicFactory()])
    return old, new


def test_news_filters_by_topic(client, dated_news):
    old, new = dated_news
    urls = listed(client, news_url(), topic=old.topics.get().slug)
    assert old.url in urls and new.url not in urls


def test_news_filters_by_year(client, dated_news):
    old, new = dated_news
    urls = listed(client, news_url(), year=str(old.date.year))
    assert urls == [old.url]
    html = client.get(news_url()).content.decode()
    assert f'<option value="{old.date.year}">' in html


def test_future_news_is_not_listed(client):
    later = NewsArticlePageFactory(
        title="Embargoed", date=timezone.localdate() + datetime.timedelta(days=3)
    )
    assert later.url not in listed(client, news_url())


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "no-such-topic"},
        {"topic": "<script>"},
        {"year": "abc"},
        {"year": "99999999999999999999"},
        {"year": "-1"},
        {"year": "1900"},
        {"page": "abc"},
        {"page": "0"},
        {"page": "99999"},
        {"page": "-5"},
        {"topic": "\x00", "year": "\x00", "page": "\x00"},
        {"topic": ["a", "b"]},
    ],
)
def test_bad_news_filters_give_the_unfiltered_listing(client, params):
    NewsArticlePageFactory()
    urls = listed(client, news_url(), **params)
    assert urls, params  # a normal page that still lists the news


def test_news_paginates(client):
    NewsArticlePageFactory.create_batch(12)
    first = listed(client, news_url())
    second = listed(client, news_url(), page="2")
    assert len(first) == 10 and second and set(first).isdisjoint(second)


@pytest.fixture
def events(db):
    now = timezone.now()
    made = {}
    for slug, days, event_format in [
        ("future-virtual", 40, "virtual"),
        ("future-room", 41, "face_to_face"),
        ("past-room", -40, "face_to_face"),
    ]:
        start = now + datetime.timedelta(days=days)
        made[slug] = TrainingEventPageFactory(
            title=slug,
            slug=slug,
            start=start,
            end=start + datetime.timedelta(hours=2),
            event_format=event_format,
        )
    return made


def test_training_upcoming_and_past_are_apart(client, events):
    upcoming = listed(client, training_url())
    past = listed(client, training_url(), when="past")
    assert events["future-virtual"].url in upcoming and events["past-room"].url not in upcoming
    assert events["past-room"].url in past and events["future-virtual"].url not in past


def test_training_filters_by_format(client, events):
    urls = listed(client, training_url(), format="virtual")
    assert events["future-virtual"].url in urls and events["future-room"].url not in urls


def test_training_filters_by_month(client, events):
    start = timezone.localtime(events["future-room"].start)
    urls = listed(client, training_url(), month=f"{start:%Y-%m}")
    assert events["future-room"].url in urls
    for url in urls:
        event = TrainingEventPage.objects.get(
            url_path__endswith=url.strip("/").split("/")[-1] + "/"
        )
        assert timezone.localtime(event.start).strftime("%Y-%m") == f"{start:%Y-%m}"


@pytest.mark.parametrize(
    "params",
    [
        {"format": "juggling"},
        {"month": "2025-13"},
        {"month": "abcd-ef"},
        {"month": "0000-00"},
        {"month": "99999-01"},
        {"month": "2025-1"},
        {"when": "tomorrow"},
        {"when": "past", "page": "abc"},
        {"page": "99999"},
        {"format": "\x00", "month": "\x00"},
    ],
)
def test_bad_training_filters_give_a_normal_page(client, events, params):
    response = client.get(training_url(), params)
    assert response.status_code == 200


def test_resources_bad_filters_give_a_normal_page(client):
    url = ResourcesPageFactory().url
    for params in ({"topic": "nope"}, {"type": "nope"}, {"page": "x"}, {"page": "9999"}):
        assert client.get(url, params).status_code == 200
