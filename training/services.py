"""Booking writes: every change to places happens here, inside a transaction.

Each function that changes places locks the event's row first (SELECT ... FOR UPDATE), so
bookings, cancellations and promotions for one event run one at a time. On PostgreSQL a
constraint trigger (migration 0003) rejects anything that would still exceed capacity.
Emails are queued as background tasks after the transaction commits; a failed send is
logged and recorded on the booking for staff, and the booking stands. Every booking or
cancellation purges the event page from the caches, so readers see the places left.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from caching.purge import purge_page

from .calendar import calendar_for
from .models import Booking, TrainingEventPage, holds_place_q

logger = logging.getLogger(__name__)


class BookingError(Exception):
    """A booking change that cannot be made; the message is fit to show the person asking."""


class BookingClosed(BookingError):
    pass


class AlreadyBooked(BookingError):
    pass


class NoPlacesLeft(BookingError):
    pass


class InvalidStatusChange(BookingError):
    pass


@dataclass
class CancelResult:
    booking: Booking
    promoted: list[Booking] = field(default_factory=list)


@dataclass(frozen=True)
class BookingRequestResult:
    """What a reader who sent the booking form is told, and the booking it made, if any.

    `status` is the same whether or not the address already had a booking: for a new booking
    its status, otherwise the status a new booking would have had.
    """

    status: str
    booking: Booking | None = None


# A repeat request for an existing booking emails its details at most this often, so the
# form cannot be used to flood someone's inbox.
DETAILS_RESEND_INTERVAL = datetime.timedelta(minutes=15)
# Counted over an event's current bookings: places held, and people on the waiting list.
PLACE_COUNTS = {
    "holding": Count("pk", filter=holds_place_q()),
    "waiting": Count("pk", filter=Q(status=Booking.Status.WAITING)),
}


def _lock_event(event: TrainingEventPage) -> TrainingEventPage:
    """The event's row, locked until the transaction ends, with its current capacity."""
    return (
        TrainingEventPage.objects.select_for_update(of=("self",))
        .only("pk", "capacity", "start", "end", "booking_open", "booking_closes_hours_before")
        .get(pk=event.pk)
    )


def _lock_open_event(event: TrainingEventPage) -> TrainingEventPage:
    """The event, locked, if it still takes bookings; BookingClosed if not."""
    locked = _lock_event(event)
    if not locked.is_booking_open or locked.is_past:
        raise BookingClosed("Booking for this event has closed.")
    return locked


def _current_bookings(event: TrainingEventPage):
    """The event's bookings that are not cancelled."""
    return Booking.objects.filter(event=event).exclude(status=Booking.Status.CANCELLED)


def _fill_free_places(locked: TrainingEventPage) -> list[Booking]:
    """Promote people from the waiting list, in the order they joined, into free places."""
    free = locked.places_left
    if free <= 0:
        return []
    promoted = list(
        Booking.objects.filter(event=locked, status=Booking.Status.WAITING).order_by("pk")[:free]
    )
    for booking in promoted:
        booking.status = Booking.Status.CONFIRMED
        booking.save(update_fields=["status", "updated"])
    return promoted


@transaction.atomic
def book_place(
    *,
    event: TrainingEventPage,
    name: str,
    email: str,
    organisation: str,
    role: str,
    needs: str = "",
    consent: bool = False,
) -> Booking:
    """A confirmed place when one is free, otherwise a place on the waiting list.

    `consent` records whether the person agreed to be contacted about the course; it is
    optional and has no bearing on the booking.
    """
    locked = _lock_open_event(event)
    email = email.strip()
    counts = _current_bookings(locked).aggregate(
        **PLACE_COUNTS, same_email=Count("pk", filter=Q(email__iexact=email))
    )
    if counts["same_email"]:
        raise AlreadyBooked("This email address already has a booking for this event.")
    promoted: list[Booking] = []
    free = locked.capacity - counts["holding"]
    if free > 0 and counts["waiting"]:
        # People already waiting go first when places have come free (a larger room).
        promoted = _fill_free_places(locked)
        free -= len(promoted)
    status = Booking.Status.CONFIRMED if free > 0 else Booking.Status.WAITING
    try:
        with transaction.atomic():
            booking = Booking.objects.create(
                event=locked,
                name=name.strip(),
                email=email,
                organisation=organisation.strip(),
                role=role.strip(),
                needs=needs.strip(),
                consent_to_contact=consent,
                status=status,
            )
    except IntegrityError as error:
        raise AlreadyBooked("This email address already has a booking for this event.") from error
    for person in promoted:
        _email_after_commit(person, "promoted")
    _email_after_commit(booking, status)
    purge_page(event)
    return booking


def request_booking(*, event: TrainingEventPage, email: str, **details) -> BookingRequestResult:
    """The public form's booking: the answer never reveals whether the address had a booking.

    A new address gets a booking (as `book_place`, which takes the other `details`). An
    address that already has one gets an email with that booking's details instead, and the
    same answer a new booking would get.
    """
    try:
        booking = book_place(event=event, email=email, **details)
    except AlreadyBooked:
        return _answer_repeat_request(event=event, email=email)
    return BookingRequestResult(status=booking.status, booking=booking)


