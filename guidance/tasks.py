"""Guidance emails, run by the task queue (never in the command or request that asks)."""

import datetime

from django_tasks import task

from . import review


@task()
def send_review_reminders(*, today: str | None = None) -> int:
    """Email each owner the guidance due for review (``today`` as an ISO date, else today).

    Returns the number of emails sent; owners already reminded that day get nothing.
    """
    day = datetime.date.fromisoformat(today) if today else None
    return review.send_review_reminders(today=day)
