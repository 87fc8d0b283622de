"""The scheduled check: did an alert start or end since the last look? Then purge."""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import AlertBanner, AlertWindowCheck
from .signals import announce

# The first run looks back this far.
FIRST_LOOK_BACK = datetime.timedelta(minutes=2)


def check_windows(*, now: datetime.datetime | None = None) -> int:
    """Count alerts whose window started or ended since the last check; purge if any.

    The time of the last check is kept in the database, so a missed run (or two machines
    running the job) never misses or repeats a purge.
    """
    now = now or timezone.now()
    with transaction.atomic():
        check = AlertWindowCheck.objects.select_for_update().filter(pk=1).first()
        if check is None:
            check = AlertWindowCheck(pk=1, checked_at=now - FIRST_LOOK_BACK)
        last = check.checked_at
        if now <= last:
            return 0
        crossed = AlertBanner.objects.crossed_between(last, now).count()
        check.checked_at = now
        check.save()
        if crossed:
            announce("window")
    return crossed
