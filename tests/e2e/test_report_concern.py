"""Reporting a concern in a real browser, at a phone width and a desktop width.

"Who do I call right now?" picks the number answered at the browser's moment, UK time (the
browser clock is set); typing capitals never triggers quick exit but three Shifts do; the
journey from the home page to a tel: link works by keyboard alone. A check made at both
widths goes through them in one browser context. That the report link is in the first
screen of every page type is checked in test_page_types.py.
"""

import datetime
from zoneinfo import ZoneInfo

import holidays
import pytest
from playwright.sync_api import expect

from portal.models import SiteSettings
from tests.e2e.axe_runner import Axe
from training.models import TrainingEventPage

pytestmark = pytest.mark.browser

LONDON = ZoneInfo("Europe/London")
SCREENS = {375: 667, 1280: 800}  # width: height of the first screen
SEED_PATH = "/online-safety/social-media-practitioners-volunteers/"
REPORT_PATH = "/report-a-concern/"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}


def next_day(weekday: int, *, avoid: set[datetime.date]) -> datetime.date:
    """The next date after today on this weekday (0 is Monday) that is not a bank holiday."""
    day = datetime.date.today() + datetime.timedelta(days=1)
    while day.weekday() != weekday or day in avoid:
        day += datetime.timedelta(days=1)
    return day


def christmas() -> datetime.date:
    today = datetime.date.today()
    this_year = datetime.date(today.year, 12, 25)
    return this_year if this_year >= today else datetime.date(today.year + 1, 12, 25)


def new_page(browser, width: int, **options):
    context = browser.new_context(
        viewport={"width": width, "height": SCREENS[width]},
        timezone_id=options.pop("timezone_id", "Europe/London"),
        **options,
    )
    return context, context.new_page()


CASES = {
    "weekday 10:00": (lambda avoid: next_day(2, avoid=avoid), 10, "children"),
    "Saturday 23:00": (lambda avoid: next_day(5, avoid=avoid), 23, "out_of_hours"),
    "25 December 11:00": (lambda avoid: christmas(), 11, "out_of_hours"),
}


def test_call_now_leads_with_the_number_answered_in_uk_time_and_all_show_without_js(
    live_server, demo_site_transactional, browser
):
    site_settings = SiteSettings.objects.get()
    children = site_settings.lines_for("children")[0]
    duty_team = site_settings.lines_for("out_of_hours")[0]
    year = datetime.date.today().year
    avoid = set(holidays.UK(subdiv="ENG", years=[year, year + 1]))
    context, page = new_page(browser, 375)
    try:
        for width, height in SCREENS.items():
            page.set_viewport_size({"width": width, "height": height})
            for label, (day_for, hour, expected) in CASES.items():
                day = day_for(avoid)
                moment = datetime.datetime(day.year, day.month, day.day, hour, tzinfo=LONDON)
                page.clock.set_fixed_time(moment)
                for path in ("/", REPORT_PATH, SEED_PATH):
                    page.goto(live_server.url + path)
                    answer = page.locator("[data-call-now] [data-call-now-answer]")
                    expect(answer).to_be_visible()
                    right, wrong = (children, duty_team)
                    if expected == "out_of_hours":
                        right, wrong = duty_team, children
                    expect(answer).to_contain_text(f"{right['name']}: open now until")
                    expect(answer.locator(f'a[href="tel:{right.tel}"]').first).to_be_visible()
                    expect(answer).not_to_contain_text(wrong["name"])
                    # All the numbers stay one click away, in the closed disclosure.
                    expect(page.locator("[data-call-now-all]")).not_to_have_attribute("open", "")
                if label == "weekday 10:00":
                    expect(answer).to_contain_text("open now until 5pm")
                if label == "Saturday 23:00":
                    expect(answer).to_contain_text("open now until 9am on Monday")
    finally:
        context.close()

    # Whatever the device's time zone: in New York it is 5:30 in the morning, but the UK's
    # daytime line is open.
    day = next_day(2, avoid=avoid)
    moment = datetime.datetime(day.year, day.month, day.day, 10, 30, tzinfo=LONDON)
    context, page = new_page(browser, 1280, timezone_id="America/New_York")
    try:
        page.clock.set_fixed_time(moment)
        page.goto(live_server.url + "/")
        answer = page.locator("[data-call-now-answer]")
        expect(answer).to_contain_text(children["name"])
    finally:
        context.close()

    # Without JavaScript every number shows, with its hours.
    context, page = new_page(browser, 375, java_script_enabled=False)
    try:
        page.goto(live_server.url + "/")
        panel = page.locator("[data-call-now]")
        expect(panel.locator("[data-call-now-answer]")).to_be_hidden()
        for role in ("children", "adults", "out_of_hours"):
            line = site_settings.lines_for(role)[0]
            expect(panel.locator(f'a[href="tel:{line.tel}"]').first).to_be_visible()
            expect(panel).to_contain_text(line.hours_text)
        # The Menu disclosure opens without JavaScript too.
        menu_link = page.locator(".main-menu a").first
        expect(menu_link).to_be_hidden()
        page.locator("summary.site-menu__button").click()
        expect(menu_link).to_be_visible()
    finally:
        context.close()


