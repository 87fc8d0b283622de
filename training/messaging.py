"""Staff email the people booked on an event: one email each, sent by the task queue.

Each email sent (or failed) is recorded in the booking's history (Wagtail's log entries for
the booking, shown on its History page and in Reports › Site history), with the subject and
who wrote it. Only the subject is kept: the message itself is in the person's inbox.
"""

import logging
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task
from wagtail.log_actions import log

from .models import Booking, TrainingEventPage

logger = logging.getLogger(__name__)

EMAILED_ACTION = "training.attendee_email"
EMAIL_FAILED_ACTION = "training.attendee_email_failed"

AUDIENCES = [
    ("confirmed", "People with a place"),
    ("waiting", "People on the waiting list"),
    ("both", "Both: people with a place and people waiting"),
]
AUDIENCE_STATUSES = {
    "confirmed": Booking.HOLDING_PLACE,
    "waiting": (Booking.Status.WAITING,),
    "both": (*Booking.HOLDING_PLACE, Booking.Status.WAITING),
}


def recipients(*, event: TrainingEventPage, audience: str):
    """The bookings an email to `audience` goes to, in the order people booked."""
    return Booking.objects.filter(
        event=event, status__in=AUDIENCE_STATUSES[audience], anonymised=False
    ).order_by("pk")


def render_attendee_email(*, booking: Booking, subject: str, message: str) -> EmailMessage:
    """The email one person gets: the message staff wrote, then the event's details."""
    event = booking.event
    context = {
        "booking": booking,
        "event": event,
        "message": message,
        "event_url": event.get_full_url(),
        "cancel_url": booking.cancel_url,
    }
    return EmailMessage(
        subject=subject,
        body=render_to_string("training/emails/attendee_message.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[booking.email],
    )


@transaction.atomic
def email_attendees(
    *,
    event: TrainingEventPage,
    audience: str,
    subject: str,
    message: str,
    sender: AbstractBaseUser,
) -> int:
    """Queue one email to each person in `audience` once the transaction commits.

    Returns how many emails were queued.
    """
    if audience not in AUDIENCE_STATUSES:
        raise ValueError(f"Unknown audience: {audience}")
    booking_ids = list(recipients(event=event, audience=audience).values_list("pk", flat=True))
    for booking_id in booking_ids:
        transaction.on_commit(
            partial(
                send_attendee_email.enqueue,
                booking_id=booking_id,
                subject=subject,
                message=message,
                sender_id=sender.pk,
            ),
            robust=True,
        )
    return len(booking_ids)


@task()
def send_attendee_email(*, booking_id: int, subject: str, message: str, sender_id: int) -> bool:
    """Send one person their copy and record it on the booking; a failure is recorded too."""
    booking = Booking.objects.select_related("event").filter(pk=booking_id).first()
    if booking is None or booking.anonymised:
        return False
    sender = get_user_model().objects.filter(pk=sender_id).first()
    entry = {"instance": booking, "user": sender, "title": f"Booking {booking.pk}"}
    try:
        render_attendee_email(booking=booking, subject=subject, message=message).send()
    except Exception as error:  # the failure is shown to staff on the booking
        logger.exception("Attendee email to booking %s failed", booking.pk)
        Booking.objects.filter(pk=booking.pk).update(
            email_error=f"{timezone.now():%Y-%m-%d %H:%M} email “{subject}”: {error}"[:1000]
        )
        log(action=EMAIL_FAILED_ACTION, data={"subject": subject}, **entry)
        return False
    if booking.email_error:
        Booking.objects.filter(pk=booking.pk).update(email_error="")
    log(action=EMAILED_ACTION, data={"subject": subject}, **entry)
    return True
