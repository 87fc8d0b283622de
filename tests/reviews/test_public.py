"""Review pages as readers get them: cookie-free and cacheable, in search and the sitemap,
with the quick exit and the numbers to call, and the loop closed on each recommendation."""

import pytest

from reviews.models import BriefingPage, ReviewPage

pytestmark = pytest.mark.django_db

PAGES = [
    "/learning-from-reviews/",
    "/learning-from-reviews/?type=sar",
    "/learning-from-reviews/feed/",
    "/learning-from-reviews/sar-adult-c/",
    "/learning-from-reviews/briefing-adult-c-self-neglect/",
    "/learning-from-reviews/briefing-adult-c-self-neglect/pdf/",
]


@pytest.mark.parametrize("url", PAGES)
def test_readers_get_no_cookies(client, demo_site, url):
    response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies


@pytest.mark.parametrize("url", PAGES[:1] + PAGES[3:5])
def test_quick_exit_and_report_a_concern_are_on_every_review_page(client, demo_site, url):
    html = client.get(url).content.decode()
    assert "data-quick-exit" in html
    assert "report-concern" in html
    assert "<script>" not in html and ' style="' not in html


def test_a_review_shows_each_recommendation_with_its_status_and_what_changed(client, demo_site):
    review = ReviewPage.objects.get(slug="sar-adult-c")
    html = client.get(review.url).content.decode()
    for recommendation in review.recommendations.all():
        assert recommendation.text in html
        assert f'data-recommendation-status="{recommendation.status}"' in html
    assert "Agency responsible" in html and "What changed" in html
    assert 'href="/adults-at-risk/self-neglect-and-hoarding/">Self-neglect and hoarding' in html
    assert 'href="/learning-from-reviews/briefing-adult-c-self-neglect/"' in html
    assert "Full report" in html and "Executive summary" in html


def test_reviews_and_briefings_are_in_the_sitemap(client, demo_site):
    xml = client.get("/sitemap-pages.xml").content.decode()
    assert "/learning-from-reviews/sar-adult-c/</loc>" in xml
    assert "/learning-from-reviews/briefing-adult-c-self-neglect/</loc>" in xml


def test_site_search_finds_reviews_and_briefings(client, demo_site):
    results = client.get("/search/", {"q": "self-neglect Adult C"}).context["results"]
    urls = {result.url for result in results}
    assert ReviewPage.objects.get(slug="sar-adult-c").url in urls
    assert BriefingPage.objects.get(slug="briefing-adult-c-self-neglect").url in urls
