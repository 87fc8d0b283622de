"""Event pages carry schema.org Event data that cannot break out of its script element."""

import datetime
import json
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Site

from portal.models import SiteSettings
from tests.factories.training import TrainingEventPageFactory
from training.structured_data import price_of

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def structured_data(client, page) -> dict:
    html = client.get(page.url).content.decode()
    (text,) = JSON_LD.findall(html)
    return json.loads(text)


@pytest.fixture
def face_to_face(db):
    return TrainingEventPageFactory(
        title="A conference at the library",
        event_format="face_to_face",
        venue="Manchester Central Library\nSt Peter's Square\nManchester M2 5PD",
        cost="Free",
    )


def test_face_to_face_event_is_an_offline_event_at_a_place(client, face_to_face):
    event = face_to_face
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = "Northtown Safeguarding Partnership"
    site_settings.save()
    data = structured_data(client, event)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["description"] == event.summary
    start = datetime.datetime.fromisoformat(data["startDate"])
    assert start == event.start and start.utcoffset() is not None
    assert datetime.datetime.fromisoformat(data["endDate"]) == event.end
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert "Manchester Central Library" in data["location"]["address"]
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Northtown Safeguarding Partnership",
    }
    assert data["offers"]["price"] == "0"
    assert data["offers"]["priceCurrency"] == "GBP"


def test_virtual_event_is_online_with_a_virtual_location(client, db):
    event = TrainingEventPageFactory(event_format="virtual", joining_details="A link by email.")
    data = structured_data(client, event)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["location"]["url"].endswith(event.url)


def test_summer_start_carries_the_british_summer_time_offset(client, db):
    start = datetime.datetime(2030, 7, 15, 9, 30, tzinfo=LONDON)
    event = TrainingEventPageFactory(
        title="Summer course",
        start=start,
        end=start + datetime.timedelta(hours=2),
        event_format="virtual",
        cost="£25 per person",
    )
    data = structured_data(client, event)
    assert data["startDate"] == "2030-07-15T09:30:00+01:00"
    assert data["offers"]["price"] == "25.00"


def test_text_cannot_close_the_script_element(client, face_to_face):
    event = face_to_face
    event.summary = "Bring notes </script><script>alert(1)</script> & questions"
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)" not in html
    assert structured_data(client, event)["description"] == event.summary


@pytest.mark.parametrize(
    "cost, price",
    [("Free", "0"), ("free to partners", "0"), ("£25", "25"), ("£9.50", "9.50"), ("TBC", None)],
)
def test_price_is_read_from_the_cost_shown(cost, price):
    assert price_of(cost) == (None if price is None else Decimal(price))
