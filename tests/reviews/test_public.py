"""Review pages as readers get them: cookie-free and cacheable, in search and the sitemap,
with the quick exit and the numbers to call, and the loop closed on each recommendation."""

import pytest

from tests.factories import GuidancePageFactory, PartnerFactory
from tests.factories.reviews import (
    BriefingPageFactory,
    RecommendationFactory,
    ReviewLibraryPageFactory,
    ReviewPageFactory,
)

pytestmark = pytest.mark.django_db

PAGES = ["library", "library?type=sar", "feed", "review", "briefing", "briefing pdf"]


@pytest.fixture
def changed_page(db):
    return GuidancePageFactory(title="Sleeping rough and hoarding")


@pytest.fixture
def review(changed_page):
    return ReviewPageFactory(
        title="Safeguarding Adults Review: Adult K",
        subject="Adult K",
        summary="Self-neglect of Adult K, who lived alone.",
        with_reports=True,
        recommendations=[
            RecommendationFactory.build(
                text="Agencies share what they know of self-neglect.",
                agency=PartnerFactory(),
                pages=[changed_page],
            ),
            RecommendationFactory.build(
                text="Train housing officers.", status="in_progress", what_changed=""
            ),
        ],
    )


@pytest.fixture
def briefing(review):
    return BriefingPageFactory(title="7-minute briefing: Adult K and self-neglect", review=review)


@pytest.fixture
def urls(review, briefing):
    library = ReviewLibraryPageFactory().url
    return {
        "library": library,
        "library?type=sar": f"{library}?type=sar",
        "feed": f"{library}feed/",
        "review": review.url,
        "briefing": briefing.url,
        "briefing pdf": f"{briefing.url}pdf/",
    }


@pytest.mark.parametrize("name", PAGES)
def test_readers_get_no_cookies(client, urls, name):
    response = client.get(urls[name])
    assert response.status_code == 200
    assert not response.cookies


@pytest.mark.parametrize("name", ["library", "review", "briefing"])
def test_quick_exit_and_report_a_concern_are_on_every_review_page(client, urls, name):
    html = client.get(urls[name]).content.decode()
    assert "data-quick-exit" in html
    assert "report-concern" in html
    assert "<script>" not in html and ' style="' not in html


def test_a_review_shows_each_recommendation_with_its_status_and_what_changed(
    client, review, briefing, changed_page
):
    html = client.get(review.url).content.decode()
    recommendations = review.recommendations.all()
    assert {item.status for item in recommendations} == {"complete", "in_progress"}
    for recommendation in recommendations:
        assert recommendation.text in html
        assert f'data-recommendation-status="{recommendation.status}"' in html
    assert "Agency responsible" in html and "What changed" in html
    assert f'href="{changed_page.url}">Sleeping rough and hoarding' in html
    assert f'href="{briefing.url}"' in html
    assert "Full report" in html and "Executive summary" in html


def test_reviews_and_briefings_are_in_the_sitemap(client, review, briefing):
    xml = client.get("/sitemap-pages.xml").content.decode()
    assert f"{review.url}</loc>" in xml
    assert f"{briefing.url}</loc>" in xml


def test_site_search_finds_reviews_and_briefings(client, review, briefing):
    results = client.get("/search/", {"q": "self-neglect Adult K"}).context["results"]
    urls = {result.url for result in results}
    assert review.url in urls
    assert briefing.url in urls
