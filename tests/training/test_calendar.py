"""Calendar files carry UK times correctly on both sides of a clock change."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from training.calendar import calendar_for
from training.models import TrainingEventPage, TrainingIndexPage

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def make_event(index, slug, start):
    event = TrainingEventPage(
        title=slug.replace("-", " ").title(),
        slug=slug,
        start=start,
        end=start + datetime.timedelta(hours=2),
        event_format="face_to_face",
        venue="Town Hall\nAlbert Square",
    )
    index.add_child(instance=event)
    return event


def test_calendar_keeps_local_times_across_the_clock_change(demo_site):
    index = TrainingIndexPage.objects.get()
    winter = make_event(
        index, "winter-session", datetime.datetime(2027, 3, 27, 9, 30, tzinfo=LONDON)
    )
    summer = make_event(
        index, "summer-session", datetime.datetime(2027, 3, 29, 9, 30, tzinfo=LONDON)
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
