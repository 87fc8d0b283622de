"""News and training listings: filters work; bad filter values or page numbers never give 500."""

import datetime
import re

import pytest
from django.utils import timezone

from demo.bulk import add_live_children
from news.models import NewsArticlePage, NewsIndexPage
from portal.models import Topic
from training.models import TrainingEventPage, TrainingIndexPage

pytestmark = pytest.mark.django_db

CARD_LINK = re.compile(r'<h[23] class="card__title"><a href="([^"]+)">')


def listed(client, url: str, **params) -> list[str]:
    response = client.get(url, params)
    assert response.status_code == 200
    return CARD_LINK.findall(response.content.decode())


@pytest.fixture
def dated_news(demo_site):
    """An article from two years ago about neglect, one from today about carers."""
    index = NewsIndexPage.objects.get()
    today = timezone.localdate()
    old = NewsArticlePage(
        title="Old neglect news", slug="old-neglect", date=today.replace(year=today.year - 2)
    )
    index.add_child(instance=old)
    old.topics.add(Topic.objects.get(name="Neglect"))
    old.save()
    new = NewsArticlePage(title="New carers news", slug="new-carers", date=today)
    index.add_child(instance=new)
    new.topics.add(Topic.objects.get(name="Carers"))
    new.save()
    return old, new


def test_news_filters_by_topic(client, dated_news):
    old, new = dated_news
    urls = listed(client, "/news/", topic="neglect")
    assert old.url in urls and new.url not in urls


def test_news_filters_by_year(client, dated_news):
    old, new = dated_news
    urls = listed(client, "/news/", year=str(old.date.year))
    assert urls == [old.url]
    html = client.get("/news/").content.decode()
    assert f'<option value="{old.date.year}">' in html


def test_future_news_is_not_listed(client, demo_site):
    index = NewsIndexPage.objects.get()
    later = NewsArticlePage(
        title="Embargoed", slug="embargoed", date=timezone.localdate() + datetime.timedelta(days=3)
    )
    index.add_child(instance=later)
    assert "/news/embargoed/" not in listed(client, "/news/")


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
def test_bad_news_filters_give_the_unfiltered_listing(client, demo_site, params):
    urls = listed(client, "/news/", **params)
    assert urls, params  # a normal page that still lists the news


def test_news_paginates(client, demo_site):
    add_live_children(
        NewsIndexPage.objects.get(),
        [NewsArticlePage(title=f"Paged {number}", slug=f"paged-{number}") for number in range(12)],
        index=False,
    )
    first = listed(client, "/news/")
    second = listed(client, "/news/", page="2")
    assert len(first) == 10 and second and set(first).isdisjoint(second)


@pytest.fixture
def events(demo_site):
    index = TrainingIndexPage.objects.get()
    now = timezone.now()
    made = {}
    for slug, days, event_format in [
        ("future-virtual", 40, "virtual"),
        ("future-room", 41, "face_to_face"),
        ("past-room", -40, "face_to_face"),
    ]:
        start = now + datetime.timedelta(days=days)
        event = TrainingEventPage(
            title=slug,
            slug=slug,
            start=start,
            end=start + datetime.timedelta(hours=2),
            event_format=event_format,
        )
        index.add_child(instance=event)
        made[slug] = event
    return made


def test_training_upcoming_and_past_are_apart(client, events):
    upcoming = listed(client, "/training/")
    past = listed(client, "/training/", when="past")
    assert events["future-virtual"].url in upcoming and events["past-room"].url not in upcoming
    assert events["past-room"].url in past and events["future-virtual"].url not in past


def test_training_filters_by_format(client, events):
    urls = listed(client, "/training/", format="virtual")
    assert events["future-virtual"].url in urls and events["future-room"].url not in urls


def test_training_filters_by_month(client, events):
    start = timezone.localtime(events["future-room"].start)
    urls = listed(client, "/training/", month=f"{start:%Y-%m}")
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
    response = client.get("/training/", params)
    assert response.status_code == 200


def test_resources_bad_filters_give_a_normal_page(client, demo_site):
    for params in ({"topic": "nope"}, {"type": "nope"}, {"page": "x"}, {"page": "9999"}):
        assert client.get("/resources/", params).status_code == 200
