"""Helpers for booking tests: make events and booking details."""

import datetime

from django.utils import timezone
from wagtail.models import Site

from portal.models import HomePage
from portal.tree import tree_root
from tests.factories.training import TrainingEventPageFactory, TrainingIndexPageFactory
from training.models import TrainingEventPage, TrainingIndexPage

# Where the booking tests' face-to-face events take place.
VENUE = "Town Hall\nAlbert Square\nManchester"


def ensure_training_site() -> None:
    """A home page, site and training index, when a flush has left none (transactional tests)."""
    if TrainingIndexPage.objects.exists():
        return
    if not Site.objects.filter(is_default_site=True).exists():
        home = HomePage(title="Home", slug="home")
        tree_root().add_child(instance=home)
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    TrainingIndexPageFactory(title="Training & Events")


def add_event(
    *,
    capacity: int = 10,
    starts_in: datetime.timedelta = datetime.timedelta(days=10),
    hours_long: int = 3,
    booking_open: bool = True,
    closes_hours_before: int = 24,
    title: str = "",
    **fields,
) -> TrainingEventPage:
    """A published face-to-face event under the training index, starting `starts_in` from now."""
    start = timezone.now() + starts_in
    if title:
        fields["title"] = title
    return TrainingEventPageFactory(
        start=start,
        end=start + datetime.timedelta(hours=hours_long),
        event_format="face_to_face",
        venue=VENUE,
        capacity=capacity,
        booking_open=booking_open,
        booking_closes_hours_before=closes_hours_before,
        **fields,
    )


def _at(slug: str, start: datetime.datetime, hours_long: int, fields: dict) -> dict:
    return {
        "title": slug.replace("-", " ").title(),
        "slug": slug,
        "start": start,
        "end": start + datetime.timedelta(hours=hours_long),
        "event_format": "face_to_face",
        "venue": "Town Hall\nAlbert Square",
        **fields,
    }


def event_at(
    slug: str, start: datetime.datetime, *, hours_long: int = 3, **fields
) -> TrainingEventPage:
    """An unsaved event titled from its slug, at a given time."""
    return TrainingEventPageFactory.build(parent=None, **_at(slug, start, hours_long, fields))


def add_event_at(
    slug: str, start: datetime.datetime, *, hours_long: int = 3, **fields
) -> TrainingEventPage:
    """An event under the training index (published unless `live=False`), titled from its
    slug, at a given time."""
    return TrainingEventPageFactory(**_at(slug, start, hours_long, fields))


def booking_details(number: int = 1, **overrides) -> dict:
    details = {
        "name": f"Person {number}",
        "email": f"person{number}@example.invalid",
        "organisation": "Children's Services",
        "role": "Social worker",
        "needs": "",
        "consent": True,
    }
    details.update(overrides)
    return details


def form_data(number: int = 1, **overrides) -> dict:
    """`booking_details` as the booking form posts them (empty fields left out)."""
    data = booking_details(number, **overrides)
    data["consent"] = "on" if data["consent"] else ""
    return {key: value for key, value in data.items() if value != ""}


def book_url(event) -> str:
    return event.url + "book/"


class FailingEmailBackend:
    """An email backend whose server is always down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server unavailable")


def book_in_browser(page, name: str, email: str, organisation: str, role: str, *, consent: bool):
    """Fill in the booking form on a Playwright page and send it."""
    page.fill("#booking-name", name)
    page.fill("#booking-email", email)
    page.fill("#booking-organisation", organisation)
    page.fill("#booking-role", role)
    if consent:
        page.check("#booking-consent")
    page.get_by_role("button", name="Book a place").click()
