"""A full event says "Full: join the waiting list" and its event data says SoldOut."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from tests.training.helpers import booking_details
from training import services

pytestmark = pytest.mark.django_db

FULL = "Full: join the waiting list"
YEARS_AHEAD = datetime.timedelta(days=3 * 365)
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def availability(client, event) -> str:
    (text,) = JSON_LD.findall(client.get(event.url).content.decode())
    return json.loads(text)["offers"]["availability"]


def fill(event, places: int) -> None:
    for number in range(1, places + 1):
        services.book_place(event=event, **booking_details(number))


def listing(client, event) -> str:
    """The listing of face-to-face events in the month of `event`, which the test builds years
    ahead so that its events are the month's only ones."""
    month = timezone.localtime(event.start).strftime("%Y-%m")
    return client.get(f"/training/?format=face_to_face&month={month}").content.decode()


def test_a_full_event_says_so_in_the_listing(client, make_event):
    full = make_event(capacity=2, title="Full course", starts_in=YEARS_AHEAD)
    open_ = make_event(title="Open course", starts_in=YEARS_AHEAD)
    fill(full, 2)
    fill(open_, 1)
    html = listing(client, full)
    card = re.compile(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>(.*?)</li>', re.S)
    cards = dict(card.findall(html))
    assert FULL in cards["Full course"]
    assert FULL not in cards["Open course"]


def test_a_full_event_says_so_on_its_page_and_in_its_event_data(client, make_event):
    event = make_event(capacity=1)
    assert availability(client, event) == "https://schema.org/InStock"
    assert FULL not in client.get(event.url).content.decode()
    fill(event, 1)
    html = client.get(event.url).content.decode()
    assert html.count(FULL) == 2, "in the event's details and above the form"
    assert availability(client, event) == "https://schema.org/SoldOut"
    services.book_place(event=event, **booking_details(5))
    assert availability(client, event) == "https://schema.org/SoldOut", "waiting list too"


def test_a_closed_full_event_offers_no_waiting_list(client, make_event):
    event = make_event(capacity=1, starts_in=YEARS_AHEAD)
    fill(event, 1)
    type(event).objects.filter(pk=event.pk).update(booking_open=False)
    assert FULL not in client.get(event.url).content.decode()
    card = listing(client, event).split(f">{event.title}</a>", 1)[1].split("</li>", 1)[0]
    assert FULL not in card
