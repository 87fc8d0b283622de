"""Presentation in a real browser: print styles, no sideways scrolling at 320 px, images.

One test function, so the demo site is built once for all three checks.
"""

import pytest

from guidance.models import GuidancePage
from news.models import NewsArticlePage
from training.models import TrainingEventPage

pytestmark = pytest.mark.browser

HIDDEN_IN_PRINT = [
    ".quick-exit",
    "[data-quick-exit]",
    ".main-menu",
    ".search-form",
    ".site-footer",
    ".partners",
]


def after_content(locator) -> str:
    return locator.evaluate("element => getComputedStyle(element, '::after').content")


def test_print_styles_narrow_screens_and_responsive_images(
    live_server, demo_site_transactional, page
):
    seed = GuidancePage.objects.get(slug="social-media-practitioners-volunteers")
    article = NewsArticlePage.objects.published().exclude(listing_image=None).first()
    event = TrainingEventPage.objects.upcoming().first()

    # Print drops navigation, quick exit and footer, keeps the numbers, and shows link URLs.
    page.goto(live_server.url + seed.url)
    external = page.locator('main a[href^="http"]').first
    for selector in HIDDEN_IN_PRINT:
        assert page.locator(selector).first.is_visible(), f"{selector} shows on screen"
    assert after_content(external) in ("none", "normal")
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT:
        assert not page.locator(selector).first.is_visible(), f"{selector} prints"
    assert page.locator("main h1").is_visible()
    assert page.locator(".report-concern").is_visible(), "the numbers to call still print"
    assert after_content(external) == f'" ({external.get_attribute("href")})"'

    # Q&A answers are closed on screen and all printed.
    page.emulate_media(media="screen")
    page.goto(live_server.url + "/questions/")
    answer = page.locator("details.qa .qa__answer").first
    assert not answer.is_visible(), "answers start closed on screen"
    page.emulate_media(media="print")
    assert answer.is_visible(), "every answer prints"
    page.emulate_media(media="screen")

    # The article image: WebP where the browser takes it, with dimensions so nothing shifts.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + article.url)
    image = page.locator("picture img.article-image")
    width, height = int(image.get_attribute("width")), int(image.get_attribute("height"))
    image.evaluate("img => img.decode()")
    assert image.evaluate("img => img.currentSrc").endswith(".webp")
    box = image.bounding_box()
    assert abs(box["width"] / box["height"] - width / height) < 0.02

    # Keyboard focus is plain to see: a thick outline or a focus ring on each stop.
    page.goto(live_server.url + "/")
    for _ in range(3):
        page.keyboard.press("Tab")
        focus = page.evaluate(
            """() => { const s = getComputedStyle(document.activeElement);
                       return {tag: document.activeElement.tagName, outline: s.outlineStyle,
                               width: parseFloat(s.outlineWidth), ring: s.boxShadow}; }"""
        )
        assert focus["tag"] in ("A", "BUTTON", "INPUT"), focus
        thick_outline = focus["outline"] != "none" and focus["width"] >= 2
        assert thick_outline or focus["ring"] != "none", focus

    # Readable from 320 px: no page scrolls sideways.
    page.set_viewport_size({"width": 320, "height": 700})
    paths = ["/", "/online-safety/", seed.url, "/questions/", "/resources/", "/news/"]
    paths += [article.url, "/training/", event.url, "/search/?q=social+media", "/nope/"]
    too_wide = {}
    for path in paths:
        page.goto(live_server.url + path)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if scroll_width > 320:
            too_wide[path] = scroll_width
    assert not too_wide, f"pages wider than 320 px: {too_wide}"