def type_like_a_person(page, text: str) -> None:
    """Hold Shift for each capital, as a reader does."""
    for char in text:
        if char.isupper():
            page.keyboard.down("Shift")
            page.keyboard.press(char)
            page.keyboard.up("Shift")
        else:
            page.keyboard.press(char if char != " " else "Space")


def test_typing_capitals_never_exits_but_three_shifts_do(live_server, exit_site, browser):
    event = TrainingEventPage.objects.upcoming().filter(booking_open=True).first()
    context, page = new_page(browser, 375)
    try:
        for width, height in SCREENS.items():
            page.set_viewport_size({"width": width, "height": height})
            page.goto(f"{live_server.url}/")
            if width < 768:
                page.locator("summary.site-menu__button").click()
            search = page.locator("#site-search")
            search.focus()
            type_like_a_person(page, "Self Neglect Manchester LADO")
            expect(search).to_have_value("Self Neglect Manchester LADO")
            assert page.url == f"{live_server.url}/"

            page.goto(live_server.url + event.url)
            name = page.locator(".booking-form input[name='name']")
            name.focus()
            type_like_a_person(page, "Sam O'Neill-Smith MBE")
            expect(name).to_have_value("Sam O'Neill-Smith MBE")
            assert page.url == live_server.url + event.url
            # Two Shifts, a letter, then two more: still here (the count started again).
            for key in ("Shift", "Shift", "a", "Shift", "Shift"):
                page.keyboard.press(key)
            assert page.url == live_server.url + event.url
            page.keyboard.press("Shift")  # the third in a row
            page.wait_for_url(exit_site)
    finally:
        context.close()

    # Where there is no keyboard the Shift hint is hidden; the button stays.
    context, page = new_page(browser, 375, has_touch=True, is_mobile=True)
    try:
        page.goto(live_server.url + "/")
        assert page.evaluate("matchMedia('(hover: none) and (pointer: coarse)').matches")
        expect(page.locator("[data-quick-exit-hint]")).to_be_hidden()
        expect(page.locator("[data-quick-exit]")).to_be_visible()
    finally:
        context.close()


def test_keyboard_only_from_home_to_a_tel_link(live_server, demo_site_transactional, browser):
    context, page = new_page(browser, 375)
    try:
        for width, height in SCREENS.items():
            page.set_viewport_size({"width": width, "height": height})
            page.goto(live_server.url + "/")
            presses = 0
            while not page.evaluate("document.activeElement.hasAttribute('data-report-concern')"):
                presses += 1
                assert presses <= 10, "the report link is not among the first ten tab stops"
                page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            page.wait_for_url(live_server.url + REPORT_PATH)
            for _ in range(40):
                page.keyboard.press("Tab")
                href = page.evaluate("document.activeElement.getAttribute('href') || ''")
                if href.startswith("tel:"):
                    break
            else:
                raise AssertionError(f"no tel: link reached by keyboard at {width} px")
            assert len(href) > len("tel:")
            print(f"\n{width} px: report link is tab stop {presses}; first tel: link {href}")
    finally:
        context.close()


MENU_PATHS = ("/", REPORT_PATH, "/privacy/", "/contact-us/", "/accessibility-statement/")


def test_no_wcag_violations_with_the_menu_open_and_the_answer_shown(
    live_server, demo_site_transactional, browser
):
    axe = Axe()
    context, page = new_page(browser, 375)
    try:
        for width, height in SCREENS.items():
            page.set_viewport_size({"width": width, "height": height})
            for path in MENU_PATHS:
                page.goto(live_server.url + path)
                if path in ("/", REPORT_PATH):
                    expect(page.locator("[data-call-now-answer]")).to_be_visible()
                if width < 768:
                    page.locator("summary.site-menu__button").click()
                    expect(page.locator(".main-menu a").first).to_be_visible()
                violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
                assert violations == [], (width, path, [v["id"] for v in violations])
    finally:
        context.close()
