"""Quick exit in a real browser: by button, by Shift three times, and with JavaScript off.

One test, so the site is set up once; each way out starts in a browser context of its own.
"""

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


def button_leaves_and_back_does_not_return(page, base: str, exit_site: str) -> None:
    portal_url = f"{base}{SEED_PATH}"
    page.goto(portal_url)
    page.locator("[data-quick-exit]").click()
    assert_left_for_good(page, exit_site, portal_url)


def shift_three_times_leaves_and_back_does_not_return(page, base: str, exit_site: str) -> None:
    portal_url = f"{base}{SEED_PATH}"
    page.goto(portal_url)
    expect(page.locator("[data-quick-exit-hint]")).to_be_visible()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    expect(page.locator("[data-quick-exit-status]")).to_have_text("Shift pressed 2 times")
    assert page.url == portal_url
    page.keyboard.press("Shift")
    assert_left_for_good(page, exit_site, portal_url)


def shift_presses_in_the_search_box_count_too(page, base: str, exit_site: str) -> None:
    page.goto(f"{base}/")
    page.locator("#site-search").focus()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(exit_site)


def quick_exit_is_the_first_tab_stop(page, base: str, exit_site: str) -> None:
    page.goto(f"{base}/news/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit')")
    page.keyboard.press("Enter")
    page.wait_for_url(exit_site)


def quick_exit_works_without_javascript(page, base: str, exit_site: str) -> None:
    page.goto(f"{base}{SEED_PATH}")
    expect(page.locator("[data-quick-exit-hint]")).to_be_hidden()  # no Shift shortcut
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(exit_site)


def test_quick_exit_by_button_by_shift_by_tab_and_without_javascript(
    live_server, exit_site, new_context
):
    for check, options in (
        (button_leaves_and_back_does_not_return, {}),
        (shift_three_times_leaves_and_back_does_not_return, {}),
        (shift_presses_in_the_search_box_count_too, {}),
        (quick_exit_is_the_first_tab_stop, {}),
        (quick_exit_works_without_javascript, {"java_script_enabled": False}),
    ):
        context = new_context(**options)
        check(context.new_page(), live_server.url, exit_site)
        context.close()
