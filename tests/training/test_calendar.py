"""Calendar files carry UK times correctly on both sides of a clock change."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.training.helpers import add_event_at
from training.calendar import calendar_for

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def test_calendar_keeps_local_times_across_the_clock_change(db):
    winter = add_event_at(
        "winter-session", datetime.datetime(2027, 3, 27, 9, 30, tzinfo=LONDON), hours_long=2
    )
    summer = add_event_at(
        "summer-session", datetime.datetime(2027, 3, 29, 9, 30, tzinfo=LONDON), hours_long=2
    )
    parsed = Calendar.from_ical(calendar_for([winter, summer], base_url="https://portal.example"))
    events = {str(item["summary"]): item for item in parsed.walk("VEVENT")}
    assert events["Winter Session"].decoded("dtstart").utcoffset() == datetime.timedelta(0)
    assert events["Summer Session"].decoded("dtstart").utcoffset() == datetime.timedelta(hours=1)
    for item in events.values():
        start = item.decoded("dtstart")
        assert (start.hour, start.minute) == (9, 30)
        assert item["dtstart"].params["TZID"] == "Europe/London"
    assert [tz["tzid"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/London"]
    assert str(events["Winter Session"]["location"]) == "Town Hall, Albert Square"
    assert str(events["Winter Session"]["url"]) == "https://portal.example/training/winter-session/"
    assert str(events["Winter Session"]["uid"]) == f"training-event-{winter.pk}@portal.example"
