"""The booking services, called directly: places, waiting list, cancellation and emails."""

import datetime

import pytest
from django.core import mail
from icalendar import Calendar

from tests.training.helpers import booking_details
from training import services
from training.models import Booking

pytestmark = pytest.mark.django_db


def book(event, number, **overrides):
    return services.book_place(event=event, **booking_details(number, **overrides))


def test_places_are_confirmed_until_full_then_people_wait(make_event):
    event = make_event(capacity=2)
    assert event.places_left == 2
    statuses = [book(event, number).status for number in range(1, 5)]
    assert statuses == ["confirmed", "confirmed", "waiting", "waiting"]
    assert event.places_left == 0
    assert event.booking_counts["confirmed"] == 2
    assert event.booking_counts["waiting"] == 2


def test_a_booking_keeps_what_was_given(make_event):
    event = make_event()
    booking = book(event, 1, name="  Ann Example ", needs="Step-free access", consent=True)
    booking.refresh_from_db()
    assert booking.name == "Ann Example"
    assert booking.needs == "Step-free access"
    assert booking.consent_to_contact is True
    assert booking.email_error == ""


def test_one_booking_per_email_per_event_whatever_the_case(make_event):
    event, other = make_event(), make_event()
    book(event, 1)
    with pytest.raises(services.AlreadyBooked):
        book(event, 2, email="PERSON1@Example.Invalid")
    assert book(other, 2, email="person1@example.invalid").status == "confirmed"
    assert Booking.objects.filter(event=event).count() == 1


def test_booking_again_after_cancelling_is_allowed(make_event):
    event = make_event()
    services.cancel_booking(booking=book(event, 1))
    assert book(event, 1).status == "confirmed"


def test_booking_closes_the_set_time_before_the_start(make_event):
    closing = make_event(starts_in=datetime.timedelta(hours=23), closes_hours_before=24)
    with pytest.raises(services.BookingClosed):
        book(closing, 1)
    later = make_event(starts_in=datetime.timedelta(hours=23), closes_hours_before=2)
    assert book(later, 1).status == "confirmed"


def test_no_booking_for_past_or_closed_events(make_event):
    past = make_event(starts_in=-datetime.timedelta(days=3))
    closed = make_event(booking_open=False)
    for event in (past, closed):
        with pytest.raises(services.BookingClosed):
            book(event, 1)
    assert not Booking.objects.filter(event__in=[past, closed]).exists()


def test_consent_to_be_contacted_is_optional_and_recorded(make_event):
    event = make_event()
    without = book(event, 1, consent=False)
    assert without.status == "confirmed"
    assert without.consent_to_contact is False
    details = {k: v for k, v in booking_details(2).items() if k != "consent"}
    assert services.book_place(event=event, **details).consent_to_contact is False
    assert book(event, 3, consent=True).consent_to_contact is True


def test_cancelling_a_place_promotes_the_first_person_waiting(make_event, run_on_commit):
    event = make_event(capacity=2)
    first, second = book(event, 1), book(event, 2)
    waiting = [book(event, number) for number in (3, 4, 5)]
    mail.outbox.clear()
    with run_on_commit():
        result = services.cancel_booking(booking=first)
    assert result.booking.status == "cancelled"
    assert [person.pk for person in result.promoted] == [waiting[0].pk]
    statuses = dict(Booking.objects.filter(event=event).values_list("pk", "status"))
    assert statuses == {
        first.pk: "cancelled",
        second.pk: "confirmed",
        waiting[0].pk: "confirmed",
        waiting[1].pk: "waiting",
        waiting[2].pk: "waiting",
    }
    assert [message.to for message in mail.outbox] == [
        ["person3@example.invalid"],
        ["person1@example.invalid"],
    ]
    assert "A place has come free" in mail.outbox[0].subject
    assert "Your booking is cancelled" in mail.outbox[1].subject


