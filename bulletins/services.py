"""Starting a bulletin sending: recorded first, then handed to the task queue."""

from django.db import transaction

from .models import BulletinPage, BulletinSend
from .tasks import send_test, start_sending


class CannotSend(Exception):
    """The bulletin cannot be sent now; the message is fit to show staff."""


def send_to_subscribers(*, page: BulletinPage, user, again: bool = False) -> BulletinSend:
    if not page.live:
        raise CannotSend("Publish the bulletin first: subscribers get the published version.")
    if page.has_unpublished_changes:
        raise CannotSend("The bulletin has changes that are not published yet. Publish them first.")
    with transaction.atomic():
        locked = BulletinPage.objects.select_for_update().get(pk=page.pk)
        if BulletinSend.objects.filter(page=locked).exists() and not again:
            raise CannotSend("This bulletin has already been sent.")
        send = BulletinSend.objects.create(page=locked, started_by=user)
        transaction.on_commit(lambda: start_sending.enqueue(send_id=send.pk))
    return send


def send_test_to(*, page: BulletinPage, email: str) -> None:
    if not email:
        raise CannotSend("Your account has no email address: add one under Account.")
    page_id = page.pk
    transaction.on_commit(lambda: send_test.enqueue(page_id=page_id, email=email))
