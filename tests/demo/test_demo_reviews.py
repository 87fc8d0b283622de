"""What the demo loader puts in the review library: briefings that print on two pages and
enough themes to filter by."""

import pytest

from reviews.models import BriefingPage
from tests.pdf_reading import page_count

pytestmark = pytest.mark.django_db


def test_every_demo_briefing_pdf_fits_on_two_a4_pages(client, demo_site):
    counts = {}
    for briefing in BriefingPage.objects.live():
        counts[briefing.slug] = page_count(client.get(briefing.url + "pdf/").content)
    print("\nbriefing PDF pages:", counts)
    assert counts and all(1 <= count <= 2 for count in counts.values()), counts


def test_the_demo_library_offers_its_themes_to_filter_by(client, demo_site):
    response = client.get("/learning-from-reviews/")
    assert len(response.context["theme_choices"]) >= 6
