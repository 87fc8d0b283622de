"""iCalendar (.ics) files for training events, in UK time across clock changes."""

import datetime
from collections.abc import Iterable

from django.http import HttpRequest
from django.utils import timezone
from icalendar import Calendar, Event, vText

PRODUCT_ID = "-//Safeguarding Partnership Portal//Training//EN"


def event_location(event) -> str:
    if event.venue:
        return ", ".join(line.strip() for line in event.venue.splitlines() if line.strip())
    return event.get_event_format_display()


def calendar_for(
    events: Iterable,
    *,
    base_url: str,
    name: str = "Training & Events",
    request: HttpRequest | None = None,
) -> bytes:
    """One VCALENDAR holding a VEVENT for each event, with a VTIMEZONE for Europe/London.

    `base_url` is the site's address (scheme and host) used for links and stable UIDs.
    Give the `request` when there is one: the sites' root paths are then looked up once for
    the whole file, not once for each event.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/London")
    host = base_url.split("://", 1)[-1].split("/", 1)[0] or "portal"
    stamp = timezone.now().astimezone(datetime.UTC)
    for event in events:
        entry = Event()
        entry.add("uid", f"training-event-{event.pk}@{host}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", timezone.localtime(event.start, timezone.get_default_timezone()))
        entry.add("dtend", timezone.localtime(event.end, timezone.get_default_timezone()))
        entry.add("summary", event.title)
        description = event.summary or ""
        if event.joining_details:
            description = f"{description}\n\n{event.joining_details}".strip()
        entry.add("description", description)
        entry["location"] = vText(event_location(event))
        path = event.get_url(request)
        if path:
            entry.add("url", path if "://" in path else base_url.rstrip("/") + path)
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()
