"""Booking emails: dates as readers say them, and a confirmation when a booking is cancelled."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import dateformat, timezone

from tests.factories.training import TrainingEventPageFactory
from tests.training.helpers import booking_details
from training import services
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def test_a_one_day_event_reads_as_one_date_with_two_times():
    event = TrainingEventPage(
        start=datetime.datetime(2026, 12, 7, 9, 0, tzinfo=LONDON),
        end=datetime.datetime(2026, 12, 7, 15, 30, tzinfo=LONDON),
    )
    assert event.when_text == "Monday 7 December 2026, 09:00 to 15:30"


def test_a_longer_event_gives_both_dates_in_uk_time():
    event = TrainingEventPage(
        start=datetime.datetime(2027, 3, 27, 23, 30, tzinfo=datetime.UTC),
        end=datetime.datetime(2027, 3, 28, 16, 0, tzinfo=datetime.UTC),
    )
    # The clocks go forward on 28 March 2027: 16:00 UTC is 17:00 in the UK.
    assert event.when_text == "Saturday 27 March 2027, 23:30 to Sunday 28 March 2027, 17:00"


def next_monday_at_nine() -> datetime.datetime:
    today = timezone.localdate() + datetime.timedelta(days=14)
    monday = today + datetime.timedelta(days=(7 - today.weekday()) % 7)
    return datetime.datetime.combine(monday, datetime.time(9, 0), tzinfo=LONDON)


def test_the_booking_email_reads_like_the_issue_asks(run_on_commit):
    start = next_monday_at_nine()
    event = TrainingEventPageFactory(
        start=start, end=start + datetime.timedelta(hours=6, minutes=30)
    )
    mail.outbox.clear()
    with run_on_commit():
        services.book_place(event=event, **booking_details(1))
    [email] = mail.outbox
    expected = f"{dateformat.format(start, 'l j F Y')}, 09:00 to 15:30"
    assert expected.startswith("Monday ")
    assert f"When: {expected} (UK time)" in email.body


def test_cancelling_sends_a_confirmation_without_a_calendar_file(make_event, run_on_commit):
    event = make_event(title="Neglect: spotting the signs")
    booking = services.book_place(event=event, **booking_details(1, name="Ann Example"))
    mail.outbox.clear()
    with run_on_commit():
        services.cancel_booking(booking=booking)
    [email] = mail.outbox
    assert email.to == ["person1@example.invalid"]
    assert email.subject == "Your booking is cancelled: Neglect: spotting the signs"
    assert "Dear Ann Example" in email.body
    assert "Your booking is cancelled. You no longer have a place on:" in email.body
    assert f"When: {event.when_text} (UK time)" in email.body
    assert booking.cancel_url not in email.body
    assert email.attachments == []
    with run_on_commit():
        services.cancel_booking(booking=booking)
    assert len(mail.outbox) == 1, "cancelling again sends nothing"


def test_leaving_the_waiting_list_says_so(make_event, run_on_commit):
    event = make_event(capacity=1)
    services.book_place(event=event, **booking_details(1))
    waiting = services.book_place(event=event, **booking_details(2))
    mail.outbox.clear()
    with run_on_commit():
        services.cancel_booking(booking=waiting)
    [email] = mail.outbox
    assert "no longer have a place on the waiting list" in email.body
