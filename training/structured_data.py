"""schema.org Event data for training events, so search engines can list them."""

import re
from decimal import Decimal, InvalidOperation

from django.utils import timezone

from .calendar import event_location

SCHEMA = "https://schema.org/"
ATTENDANCE_MODES = {
    "face_to_face": "OfflineEventAttendanceMode",
    "virtual": "OnlineEventAttendanceMode",
    "e_learning": "OnlineEventAttendanceMode",
}
PRICE = re.compile(r"£\s*(\d+(?:\.\d{1,2})?)")


def price_of(cost: str) -> Decimal | None:
    """The price in pounds from the cost shown to readers ('Free', '£25'), or None."""
    text = (cost or "").strip()
    if text.lower().startswith("free"):
        return Decimal("0")
    match = PRICE.search(text)
    if match is None:
        return None
    try:
        return Decimal(match.group(1))
    except InvalidOperation:
        return None


def event_structured_data(
    event, *, organisation: str, request=None, places_left: int | None = None
) -> dict:
    """A JSON-ready schema.org Event for one training event page.

    `places_left` (when booking is open) makes the offer InStock, or SoldOut at none.
    """
    url = event.get_full_url(request)
    mode = ATTENDANCE_MODES.get(event.event_format, "MixedEventAttendanceMode")
    place = {"@type": "Place", "name": event_location(event)}
    if event.venue:
        place["address"] = event_location(event)
    virtual = {"@type": "VirtualLocation", "url": url}
    locations = {
        "OfflineEventAttendanceMode": place,
        "OnlineEventAttendanceMode": virtual,
        "MixedEventAttendanceMode": [place, virtual],
    }
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary or event.search_description,
        "startDate": timezone.localtime(event.start, timezone.get_default_timezone()).isoformat(),
        "endDate": timezone.localtime(event.end, timezone.get_default_timezone()).isoformat(),
        "eventAttendanceMode": SCHEMA + mode,
        "eventStatus": SCHEMA + "EventScheduled",
        "location": locations[mode],
        "organizer": {"@type": "Organization", "name": organisation},
        "url": url,
    }
    if event.audience:
        data["audience"] = {"@type": "Audience", "audienceType": event.audience}
    price = price_of(event.cost)
    if price is not None:
        data["offers"] = {
            "@type": "Offer",
            "price": f"{price:.2f}" if price else "0",
            "priceCurrency": "GBP",
            "url": url,
        }
        if event.booking_open and not event.is_past:
            sold_out = places_left is not None and places_left <= 0
            data["offers"]["availability"] = SCHEMA + ("SoldOut" if sold_out else "InStock")
    return data
