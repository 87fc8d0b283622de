"""Calendar downloads: one event, or every upcoming event, as an iCalendar file."""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from .calendar import calendar_for
from .models import TrainingEventPage

CALENDAR_NAME = "Training & Events"
# The subscribed calendar holds the soonest events starting within this time, at most this many.
CALENDAR_HORIZON = datetime.timedelta(days=366)
CALENDAR_MAX_EVENTS = 300


def site_base_url(request) -> str:
    """The site's configured address (as in canonical links), else the address asked for."""
    site = Site.find_for_request(request)
    return site.root_url if site is not None else request.build_absolute_uri("/")


def ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics(request, pk: int):
    """One live, public event as a calendar file; anything else is not found."""
    event = TrainingEventPage.objects.published().filter(pk=pk).first()
    if event is None:
        raise Http404("No such event.")
    content = calendar_for(
        [event], base_url=site_base_url(request), name=event.title, request=request
    )
    return ics_response(content, f"{slugify(event.title)[:80] or 'event'}.ics")


def upcoming_ics(request):
    """Upcoming events, for subscribing in a calendar app: the soonest first, starting within
    the next year, at most ``CALENDAR_MAX_EVENTS`` of them. A fixed number of queries
    whatever the number of events: one for the events (without their body), and the site's
    root paths once for every event's address (kept on the request)."""
    horizon = timezone.now() + CALENDAR_HORIZON
    events = (
        TrainingEventPage.objects.upcoming()
        .filter(start__lt=horizon)
        .defer_streamfields()[:CALENDAR_MAX_EVENTS]
    )
    content = calendar_for(
        events, base_url=site_base_url(request), name=CALENDAR_NAME, request=request
    )
    return ics_response(content, "training-and-events.ics")
