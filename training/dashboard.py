"""The "Training" dashboard panel: the next events at a glance, for the staff who run them."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import Booking, TrainingEventPage, holds_place_q

# Events starting within this many days with free places and people waiting are flagged.
FLAG_WITHIN_DAYS = 7


@dataclass
class EventSummary:
    event: TrainingEventPage
    confirmed: int
    waiting: int
    places_left: int
    flagged: bool


def upcoming_event_summaries(
    *, limit: int = 10, now: datetime.datetime | None = None
) -> tuple[list[EventSummary], int]:
    """The next `limit` events with their counts, and how many more are upcoming (two queries)."""
    now = now or timezone.now()
    upcoming = TrainingEventPage.objects.upcoming()  # checks view restrictions once
    events = upcoming.annotate(
        confirmed_count=Count("bookings", filter=Q(bookings__status=Booking.Status.CONFIRMED)),
        waiting_count=Count("bookings", filter=Q(bookings__status=Booking.Status.WAITING)),
        holding_count=Count("bookings", filter=holds_place_q(prefix="bookings__")),
    )
    flag_before = now + datetime.timedelta(days=FLAG_WITHIN_DAYS)
    summaries = []
    for event in events.only("pk", "title", "start", "end", "capacity", "path", "depth")[:limit]:
        places_left = max(event.capacity - event.holding_count, 0)
        summaries.append(
            EventSummary(
                event=event,
                confirmed=event.confirmed_count,
                waiting=event.waiting_count,
                places_left=places_left,
                flagged=event.start <= flag_before and event.waiting_count > 0 and places_left > 0,
            )
        )
    more = 0
    if len(summaries) == limit:
        more = max(upcoming.count() - limit, 0)
    return summaries, more


class TrainingPanel(Component):
    """Dashboard panel: upcoming events with places left, confirmed and waiting counts."""

    name = "training"
    order = 160
    template_name = "training/admin/training_panel.html"
    limit = 10

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["summaries"], context["more"] = upcoming_event_summaries(limit=self.limit)
        context["flag_days"] = FLAG_WITHIN_DAYS
        return context
