"""A real browser books a place, fixes its mistakes, and cancels from the emailed link."""

import re

from django.core import mail

from tests.training.helpers import add_event


def test_book_then_cancel_in_a_browser(live_server, training_site_transactional, page, settings):
    settings.BOOKING_RATE_LIMIT = 0
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
    assert page.get_by_text("There is a problem").is_visible()
    assert page.locator("#booking-name").input_value() == "Browser Person"
    assert page.locator("#booking-email").get_attribute("aria-invalid") == "true"

    page.fill("#booking-email", "browser.person@example.invalid")
    page.fill("#booking-organisation", "Health visiting")
    page.fill("#booking-role", "Health visitor")
    page.check("#booking-consent")
    mail.outbox.clear()
    page.get_by_role("button", name="Book a place").click()
    assert page.locator("[data-booking-status]").get_attribute("data-booking-status") == (
        "confirmed"
    )

    [email] = mail.outbox
    link = re.search(r"http://\S+/cancel/\S+/", email.body).group(0)
    page.goto(live_server.url + "/" + link.split("/", 3)[3])
    page.get_by_role("button", name="Cancel my booking").click()
    assert page.get_by_role("heading", name="Your booking is cancelled").is_visible()
    assert event.bookings.get().status == "cancelled"
