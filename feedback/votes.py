"""Recording "Is this page useful?" answers: counts per page per day, never a row per click."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from .models import PageFeedback


def pages_open_to_feedback():
    """Pages any reader could see: live, and under no view restriction."""
    return Page.objects.live().public()


def record_vote(*, page: Page, useful: bool) -> None:
    """Add one answer to today's counts for the page (safe when votes arrive together)."""
    counter = "yes_count" if useful else "no_count"
    today = timezone.localdate()
    rows = PageFeedback.objects.filter(page=page, day=today)
    if rows.update(**{counter: F(counter) + 1}):
        return
    try:
        with transaction.atomic():
            PageFeedback.objects.create(page=page, day=today, **{counter: 1})
    except IntegrityError:  # another vote made today's row first
        rows.update(**{counter: F(counter) + 1})
