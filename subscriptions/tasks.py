"""Subscriber emails, run by the task queue (never in the request that asked for them)."""

import logging

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from wagtail.models import Page

from . import emails
from .follow import page_topic_ids
from .models import FollowerNotice, Subscriber

logger = logging.getLogger(__name__)


@task()
def send_confirmation(*, email: str, token: str) -> None:
    root_url = emails.site_root_url()
    link = root_url + reverse("subscriptions:confirm", args=[token])
    emails.plain_message(
        to=email,
        subject="Confirm your email updates",
        template="subscriptions/emails/confirm",
        context={"confirm_url": link},
    ).send()


@task()
def send_manage_link(*, email: str) -> None:
    emails.render_message(
        to=email,
        subject="Manage your email updates",
        template="subscriptions/emails/manage",
        context={},
    ).send()


def _claim_notice(subscriber: Subscriber, page: Page, note: str) -> FollowerNotice | None:
    """Today's notice for this follower and page, unless there already is one."""
    try:
        with transaction.atomic():
            return FollowerNotice.objects.create(subscriber=subscriber, page=page, note=note)
    except IntegrityError:
        return None


@task()
def notify_followers(*, page_id: int, note: str) -> int:
    """One email to each follower of the page or its topics (one a page a day at most).

    Followers who chose the weekly digest get the change in their next digest instead.
    Returns the number of emails sent.
    """
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    root_url = emails.site_root_url()
    page_url = page.get_full_url() or root_url
    sent = 0
    followers = Subscriber.objects.following_page(page_id=page.pk, topic_ids=page_topic_ids(page))
    for subscriber in followers.iterator():
        notice = _claim_notice(subscriber, page, note)
        if notice is None or subscriber.frequency == Subscriber.Frequency.WEEKLY:
            continue
        message = emails.render_message(
            to=subscriber.email,
            subject=f"Updated: {page.title}",
            template="subscriptions/emails/page_changed",
            context={"page_title": page.title, "page_url": page_url, "note": note},
            root_url=root_url,
        )
        try:
            message.send()
        except Exception:  # one bad address must not stop the others
            logger.exception(
                "Follower notice for page %s to subscriber %s failed", page_id, subscriber.pk
            )
            notice.delete()
            continue
        FollowerNotice.objects.filter(pk=notice.pk).update(sent_at=timezone.now())
        sent += 1
    return sent


@task()
def send_weekly_digests() -> int:
    """One email to each weekly-digest subscriber with the changes not yet sent to them."""
    root_url = emails.site_root_url()
    pending = (
        FollowerNotice.objects.filter(sent_at__isnull=True, subscriber__confirmed_at__isnull=False)
        .select_related("subscriber", "page")
        .order_by("subscriber_id", "day", "pk")
    )
    by_subscriber: dict[int, list[FollowerNotice]] = {}
    for notice in pending:
        by_subscriber.setdefault(notice.subscriber_id, []).append(notice)
    sent = 0
    for notices in by_subscriber.values():
        subscriber = notices[0].subscriber
        items = [
            {
                "title": n.page.title,
                "url": n.page.specific.get_full_url(),
                "note": n.note,
                "day": n.day,
            }
            for n in notices
        ]
        message = emails.render_message(
            to=subscriber.email,
            subject="This week's changes to pages you follow",
            template="subscriptions/emails/digest",
            context={"items": items},
            root_url=root_url,
        )
        try:
            message.send()
        except Exception:
            logger.exception("Weekly digest to subscriber %s failed", subscriber.pk)
            continue
        FollowerNotice.objects.filter(pk__in=[n.pk for n in notices]).update(sent_at=timezone.now())
        sent += 1
    return sent
