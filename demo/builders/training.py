"""Training & events: the index, the events and made-up bookings
(demo/content/training.toml)."""

import datetime

from django.utils.text import slugify

from demo.data import read
from portal.models import HomePage
from training.models import Booking, TrainingEventPage, TrainingIndexPage


def load(loader, home: HomePage) -> TrainingIndexPage:
    data = read("training")
    index = loader.child(home, TrainingIndexPage, **data["index"], show_in_menus=True)
    for event in data["events"]:
        start = loader.at(event["days"], event["hour"])
        loader.child(
            index,
            TrainingEventPage,
            event["slug"],
            title=event["title"],
            summary=event["summary"],
            start=start,
            end=start + datetime.timedelta(hours=event["hours"]),
            event_format=event["format"],
            venue=event.get("venue", ""),
            joining_details=event.get("joining_details", ""),
            audience=data["audience"],
            capacity=event["capacity"],
            booking_open=event["booking_open"],
            body=[{"type": "paragraph", "value": event["body"]}],
        )
    bookings(loader, index, data["bookings"])
    return index


def bookings(loader, index: TrainingIndexPage, people_by_event: dict[str, list]) -> None:
    """Made-up bookings, so one event is full with a waiting list; only when none exist."""
    for slug, people in people_by_event.items():
        event = TrainingEventPage.objects.child_of(index).filter(slug=slug).first()
        if event is None or event.bookings.exists():
            continue
        for person in people:
            Booking.objects.create(
                event=event,
                email=f"{slugify(person['name']).replace('-', '.')}@example.invalid",
                consent_to_contact=True,
                **person,
            )
        loader.created.append(f"{len(people)} bookings for “{event.title}”")
