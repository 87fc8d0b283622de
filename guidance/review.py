"""Review dates for guidance: which pages are due, marking a review, and owner reminders."""

import datetime

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Case, CharField, QuerySet, Value, When
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.log_actions import log

from .models import DUE_SOON_DAYS, REVIEW_INTERVAL, GuidancePage, ReviewReminder

MARK_REVIEWED_ACTION = "portal.mark_reviewed"


def due_soon_limit(today: datetime.date) -> datetime.date:
    return today + datetime.timedelta(days=DUE_SOON_DAYS)


def with_review_state(queryset: QuerySet, *, today: datetime.date) -> QuerySet:
    """Annotate ``review_state_code`` (one of REVIEW_STATES' codes) to filter on."""
    return queryset.annotate(
        review_state_code=Case(
            When(next_review_due__isnull=True, then=Value("no_date")),
            When(next_review_due__lt=today, then=Value("overdue")),
            When(next_review_due__lte=due_soon_limit(today), then=Value("due_soon")),
            default=Value("current"),
            output_field=CharField(),
        )
    )


def due_for_review(*, today: datetime.date | None = None) -> QuerySet:
    """Guidance overdue for review or due within DUE_SOON_DAYS, soonest first."""
    today = today or timezone.localdate()
    return (
        GuidancePage.objects.filter(next_review_due__lte=due_soon_limit(today))
        .select_related("owner_user")
        .order_by("next_review_due", "title")
    )


@transaction.atomic
def mark_reviewed(
    *, page: GuidancePage, user: AbstractBaseUser, today: datetime.date | None = None
) -> GuidancePage:
    """Record a review today: last reviewed = today, next review due = today + 12 months.

    Content is not edited and no new revision is made. The live row and the latest (and
    live) revision are updated alike, so publishing an existing draft later keeps the dates.
    """
    today = today or timezone.localdate()
    next_due = today + REVIEW_INTERVAL
    GuidancePage.objects.filter(pk=page.pk).update(last_reviewed=today, next_review_due=next_due)
    revision_ids = {page.latest_revision_id, page.live_revision_id} - {None}
    for revision in page.revisions.filter(pk__in=revision_ids):
        revision.content["last_reviewed"] = today.isoformat()
        revision.content["next_review_due"] = next_due.isoformat()
        revision.save(update_fields=["content"])
    page.last_reviewed, page.next_review_due = today, next_due
    log(
        instance=page,
        action=MARK_REVIEWED_ACTION,
        user=user,
        data={"last_reviewed": today.isoformat(), "next_review_due": next_due.isoformat()},
    )
    return page


def send_review_reminders(*, today: datetime.date | None = None) -> int:
    """Email each owner the guidance they must review; at most one email a day per owner.

    Returns the number of emails sent.
    """
    today = today or timezone.localdate()
    pages_by_owner: dict = {}
    for page in due_for_review(today=today).filter(owner_user__isnull=False):
        pages_by_owner.setdefault(page.owner_user, []).append(page)
    sent = 0
    for owner, pages in pages_by_owner.items():
        if not owner.email or not owner.is_active:
            continue
        with transaction.atomic():
            reminder, _created = ReviewReminder.objects.select_for_update().get_or_create(
                user=owner, defaults={"sent_on": None}
            )
            if reminder.sent_on == today:
                continue
            context = {
                "owner": owner,
                "pages": pages,
                "today": today,
                "admin_base_url": settings.WAGTAILADMIN_BASE_URL,
            }
            plural = "s" if len(pages) > 1 else ""
            send_mail(
                subject=f"Guidance due for review: {len(pages)} page{plural}",
                message=render_to_string("guidance/emails/review_reminder.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[owner.email],
            )
            reminder.sent_on = today
            reminder.save(update_fields=["sent_on"])
            sent += 1
    return sent
