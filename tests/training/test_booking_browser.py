"""A real browser books a place, fixes its mistakes, and cancels from the emailed link.

One test, so the site is set up once: each journey books its own event, in a browser
context of its own.
"""

import re

from django.core import mail
from playwright.sync_api import expect

from tests.training.helpers import add_event, book_in_browser


def test_booking_in_a_browser(live_server, training_site_transactional, new_context, settings):
    settings.BOOKING_RATE_LIMIT = 0
    for journey, options in (
        (book_then_cancel, {}),
        (refreshing_the_result_page_does_not_send_the_booking_again, {}),
        (booking_without_javascript, {"java_script_enabled": False}),
    ):
        context = new_context(**options)
        journey(live_server, context.new_page())
        context.close()


def book_then_cancel(live_server, page):
    event = add_event(capacity=3, title="Browser booking")
    page.goto(live_server.url + event.url)
    area = page.locator("#booking")
    assert area.get_attribute("data-places-left") == "3"
    assert "3 places left" in area.inner_text()
    honeypot = page.locator(".booking-form__honeypot").bounding_box()
    assert honeypot["x"] + honeypot["width"] <= 0, "the honeypot is off screen"

    page.fill("#booking-name", "Browser Person")
    page.fill("#booking-email", "not an email")
    page.get_by_role("button", name="Book a place").click()
    # The answer is a new page: wait for it, the click does not.
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert page.locator("#booking-name").input_value() == "Browser Person"
    assert page.locator("#booking-email").get_attribute("aria-invalid") == "true"

    page.fill("#booking-email", "browser.person@example.invalid")
    page.fill("#booking-organisation", "Health visiting")
    page.fill("#booking-role", "Health visitor")
    page.check("#booking-consent")
    mail.outbox.clear()
    page.get_by_role("button", name="Book a place").click()
    expect(page.locator("[data-booking-status]")).to_have_attribute(
        "data-booking-status", "confirmed"
    )

    [email] = mail.outbox
    link = re.search(r"http://\S+/cancel/\S+/", email.body).group(0)
    page.goto(live_server.url + "/" + link.split("/", 3)[3])
    page.get_by_role("button", name="Cancel my booking").click()
    expect(page.get_by_role("heading", name="Your booking is cancelled")).to_be_visible()
    assert event.bookings.get().status == "cancelled"


def refreshing_the_result_page_does_not_send_the_booking_again(live_server, page):
    event = add_event(capacity=1, title="Browser refresh")
    page.goto(live_server.url + event.url)
    mail.outbox.clear()
    book_in_browser(
        page,
        "Refresh Person",
        "refresh.person@example.invalid",
        "Early help",
        "Family support worker",
        consent=False,
    )
    page.wait_for_url(re.compile(r"/book/confirmed/(#booking)?$"))
    status = page.locator("[data-booking-status]")
    assert status.get_attribute("data-booking-status") == "confirmed"

    resent = []
    page.on("request", lambda request: resent.append(request.method))
    for _ in range(2):
        page.reload()
        assert status.get_attribute("data-booking-status") == "confirmed"
    assert resent and set(resent) <= {"GET"}, "a refresh only fetches the page again"
    assert "already has a booking" not in page.content()
    page.go_back()
    page.go_forward()
    assert status.get_attribute("data-booking-status") == "confirmed"
    assert event.bookings.count() == 1
    assert len(mail.outbox) == 1
    assert event.bookings.get().consent_to_contact is False, "the consent box was left alone"


def booking_without_javascript(live_server, page):
    event = add_event(capacity=2, title="Browser no script")
    page.goto(live_server.url + event.url)
    page.get_by_role("link", name="Book on the booking page instead").click()
    page.wait_for_url(re.compile(r"/booking-form/$"))
    assert page.locator("#booking").get_attribute("data-places-left") == "2"
    book_in_browser(
        page,
        "No Script Person",
        "no.script@example.invalid",
        "Schools",
        "Designated safeguarding lead",
        consent=True,
    )
    status = page.locator("[data-booking-status]")
    assert status.get_attribute("data-booking-status") == "confirmed"
    assert event.bookings.get().name == "No Script Person"
