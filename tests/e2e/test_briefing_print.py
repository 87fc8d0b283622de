"""A 7-minute briefing printed from a real browser fits on two A4 pages, without site furniture.

One test function, so the demo site is built once.
"""

import pytest

from reviews.models import BriefingPage
from tests.pdf_reading import page_count

pytestmark = pytest.mark.browser

HIDDEN_IN_PRINT = [
    ".quick-exit",
    ".main-menu",
    ".search-form",
    ".site-footer",
    ".partners",
    "[data-briefing-pdf]",
]


def test_each_demo_briefing_prints_on_at_most_two_a4_pages(
    live_server, demo_site_transactional, page
):
    counts = {}
    for briefing in BriefingPage.objects.live().order_by("pk"):
        page.goto(live_server.url + briefing.url)
        page.emulate_media(media="print")
        for selector in HIDDEN_IN_PRINT:
            assert not page.locator(selector).first.is_visible(), selector
        assert page.get_by_role("heading", name="What it means for your practice").is_visible()
        pdf = page.pdf(format="A4", prefer_css_page_size=True)
        counts[briefing.slug] = page_count(pdf)
        page.emulate_media(media="screen")
    print("\nprinted A4 pages per briefing (Chromium):", counts)
    assert len(counts) == 4
    assert all(1 <= count <= 2 for count in counts.values()), counts
