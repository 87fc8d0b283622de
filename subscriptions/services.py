"""Subscription writes: ask, confirm, change, unsubscribe. Emails go through the task queue."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from portal.models import Topic

from . import tasks, tokens
from .follow import followable_pages, page_follower_notice
from .models import UNCONFIRMED_DAYS, Follow, FollowerNotice, Subscriber

# Sent notices are only kept to stop a second email on the same day.
NOTICE_KEEP_DAYS = 2


def normalise(email: str) -> str:
    local, _, domain = email.strip().rpartition("@")
    return f"{local}@{domain.lower()}" if local else email.strip()


def find_subscriber(email: str, *, lock: bool = False) -> Subscriber | None:
    queryset = Subscriber.objects.select_for_update() if lock else Subscriber.objects
    return queryset.filter(email__iexact=normalise(email)).first()


def request_subscription(*, request: tokens.Request) -> None:
    """Record the address (unconfirmed if new) and email a link to confirm what it asked for.

    The answer to the person asking is the same whatever happens here, so nobody can learn
    from the form whether an address is subscribed.
    """
    email = normalise(request.email)
    with transaction.atomic():
        if find_subscriber(email, lock=True) is None:
            Subscriber.objects.create(email=email)
        token = tokens.confirm_token(
            tokens.Request(
                email=email,
                bulletin=request.bulletin,
                topic_ids=sorted(set(request.topic_ids)),
                page_ids=sorted(set(request.page_ids)),
                frequency=request.frequency,
            )
        )
        transaction.on_commit(lambda: tasks.send_confirmation.enqueue(email=email, token=token))


def confirm_subscription(*, request: tokens.Request) -> Subscriber:
    """Confirm the address and add what the link asked for (existing follows are kept)."""
    with transaction.atomic():
        subscriber = find_subscriber(request.email, lock=True)
        if subscriber is None:  # deleted meanwhile (pruned, or unsubscribed): start again
            subscriber = Subscriber.objects.create(email=normalise(request.email))
        if subscriber.confirmed_at is None:
            subscriber.confirmed_at = timezone.now()
        subscriber.bulletin = subscriber.bulletin or request.bulletin
        if request.frequency in Subscriber.Frequency.values:
            subscriber.frequency = request.frequency
        subscriber.save()
        _add_follows(subscriber, topic_ids=request.topic_ids, page_ids=request.page_ids)
    return subscriber


def _add_follows(subscriber: Subscriber, *, topic_ids: list[int], page_ids: list[int]) -> None:
    topics = Topic.objects.filter(pk__in=topic_ids).values_list("pk", flat=True)
    pages = followable_pages().filter(pk__in=page_ids).values_list("pk", flat=True)
    Follow.objects.bulk_create(
        [Follow(subscriber=subscriber, topic_id=pk) for pk in topics]
        + [Follow(subscriber=subscriber, page_id=pk) for pk in pages],
        ignore_conflicts=True,
    )


def update_subscription(
    *,
    subscriber: Subscriber,
    bulletin: bool,
    frequency: str,
    topic_ids: list[int],
    page_ids: list[int],
) -> Subscriber:
    """Set exactly what a confirmed subscriber follows (from the manage page)."""
    with transaction.atomic():
        subscriber.bulletin = bulletin
        if frequency in Subscriber.Frequency.values:
            subscriber.frequency = frequency
        subscriber.save(update_fields=["bulletin", "frequency"])
        subscriber.follows.exclude(topic_id__in=topic_ids, page__isnull=True).exclude(
            page_id__in=page_ids, topic__isnull=True
        ).delete()
        _add_follows(subscriber, topic_ids=topic_ids, page_ids=page_ids)
    return subscriber


def unsubscribe(*, email: str) -> bool:
    """Delete the address and everything about it. True when there was something to delete."""
    deleted, _by_model = Subscriber.objects.filter(email__iexact=normalise(email)).delete()
    return bool(deleted)


def request_manage_link(*, email: str) -> None:
    """Email a "manage my subscriptions" link, if the address is a confirmed subscriber."""
    subscriber = find_subscriber(email)
    if subscriber is not None and subscriber.is_confirmed:
        address = subscriber.email
        transaction.on_commit(lambda: tasks.send_manage_link.enqueue(email=address))


def page_published(*, page: Page) -> bool:
    """Queue a notice to the page's followers when its publisher marked the change as one."""
    note = page_follower_notice(page)
    if not note:
        return False
    page_id = page.pk
    transaction.on_commit(lambda: tasks.notify_followers.enqueue(page_id=page_id, note=note))
    return True


def prune(*, now: datetime.datetime | None = None) -> tuple[int, int]:
    """Delete addresses never confirmed within 7 days, and sent notices no longer needed."""
    now = now or timezone.now()
    subscribers, _ = Subscriber.objects.unconfirmed_before(
        now - datetime.timedelta(days=UNCONFIRMED_DAYS)
    ).delete()
    notices, _ = FollowerNotice.objects.filter(
        sent_at__isnull=False,
        day__lt=timezone.localdate(now) - datetime.timedelta(days=NOTICE_KEEP_DAYS),
    ).delete()
    return subscribers, notices