@transaction.atomic
def _answer_repeat_request(*, event: TrainingEventPage, email: str) -> BookingRequestResult:
    locked = _lock_open_event(event)
    current = _current_bookings(locked)
    counts = current.aggregate(**PLACE_COUNTS)
    # A new booking would take a place only if one were left after everyone waiting.
    would_confirm = locked.capacity - counts["holding"] - counts["waiting"] > 0
    status = Booking.Status.CONFIRMED if would_confirm else Booking.Status.WAITING
    existing = current.filter(email__iexact=email.strip()).order_by("pk").first()
    if existing is not None:
        last_sent = max(filter(None, [existing.created, existing.details_resent_at]))
        if timezone.now() - last_sent >= DETAILS_RESEND_INTERVAL:
            existing.details_resent_at = timezone.now()
            existing.save(update_fields=["details_resent_at", "updated"])
            _email_after_commit(existing, "details")
    return BookingRequestResult(status=status)


@transaction.atomic
def cancel_booking(*, booking: Booking) -> CancelResult:
    """Cancel a booking; a place it held goes to the first person on the waiting list."""
    locked = _lock_event(booking.event)
    booking = Booking.objects.select_related("event").get(pk=booking.pk)
    if booking.status == Booking.Status.CANCELLED:
        return CancelResult(booking=booking)
    if booking.status not in (Booking.Status.CONFIRMED, Booking.Status.WAITING):
        raise InvalidStatusChange(
            "Attendance has been recorded, so this booking cannot be cancelled."
        )
    was_waiting = booking.status == Booking.Status.WAITING
    booking.status = Booking.Status.CANCELLED
    booking.save(update_fields=["status", "updated"])
    # Once the event has started, a freed place is no use to anyone waiting.
    promoted = _fill_free_places(locked) if not locked.has_started else []
    for person in promoted:
        _email_after_commit(person, "promoted")
    _email_after_commit(booking, "left_waiting_list" if was_waiting else "cancelled")
    purge_page(booking.event)
    return CancelResult(booking=booking, promoted=promoted)


@transaction.atomic
def promote_from_waiting_list(*, booking: Booking) -> Booking:
    """Staff move one person off the waiting list into a free place, out of turn if need be."""
    locked = _lock_event(booking.event)
    booking = Booking.objects.select_related("event").get(pk=booking.pk)
    if booking.status != Booking.Status.WAITING:
        raise InvalidStatusChange("Only someone on the waiting list can be moved off it.")
    if locked.places_left <= 0:
        raise NoPlacesLeft("The event is full: raise its capacity or cancel a booking first.")
    booking.status = Booking.Status.CONFIRMED
    booking.save(update_fields=["status", "updated"])
    _email_after_commit(booking, "promoted")
    purge_page(booking.event)
    return booking


@transaction.atomic
def mark_attendance(*, booking: Booking, attended: bool) -> Booking:
    """Record whether someone with a place came; the place stays held either way."""
    _lock_event(booking.event)
    booking = Booking.objects.select_related("event").get(pk=booking.pk)
    if booking.status not in Booking.HOLDING_PLACE:
        raise InvalidStatusChange("Only someone with a place can be marked as attended or absent.")
    booking.status = Booking.Status.ATTENDED if attended else Booking.Status.NO_SHOW
    booking.save(update_fields=["status", "updated"])
    return booking


# emails -------------------------------------------------------------------------------

SUBJECTS = {
    "confirmed": "Your place is confirmed: {title}",
    "waiting": "You are on the waiting list: {title}",
    "promoted": "A place has come free for you: {title}",
    "details": "Your booking: {title}",
    "cancelled": "Your booking is cancelled: {title}",
    "left_waiting_list": "Your booking is cancelled: {title}",
}
# Emails that come with the event's calendar file (not the news that a booking has ended).
WITH_CALENDAR = {"confirmed", "waiting", "promoted", "details"}


def _email_after_commit(booking: Booking, kind: str) -> None:
    """Queue the email once the booking is committed; the task queue's worker sends it."""
    booking_id = booking.pk
    transaction.on_commit(
        lambda: send_booking_email_task.enqueue(booking_id=booking_id, kind=kind), robust=True
    )


@task()
def send_booking_email_task(*, booking_id: int, kind: str) -> bool:
    """Send one booking email in the background; a failure is recorded on the booking."""
    booking = Booking.objects.select_related("event").filter(pk=booking_id).first()
    if booking is None:
        return False
    return send_booking_email(booking=booking, kind=kind)


def send_booking_email(*, booking: Booking, kind: str) -> bool:
    """Email one booking's status with the event's .ics; record a failure on the booking."""
    event = booking.event
    try:
        base_url = event.get_site().root_url
        context = {
            "booking": booking,
            "event": event,
            "kind": kind,
            "event_url": event.get_full_url(),
            "cancel_url": booking.cancel_url,
            "when": event.when_text,
            "cancelled": kind in ("cancelled", "left_waiting_list"),
        }
        message = EmailMessage(
            subject=SUBJECTS[kind].format(title=event.title),
            body=render_to_string("training/emails/booking.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[booking.email],
        )
        if kind in WITH_CALENDAR:
            message.attach(
                f"{event.slug}.ics", calendar_for([event], base_url=base_url), "text/calendar"
            )
        message.send()
    except Exception as error:  # any failure: the booking stands, staff can see it
        logger.exception("Booking email (%s) to booking %s failed", kind, booking.pk)
        Booking.objects.filter(pk=booking.pk).update(
            email_error=f"{timezone.now():%Y-%m-%d %H:%M} {kind} email: {error}"[:1000]
        )
        return False
    if booking.email_error:
        Booking.objects.filter(pk=booking.pk).update(email_error="")
    return True
