"""Personal data of bookings for long-finished events is removed on request."""

import datetime
import io

import pytest
from django.core.management import call_command

from tests.factories.bookings import BookingFactory
from tests.training.helpers import booking_details
from training import services
from training.models import Booking

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("purge_old_bookings", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def no_other_bookings_to_purge(db):
    """Bookings on events that have already ended (the demo site's) anonymised first, so the
    counts the command reports are of the bookings each test makes."""
    run("--months", "0")


def past_event_with_bookings(make_event, days_ago: int, count: int = 2):
    """An event that ended `days_ago` days ago, with a confirmed place and people waiting."""
    event = make_event(capacity=1, starts_in=-datetime.timedelta(days=days_ago, hours=3))
    for number in range(count):
        BookingFactory(
            event=event, status="confirmed" if number == 0 else "waiting", needs="Wheelchair"
        )
    return event


def test_purge_removes_personal_data_of_old_events_only(make_event):
    old = past_event_with_bookings(make_event, days_ago=400)
    recent = past_event_with_bookings(make_event, days_ago=100)
    upcoming = make_event()
    services.book_place(event=upcoming, **booking_details(7))

    output = run()
    assert "Anonymised 2 bookings for 1 events" in output
    for booking in Booking.objects.filter(event=old):
        assert booking.anonymised
        assert booking.name == "(removed)"
        assert booking.email == f"removed-{booking.pk}@removed.invalid"
        assert (booking.organisation, booking.role, booking.needs) == ("", "", "")
        assert booking.status in ("confirmed", "waiting"), "statuses stay for the figures"
    for booking in Booking.objects.filter(event__in=[recent, upcoming]):
        assert not booking.anonymised
        assert booking.email.endswith("@example.invalid")

    assert "Anonymised 0 bookings" in run()
    assert "Anonymised 2 bookings" in run("--months", "3")
    assert Booking.objects.filter(event=recent, anonymised=True).count() == 2


def test_purge_dry_run_changes_nothing(make_event):
    old = past_event_with_bookings(make_event, days_ago=400)
    assert "Would anonymise 2 bookings for 1 events" in run("--dry-run")
    assert not Booking.objects.filter(event=old, anonymised=True).exists()


def test_anonymised_bookings_cannot_be_cancelled_by_link(client, make_event):
    old = past_event_with_bookings(make_event, days_ago=400)
    booking = Booking.objects.filter(event=old).first()
    run()
    response = client.get(booking.cancel_url.removeprefix("http://localhost"))
    assert response.status_code == 404


def test_purge_keeps_bookings_for_the_months_in_settings(make_event, settings):
    recent = past_event_with_bookings(make_event, days_ago=100)
    assert "Anonymised 0 bookings" in run()  # 12 months by default
    settings.BOOKING_RETENTION_MONTHS = 3
    assert "Anonymised 2 bookings" in run()
    assert Booking.objects.filter(event=recent, anonymised=True).count() == 2
