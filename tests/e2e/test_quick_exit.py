"""Quick exit in a real browser: by button, by Shift three times, and with JavaScript off."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SEED_PATH = "/online-safety/social-media-practitioners-volunteers/"


def assert_left_for_good(page, destination: str, portal_url: str) -> None:
    page.wait_for_url(destination)
    expect(page.locator("h1")).to_have_text("Weather today")
    page.go_back()
    assert page.url != portal_url
    assert not page.url.startswith(portal_url.split(SEED_PATH)[0] + "/online")


def test_quick_exit_button_leaves_and_back_does_not_return(live_server, exit_site, page):
    portal_url = f"{live_server.url}{SEED_PATH}"
    page.goto(portal_url)
    page.locator("[data-quick-exit]").click()
    assert_left_for_good(page, exit_site, portal_url)


def test_shift_three_times_leaves_and_back_does_not_return(live_server, exit_site, page):
    portal_url = f"{live_server.url}{SEED_PATH}"
    page.goto(portal_url)
    expect(page.locator("[data-quick-exit-hint]")).to_be_visible()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    expect(page.locator("[data-quick-exit-status]")).to_have_text("Shift pressed 2 times")
    assert page.url == portal_url
    page.keyboard.press("Shift")
    assert_left_for_good(page, exit_site, portal_url)


def test_shift_presses_in_the_search_box_count_too(live_server, exit_site, page):
    page.goto(f"{live_server.url}/")
    page.locator("#site-search").focus()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(exit_site)


def test_quick_exit_is_the_first_tab_stop(live_server, exit_site, page):
    page.goto(f"{live_server.url}/news/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit')")
    page.keyboard.press("Enter")
    page.wait_for_url(exit_site)


def test_quick_exit_works_without_javascript(live_server, exit_site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}{SEED_PATH}")
        expect(page.locator("[data-quick-exit-hint]")).to_be_hidden()  # no Shift shortcut
        page.locator("[data-quick-exit]").click()
        page.wait_for_url(exit_site)
    finally:
        context.close()
