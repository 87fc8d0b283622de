"""The review library: filters (and bad values), search, pagination, feed, fixed queries."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reviews.models import ReviewPage
from tests.bulk import add_live_children
from tests.reviews.helpers import library, make_review, new_review, theme

pytestmark = pytest.mark.django_db

URL = "/learning-from-reviews/"


def listed_titles(response) -> list[str]:
    return [review.title for review in response.context["reviews"]]


def test_the_library_lists_every_published_review_newest_first(client, demo_site):
    response = client.get(URL)
    assert response.status_code == 200
    expected = list(
        ReviewPage.objects.child_of(library())
        .live()
        .order_by("-published_on")
        .values_list("title", flat=True)
    )
    assert listed_titles(response) == expected[:10]
    assert "Set-Cookie" not in response.headers


def test_filter_by_type_theme_and_year(client, demo_site):
    wanted_theme = theme("Test library theme")
    match, _other_year, _other_type = [
        make_review(
            slug=slug,
            subject=subject,
            review_type=review_type,
            published_on=published_on,
            themes=[wanted_theme],
        )
        for slug, subject, review_type, published_on in [
            ("lr-match", "Adult LM", "dhr", datetime.date(2019, 5, 1)),
            ("lr-other-year", "Adult LY", "dhr", datetime.date(2018, 5, 1)),
            ("lr-other-type", "Adult LT", "sar", datetime.date(2019, 6, 1)),
        ]
    ]

    by_all = client.get(URL, {"type": "dhr", "theme": wanted_theme.slug, "year": "2019"})
    assert listed_titles(by_all) == [match.title]
    assert by_all.context["selected_type"] == "dhr"
    assert by_all.context["selected_year"] == "2019"

    by_theme = listed_titles(client.get(URL, {"theme": wanted_theme.slug}))
    assert set(by_theme) == {"Review of Adult LM", "Review of Adult LY", "Review of Adult LT"}
    by_year = listed_titles(client.get(URL, {"year": "2018"}))
    assert by_year == ["Review of Adult LY"]
    by_type = listed_titles(client.get(URL, {"type": "sar"}))
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
def test_bad_filter_values_are_ignored_not_errors(client, demo_site, params):
    all_reviews = listed_titles(client.get(URL))
    response = client.get(URL, params)
    assert response.status_code == 200
    if "q" not in params:
        assert listed_titles(response) == all_reviews or "page" in params
    assert response.context["selected_type"] in ("",)
    assert response.context["selected_theme"] == ""
    assert response.context["selected_year"] == ""


def test_only_choices_that_have_reviews_are_offered(client, demo_site):
    response = client.get(URL)
    types = {value for value, _label in response.context["type_choices"]}
    years = {value for value, _label in response.context["year_choices"]}
    live = ReviewPage.objects.child_of(library()).live()
    assert types == set(live.values_list("review_type", flat=True))
    assert years == {str(day.year) for day in live.values_list("published_on", flat=True)}
    assert len(response.context["theme_choices"]) >= 6


def test_search_finds_reviews_by_their_words(client, demo_site):
    make_review(slug="lr-search", subject="Adult S", summary="Hoarding and cuckooing in Gorton.")
    response = client.get(URL, {"q": "cuckooing"})
    assert listed_titles(response) == ["Review of Adult S"]
    assert response.context["search_query"] == "cuckooing"
    assert listed_titles(client.get(URL, {"q": "qqzzxxnothing"})) == []


def test_search_and_filters_combine(client, demo_site):
    make_review(
        slug="lr-combo-a",
        subject="Adult CA",
        review_type="rapid",
        summary="Financial scam by a befriender.",
    )
    make_review(
        slug="lr-combo-b",
        subject="Adult CB",
        review_type="learning",
        summary="Financial scam by a befriender.",
    )
    titles = listed_titles(client.get(URL, {"q": "befriender", "type": "rapid"}))
    assert titles == ["Review of Adult CA"]


def test_the_library_is_paginated(client, demo_site):
    add_live_children(
        library(),
        [
            new_review(
                slug=f"lr-page-{number}",
                subject=f"Adult P{number}",
                published_on=datetime.date(2010, 1, number + 1),
            )
            for number in range(12)
        ],
        index=False,
    )
    first = client.get(URL)
    assert len(first.context["reviews"]) == 10
    last = client.get(URL, {"page": first.context["reviews"].paginator.num_pages})
    assert "Review of Adult P0" in listed_titles(last)


def test_the_feed_is_rss_with_the_newest_reviews(client, demo_site):
    response = client.get(URL + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314
    items = channel.findall("item")
    newest = ReviewPage.objects.live().order_by("-published_on").first()
    assert items[0].findtext("title") == f"{newest.short_name}: {newest.title}"
    assert items[0].findtext("link").endswith(newest.url)
    categories = {c.text for c in items[0].findall("category")}
    assert newest.get_review_type_display() in categories
    assert 'type="application/rss+xml"' in client.get(URL).content.decode()


def count_queries(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def grow_reviews_to(count: int) -> None:
    topic = theme("Volume theme")
    add_live_children(
        library(),
        [
            new_review(
                slug=f"volume-{number}",
                subject=f"Adult V{number}",
                themes=[topic],
                published_on=datetime.date(2000 + number % 20, 1, 1),
            )
            for number in range(ReviewPage.objects.count(), count)
        ],
        index=False,  # the library's search box matches the reviews' fields, not the index
    )


def test_library_queries_do_not_grow_with_the_number_of_reviews(client, demo_site):
    ReviewPage.objects.filter(depth__gt=0).exclude(slug="sar-adult-c").delete()
    urls = [URL, URL + "?theme=volume-theme&year=2001&q=review", URL + "feed/"]
    grow_reviews_to(3)
    small = [count_queries(client, url) for url in urls]
    grow_reviews_to(40)
    large = [count_queries(client, url) for url in urls]
    print("\nreview library queries (3 reviews / 40 reviews):", small, large)
    assert small == large
    assert max(large) <= 12
