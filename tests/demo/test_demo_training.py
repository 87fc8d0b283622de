"""What the demo loader puts in the training section: events open, full and past, with bookings."""

import json
import re

import pytest
from django.core.management import call_command

from training.models import Booking

pytestmark = pytest.mark.django_db


def test_demo_has_open_full_and_past_events(client, demo_site):
    open_page = client.get("/training/self-neglect-conference/").content.decode()
    places = int(re.search(r'data-places-left="(\d+)"', open_page).group(1))
    assert places > 0
    full_page = client.get("/training/face-to-face-virtual-training-offer/").content.decode()
    assert 'data-places-left="0"' in full_page
    assert Booking.objects.filter(
        event__slug="face-to-face-virtual-training-offer", status="waiting"
    ).exists()
    past_page = client.get("/training/domestic-abuse-awareness-volunteers/").content.decode()
    assert "This event has finished" in past_page
    assert "data-places-left" not in past_page


def test_loading_the_demo_again_adds_no_bookings(demo_site):
    before = list(Booking.objects.order_by("pk").values_list("pk", "status"))
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Booking.objects.order_by("pk").values_list("pk", "status")) == before
    assert len(before) >= 4


def test_the_demo_conference_is_at_the_central_library_for_the_partnership(client, demo_site):
    html = client.get("/training/self-neglect-conference/").content.decode()
    (text,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(text)
    assert "Manchester Central Library" in data["location"]["address"]
    assert data["organizer"]["name"] == "Manchester Safeguarding Partnership"
