"""Inline definitions, the print validity notice and the pack form in a real browser.

One test, so the site is set up once; each check runs in a browser context of its own.
"""

import datetime

import pytest
from playwright.sync_api import expect

from procedures.models import ChapterPage
from tests.e2e.axe_runner import Axe
from tests.e2e.test_accessibility import AXE_OPTIONS, WIDTHS, describe

pytestmark = pytest.mark.browser

SEED_PATH = "/online-safety/social-media-practitioners-volunteers/"


def test_definitions_the_print_notice_and_the_pack_form(
    live_server, demo_site_transactional, new_context
):
    a_definition_opens_from_the_keyboard_and_closes_with_escape(live_server, new_context())
    printing_writes_the_date_into_the_validity_notice(
        live_server, new_context(timezone_id="Europe/London")
    )
    the_pack_form_and_its_error_page_are_accessible(live_server, new_context())


def a_definition_opens_from_the_keyboard_and_closes_with_escape(live_server, context):
    page = context.new_page()
    page.goto(live_server.url + SEED_PATH)
    button = page.locator('button[popovertarget="glossary-hcpc"]')
    definition = page.locator("#glossary-hcpc")
    expect(definition).to_be_hidden()
    button.focus()
    page.keyboard.press("Enter")
    expect(definition).to_be_visible()
    expect(definition).to_contain_text("Health and Care Professions Council")
    expect(button).to_have_attribute("popovertarget", "glossary-hcpc")
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, describe(violations)
    page.keyboard.press("Escape")
    expect(definition).to_be_hidden()
    # Then the glossary link inside it takes the reader to the term's anchor.
    button.click()
    definition.get_by_role("link").click()
    page.wait_for_url("**/glossary/#hcpc")
    expect(page.locator("#hcpc")).to_contain_text("Health and Care Professions Council")


def printing_writes_the_date_into_the_validity_notice(live_server, context):
    page = context.new_page()
    chapter = ChapterPage.objects.live().first()
    page.goto(live_server.url + chapter.url)
    notice = page.locator("[data-print-notice]")
    expect(notice).to_be_hidden()  # only on paper
    expect(page.locator("[data-printed-on]")).to_contain_text("the date you printed this")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    today = page.evaluate(
        "new Date().toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric'})"
    )
    assert str(datetime.date.today().year) in today
    expect(page.locator("[data-printed-on]")).to_have_text(today)
    page.emulate_media(media="print")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(chapter.full_url)
    expect(page.locator("[data-print-action]")).to_be_hidden()
    context.close()


def the_pack_form_and_its_error_page_are_accessible(live_server, context):
    page = context.new_page()
    axe = Axe()
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_server.url + "/make-a-pack/")
        page.get_by_role("button", name="Download the pack (PDF)").click()
        expect(page.locator(".error-summary")).to_contain_text("Choose at least one")
        violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
        assert not violations, (width, describe(violations))
    page.locator("input[name=pages]").first.check()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the pack (PDF)").click()
    assert download.value.suggested_filename.endswith(".pdf")
