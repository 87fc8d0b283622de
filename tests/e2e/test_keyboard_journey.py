"""A reader who uses only the keyboard reaches the seed page, opens an answer and searches."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SEED_PATH = "/online-safety/social-media-practitioners-volunteers/"
MAX_TABS = 120


def tab_to(page, description: str, test: str) -> None:
    """Press Tab until the focused element passes the JavaScript `test` (given `el`)."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {test}; }})()"):
            return
    raise AssertionError(f"could not reach {description} with the Tab key")


def search_by_keyboard(page, words: str) -> list[str]:
    tab_to(page, "the search box", "el.id === 'site-search'")
    page.keyboard.press("Control+A")
    page.keyboard.type(words)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.search(r"/search/\?q=", page.url)
    return page.locator(".search-result .card__title a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )


def test_keyboard_only_journey(live_server, demo_site_transactional, page):
    page.goto(f"{live_server.url}/")

    tab_to(page, "the online safety topic", "el.getAttribute('href') === '/online-safety/'")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/online-safety/")

    tab_to(page, "the seed page", f"el.getAttribute('href') === '{SEED_PATH}'")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}{SEED_PATH}")
    expect(page.locator("h1")).to_contain_text("Use of social media by practitioners")

    tab_to(page, "the Q&A link", "el.textContent.trim() === 'Use our quick Q&A'")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/questions/")

    answer = page.locator("details#who-is-the-lado-and-when-should-i-contact-them")
    tab_to(page, "the LADO question", "el.textContent.includes('Who is the LADO')")
    expect(answer).not_to_have_attribute("open", "")
    page.keyboard.press("Enter")
    expect(answer).to_have_attribute("open", "")
    expect(answer.get_by_text("Local Authority Designated Officer")).to_be_visible()

    assert SEED_PATH in search_by_keyboard(page, "social media")
    assert SEED_PATH in search_by_keyboard(page, "HCPC")
    # "LADO" only, on this page: found through the synonym.
    found = search_by_keyboard(page, "Local Authority Designated Officer")
    assert "/online-safety/allegations-against-staff-online/" in found
    assert "/questions/#who-is-the-lado-and-when-should-i-contact-them" in found

    # Open a result by keyboard too.
    tab_to(page, "the first result", "el.closest('.search-result') !== null")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/search/" not in page.url
