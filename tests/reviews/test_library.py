"""The review library: filters (and bad values), search, pagination, feed, fixed queries."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from demo.bulk import add_live_children
from reviews.models import BriefingPage, ReviewPage
from tests.factories import TopicFactory
from tests.factories.reviews import (
    BriefingPageFactory,
    ReviewLibraryPageFactory,
    ReviewPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(db):
    return ReviewLibraryPageFactory()


@pytest.fixture
def url(library):
    return library.url


def listed_titles(response) -> list[str]:
    return [review.title for review in response.context["reviews"]]


def test_the_library_lists_every_published_review_newest_first(client, library, url):
    today = timezone.localdate()
    newest = [ReviewPageFactory(published_on=today - datetime.timedelta(days=n)) for n in range(3)]
    draft = ReviewPageFactory(published_on=today, live=False)
    response = client.get(url)
    assert response.status_code == 200
    expected = list(
        ReviewPage.objects.child_of(library)
        .live()
        .order_by("-published_on", "-pk")
        .values_list("title", flat=True)
    )
    assert listed_titles(response) == expected[:10]
    assert listed_titles(response)[:3] == [review.title for review in newest]
    assert draft.title not in expected
    assert "Set-Cookie" not in response.headers


def test_filter_by_type_theme_and_year(client, url):
    wanted_theme = TopicFactory()
    # Years long before any other review, so each holds this test's reviews alone.
    match, _other_year, _other_type = [
        ReviewPageFactory(
            subject=subject,
            review_type=review_type,
            published_on=published_on,
            themes=[wanted_theme],
        )
        for subject, review_type, published_on in [
            ("Adult LM", "dhr", datetime.date(1989, 5, 1)),
            ("Adult LY", "dhr", datetime.date(1988, 5, 1)),
            ("Adult LT", "sar", datetime.date(1989, 6, 1)),
        ]
    ]

    by_all = client.get(url, {"type": "dhr", "theme": wanted_theme.slug, "year": "1989"})
    assert listed_titles(by_all) == [match.title]
    assert by_all.context["selected_type"] == "dhr"
    assert by_all.context["selected_year"] == "1989"

    by_theme = listed_titles(client.get(url, {"theme": wanted_theme.slug}))
    assert set(by_theme) == {"Review of Adult LM", "Review of Adult LY", "Review of Adult LT"}
    by_year = listed_titles(client.get(url, {"year": "1988"}))
    assert by_year == ["Review of Adult LY"]
    by_type = listed_titles(client.get(url, {"type": "sar"}))
    assert "Review of Adult LT" in by_type and "Review of Adult LM" not in by_type


@pytest.mark.parametrize(
    "params",
    [
        {"type": "nonsense"},
        {"type": "<script>"},
        {"theme": "no-such-theme"},
        {"theme": "\x00"},
        {"year": "abc"},
        {"year": "1800"},
        {"year": "2025-01"},
        {"page": "abc"},
        {"page": "99999"},
        {"page": "-1"},
        {"q": "\x00\x01"},
        {"q": "x" * 5000},
    ],
)
def test_bad_filter_values_are_ignored_not_errors(client, url, params):
    ReviewPageFactory()
    all_reviews = listed_titles(client.get(url))
    response = client.get(url, params)
    assert response.status_code == 200
    if "q" not in params:
        assert listed_titles(response) == all_reviews or "page" in params
    assert response.context["selected_type"] in ("",)
    assert response.context["selected_theme"] == ""
    assert response.context["selected_year"] == ""


def test_only_choices_that_have_reviews_are_offered(client, library, url):
    offered, unused = TopicFactory(), TopicFactory()
    ReviewPageFactory(
        review_type="learning", published_on=datetime.date(1987, 1, 1), themes=[offered]
    )
    ReviewPageFactory(published_on=datetime.date(1986, 1, 1), themes=[unused], live=False)
    response = client.get(url)
    types = {value for value, _label in response.context["type_choices"]}
    years = {value for value, _label in response.context["year_choices"]}
    themes = {value for value, _label in response.context["theme_choices"]}
    live = ReviewPage.objects.child_of(library).live()
    assert types == set(live.values_list("review_type", flat=True))
    assert years == {str(day.year) for day in live.values_list("published_on", flat=True)}
    assert themes == set(live.exclude(themes=None).values_list("themes__slug", flat=True))
    assert "learning" in types and "1987" in years and offered.slug in themes
    assert "1986" not in years and unused.slug not in themes  # only a draft has them


def test_search_finds_reviews_by_their_words(client, url):
    ReviewPageFactory(subject="Adult S", summary="Hoarding and cuckooing in Gorton.")
    response = client.get(url, {"q": "cuckooing"})
    assert listed_titles(response) == ["Review of Adult S"]
    assert response.context["search_query"] == "cuckooing"
    assert listed_titles(client.get(url, {"q": "qqzzxxnothing"})) == []


def test_search_and_filters_combine(client, url):
    ReviewPageFactory(
        subject="Adult CA",
        review_type="rapid",
        summary="Financial scam by a befriender.",
    )
    ReviewPageFactory(
        subject="Adult CB",
        review_type="learning",
        summary="Financial scam by a befriender.",
    )
    titles = listed_titles(client.get(url, {"q": "befriender", "type": "rapid"}))
    assert titles == ["Review of Adult CA"]


def test_the_library_is_paginated(client, library, url):
    add_live_children(
        library,
        [
            ReviewPageFactory.build(
                subject=f"Adult P{number}", published_on=datetime.date(1970, 1, number + 1)
            )
            for number in range(12)
        ],
        index=False,
    )
    first = client.get(url)
    assert len(first.context["reviews"]) == 10
    last = client.get(url, {"page": first.context["reviews"].paginator.num_pages})
    assert "Review of Adult P0" in listed_titles(last)


def test_the_feed_is_rss_with_the_newest_reviews(client, url):
    newest = ReviewPageFactory(published_on=timezone.localdate(), themes=[TopicFactory()])
    response = client.get(url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314
    items = channel.findall("item")
    assert items[0].findtext("title") == f"{newest.short_name}: {newest.title}"
    assert items[0].findtext("link").endswith(newest.url)
    categories = {c.text for c in items[0].findall("category")}
    assert newest.get_review_type_display() in categories
    assert 'type="application/rss+xml"' in client.get(url).content.decode()


def count_queries(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def grow_reviews_to(library, topic, count: int) -> None:
    add_live_children(
        library,
        [
            ReviewPageFactory.build(
                subject=f"Adult V{number}",
                themes=[topic],
                published_on=datetime.date(2000 + number % 20, 1, 1),
            )
            for number in range(ReviewPage.objects.count(), count)
        ],
        index=False,  # the library's search box matches the reviews' fields, not the index
    )


def test_library_queries_do_not_grow_with_the_number_of_reviews(client, library, url):
    ReviewPage.objects.all().delete()
    topic = TopicFactory()
    # One review as an editor makes it: themed, with a briefing and a recommendation.
    BriefingPageFactory(review=ReviewPageFactory(themes=[topic]), themes=[topic])
    assert BriefingPage.objects.filter(review__isnull=False).exists()
    urls = [url, f"{url}?theme={topic.slug}&year=2001&q=review", url + "feed/"]
    grow_reviews_to(library, topic, 3)
    small = [count_queries(client, address) for address in urls]
    grow_reviews_to(library, topic, 40)
    large = [count_queries(client, address) for address in urls]
    print("\nreview library queries (3 reviews / 40 reviews):", small, large)
    assert small == large
    assert max(large) <= 12
