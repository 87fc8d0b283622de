"""Printed pages: links show their full address, and the feedback buttons are left out."""

import pytest

from guidance.models import GuidancePage
from training.models import TrainingEventPage

pytestmark = pytest.mark.browser


def after_content(locator) -> str:
    return locator.evaluate("element => getComputedStyle(element, '::after').content")


def test_printed_pages_show_full_addresses_and_no_feedback_buttons(
    live_server, demo_site_transactional, page
):
    seed = GuidancePage.objects.get(slug="social-media-practitioners-volunteers")
    event = TrainingEventPage.objects.upcoming().first()
    page.goto(live_server.url + seed.url)
    feedback = page.locator(".page-feedback")
    assert feedback.is_visible(), "the feedback buttons show on screen"
    internal = page.locator('main .with-sidebar a[href^="/"], main article a[href^="/"]').first
    procedures = page.get_by_role("link", name="GMSP procedures").first
    assert after_content(internal) in ("none", "normal")

    page.emulate_media(media="print")
    assert not feedback.is_visible(), "the feedback buttons do not print"
    assert not page.get_by_role("button", name="Yes").first.is_visible()
    href = internal.get_attribute("href")
    assert after_content(internal) == f'" ({live_server.url}{href})"'
    assert after_content(procedures) == f'" ({procedures.get_attribute("href")})"'
    assert procedures.get_attribute("href").startswith("https://")

    # Every link in the printed main content that goes anywhere names its full address.
    page.goto(live_server.url + event.url)
    page.emulate_media(media="print")
    links = page.locator("main a[href]")
    for index in range(links.count()):
        link = links.nth(index)
        href = link.get_attribute("href")
        if href.startswith(("#", "tel:")) or not link.is_visible():
            continue
        content = after_content(link)
        assert content.startswith('" (http'), (href, content)
