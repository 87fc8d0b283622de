"""Sending a bulletin through the task queue, in batches, recording every failure.

``start_sending`` fixes the list of recipients (confirmed subscribers to the e-bulletin at
that moment) and queues one ``send_batch`` task per batch. Each batch renders the bulletin
once, opens one connection to the mail server, and sends each message on its own, so one
refused address is recorded and the rest still go. Counts are added with F() expressions,
so batches run by several workers at once never overwrite each other's progress.
"""

import logging
import smtplib

from django.core.mail import get_connection
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from subscriptions import emails
from subscriptions.models import Subscriber

from .email import render_bulletin
from .models import BulletinFailure, BulletinPage, BulletinSend

logger = logging.getLogger(__name__)

BATCH_SIZE = 200


def recipients():
    return Subscriber.objects.confirmed().filter(bulletin=True)


@task()
def start_sending(*, send_id: int) -> int:
    """Fix the recipients and queue their batches. Returns the number of batches."""
    ids = list(recipients().order_by("pk").values_list("pk", flat=True))
    BulletinSend.objects.filter(pk=send_id).update(
        total=len(ids), status=BulletinSend.Status.SENDING
    )
    if not ids:
        _finish_if_done(send_id)
        return 0
    batches = [ids[start : start + BATCH_SIZE] for start in range(0, len(ids), BATCH_SIZE)]
    for batch in batches:
        send_batch.enqueue(send_id=send_id, subscriber_ids=batch)
    return len(batches)


@task()
def send_batch(*, send_id: int, subscriber_ids: list[int]) -> dict:
    send = BulletinSend.objects.select_related("page").get(pk=send_id)
    root_url = emails.site_root_url()
    rendered = render_bulletin(send.page, root_url=root_url)
    addresses = list(
        recipients().filter(pk__in=subscriber_ids).order_by("pk").values_list("pk", "email")
    )
    skipped = len(subscriber_ids) - len(addresses)
    sent, failures = 0, []
    connection = get_connection()
    try:
        connection.open()
        for subscriber_id, address in addresses:
            message = rendered.message_for(email=address, root_url=root_url, connection=connection)
            try:
                if message.send():
                    sent += 1
                else:
                    failures.append(
                        BulletinFailure(
                            send_id=send_id,
                            subscriber_id=subscriber_id,
                            email=address,
                            error="Not sent",
                        )
                    )
            except (smtplib.SMTPException, OSError, ValueError) as error:
                # a refused or malformed address, a dropped connection, a timeout
                logger.warning("Bulletin %s to %s failed: %s", send_id, address, error)
                failures.append(
                    BulletinFailure(
                        send_id=send_id,
                        subscriber_id=subscriber_id,
                        email=address,
                        error=str(error)[:1000],
                    )
                )
    finally:
        connection.close()
    BulletinFailure.objects.bulk_create(failures)
    BulletinSend.objects.filter(pk=send_id).update(
        sent=F("sent") + sent, failed=F("failed") + len(failures), skipped=F("skipped") + skipped
    )
    _finish_if_done(send_id)
    return {"sent": sent, "failed": len(failures), "skipped": skipped}


def _finish_if_done(send_id: int) -> None:
    BulletinSend.objects.filter(
        pk=send_id,
        finished_at__isnull=True,
        total__lte=F("sent") + F("failed") + F("skipped"),
    ).update(status=BulletinSend.Status.FINISHED, finished_at=timezone.now())


@task()
def send_test(*, page_id: int, email: str) -> None:
    """The latest draft of a bulletin, to one member of staff."""
    page = BulletinPage.objects.get(pk=page_id)
    draft = page.get_latest_revision_as_object()
    root_url = emails.site_root_url()
    render_bulletin(draft, root_url=root_url).message_for(
        email=email, root_url=root_url, subject_prefix="[Test] "
    ).send()
