"""Booking emails go through the task queue (the database backend) and the worker sends them."""

import socket

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from tests.training.helpers import add_event, booking_details
from training import services

# Committed for real, as in production: the worker (like any process) only sees committed rows.
pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_email_waits_in_the_queue_until_the_worker_sends_it(
    training_site_transactional, settings
):
    settings.TASKS = DATABASE_TASKS
    event = add_event(capacity=1)
    mail.outbox.clear()
    first = services.book_place(event=event, **booking_details(1))
    second = services.book_place(event=event, **booking_details(2))
    assert mail.outbox == [], "nothing is sent inside the request"
    queued = DBTaskResult.objects.filter(
        task_path__endswith="send_booking_email_task",
        args_kwargs__kwargs__booking_id__in=[first.pk, second.pk],
    )
    assert queued.count() == 2
    assert set(queued.values_list("status", flat=True)) == {"READY"}

    run_worker()
    assert sorted(message.subject.split(":")[0] for message in mail.outbox) == [
        "You are on the waiting list",
        "Your place is confirmed",
    ]
    assert set(queued.values_list("status", flat=True)) == {"SUCCESSFUL"}

    mail.outbox.clear()
    services.cancel_booking(booking=first)
    assert mail.outbox == []
    run_worker()
    assert sorted(m.subject.split(":")[0] for m in mail.outbox) == [
        "A place has come free for you",
        "Your booking is cancelled",
    ]


def test_a_failed_send_in_the_worker_is_shown_on_the_booking(training_site_transactional, settings):
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 5
    event = add_event()
    booking = services.book_place(event=event, **booking_details(1))
    run_worker()
    booking.refresh_from_db()
    assert booking.status == "confirmed", "the booking stands"
    assert "confirmed email" in booking.email_error