def test_cancelling_twice_or_from_the_waiting_list_promotes_nobody(make_event):
    event = make_event(capacity=1)
    book(event, 1)
    waiting = book(event, 2)
    book(event, 3)
    assert services.cancel_booking(booking=waiting).promoted == []
    assert services.cancel_booking(booking=waiting).promoted == []
    assert event.places_left == 0


def test_staff_can_promote_out_of_turn_only_into_a_free_place(make_event, run_on_commit):
    event = make_event(capacity=1)
    holder = book(event, 1)
    book(event, 2)
    third = book(event, 3)
    with pytest.raises(services.NoPlacesLeft):
        services.promote_from_waiting_list(booking=third)
    event.capacity = 2
    event.save()
    mail.outbox.clear()
    with run_on_commit():
        assert services.promote_from_waiting_list(booking=third).status == "confirmed"
    assert mail.outbox[0].to == ["person3@example.invalid"]
    with pytest.raises(services.InvalidStatusChange):
        services.promote_from_waiting_list(booking=holder)


def test_new_places_go_to_people_waiting_before_newcomers(make_event):
    event = make_event(capacity=1)
    book(event, 1)
    waiting = book(event, 2)
    event.capacity = 2
    event.save()
    newcomer = book(event, 3)
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert newcomer.status == "waiting"


def test_attendance_keeps_the_place_and_blocks_cancelling(make_event):
    event = make_event(capacity=2)
    came, absent = book(event, 1), book(event, 2)
    waiting = book(event, 3)
    assert services.mark_attendance(booking=came, attended=True).status == "attended"
    assert services.mark_attendance(booking=absent, attended=False).status == "no_show"
    assert event.places_left == 0
    with pytest.raises(services.InvalidStatusChange):
        services.cancel_booking(booking=came)
    with pytest.raises(services.InvalidStatusChange):
        services.mark_attendance(booking=waiting, attended=True)


def test_confirmation_email_has_details_a_cancel_link_and_a_calendar_file(
    make_event, run_on_commit
):
    event = make_event(capacity=1, title="Working with families")
    mail.outbox.clear()
    with run_on_commit():
        booking = book(event, 1)
        book(event, 2)
    confirmed, waiting = mail.outbox
    assert confirmed.to == ["person1@example.invalid"]
    assert confirmed.subject == "Your place is confirmed: Working with families"
    assert "You are on the waiting list" in waiting.subject
    assert "Town Hall" in confirmed.body
    assert booking.cancel_url in confirmed.body
    assert booking.cancel_token in booking.cancel_url
    (name, content, mimetype) = confirmed.attachments[0]
    assert name.endswith(".ics") and mimetype == "text/calendar"
    calendar = Calendar.from_ical(content)
    [entry] = calendar.walk("VEVENT")
    assert str(entry["summary"]) == "Working with families"
    assert entry.decoded("dtstart") == event.start.replace(microsecond=0)


def test_a_failed_email_is_logged_recorded_and_the_booking_stands(
    make_event, run_on_commit, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.training.helpers.FailingEmailBackend"
    event = make_event()
    with run_on_commit():
        booking = book(event, 1)
    booking.refresh_from_db()
    assert booking.status == "confirmed"
    assert "confirmed email" in booking.email_error
    assert "mail server unavailable" in booking.email_error
    assert f"Booking email (confirmed) to booking {booking.pk} failed" in caplog.text


def test_cancel_tokens_cannot_be_forged(make_event):
    booking = book(make_event(), 1)
    assert Booking.pk_from_cancel_token(booking.cancel_token) == booking.pk
    forged = f"{booking.pk + 1}-" + booking.cancel_token.split("-", 1)[1]
    assert Booking.pk_from_cancel_token(forged) is None
    for junk in (str(booking.pk), f"{booking.pk}-", "", "-", "x-y", "9" * 40 + "-abc"):
        assert Booking.pk_from_cancel_token(junk) is None
