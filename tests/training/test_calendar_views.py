"""Served calendar files: per event and for every upcoming event, in UK time."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from demo.bulk import add_live_children
from tests.training.helpers import add_event_at, event_at
from training import calendar_views
from training.models import TrainingEventPage, TrainingIndexPage

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def fetch_calendar(client, url: str, filename: str) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    return Calendar.from_ical(response.content)


def assert_half_past_nine_in_london(item, offset_hours: int) -> None:
    start = item.decoded("dtstart")
    assert item["dtstart"].params["TZID"] == "Europe/London"
    assert (start.hour, start.minute) == (9, 30)
    assert start.utcoffset() == datetime.timedelta(hours=offset_hours)
    assert start.astimezone(LONDON).hour == 9


def test_event_files_keep_half_past_nine_in_winter_and_summer(client, db):
    winter = add_event_at("winter-course", datetime.datetime(2030, 1, 15, 9, 30, tzinfo=LONDON))
    summer = add_event_at("summer-course", datetime.datetime(2030, 7, 15, 9, 30, tzinfo=LONDON))
    for event, offset in ((winter, 0), (summer, 1)):
        slug = event.slug
        parsed = fetch_calendar(client, f"/training/events/{event.pk}.ics", f"{slug}.ics")
        (item,) = parsed.walk("VEVENT")
        assert str(item["summary"]) == event.title
        assert_half_past_nine_in_london(item, offset)
        assert str(item["url"]).endswith(f"/training/{slug}/")
        assert [tz["tzid"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/London"]


def next_date(month: int, day: int) -> datetime.datetime:
    """Half past nine on the next `day` of `month` in London: always within the next year."""
    today = timezone.localdate()
    year = today.year if (month, day) > (today.month, today.day) else today.year + 1
    return datetime.datetime(year, month, day, 9, 30, tzinfo=LONDON)


def test_whole_calendar_lists_upcoming_events_only(client, db):
    winter = add_event_at("winter-course", next_date(1, 15))
    summer = add_event_at("summer-course", next_date(7, 15))
    past = add_event_at("past-course", timezone.now() - datetime.timedelta(days=3))
    parsed = fetch_calendar(client, "/training/calendar.ics", "training-and-events.ics")
    items = {str(item["summary"]): item for item in parsed.walk("VEVENT")}
    upcoming = TrainingEventPage.objects.upcoming()
    assert set(items) == {event.title for event in upcoming}
    assert not any(event.is_past for event in upcoming)
    assert past.is_past and past.title not in items  # past events are left out
    assert_half_past_nine_in_london(items[winter.title], 0)
    assert_half_past_nine_in_london(items[summer.title], 1)


def test_event_file_is_not_found_for_drafts_private_and_unknown_events(client, db):
    start = datetime.datetime(2030, 3, 1, 9, 30, tzinfo=LONDON)
    draft = add_event_at("draft-course", start, live=False)
    private = add_event_at("private-course", start)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for pk in (draft.pk, private.pk, 999999):
        assert client.get(f"/training/events/{pk}.ics").status_code == 404
    calendar = client.get("/training/calendar.ics").content.decode()
    assert "Draft Course" not in calendar and "Private Course" not in calendar


def test_event_and_index_pages_link_to_their_calendar_files(client, db):
    event = add_event_at("linked-course", timezone.now() + datetime.timedelta(days=5))
    html = client.get(event.url).content.decode()
    assert f'href="/training/events/{event.pk}.ics"' in html
    assert "Add to calendar" in html
    html = client.get("/training/").content.decode()
    assert 'href="/training/calendar.ics"' in html
    past = add_event_at("finished-course", timezone.now() - datetime.timedelta(days=3))
    html = client.get(past.url).content.decode()
    assert past.title in html
    assert f"/training/events/{past.pk}.ics" not in html


def add_upcoming_events(count: int, *, first_day: int = 1) -> None:
    now = timezone.now()
    events = [
        event_at(f"volume-course-{day}", now + datetime.timedelta(days=day), summary="Volume.")
        for day in range(first_day, first_day + count)
    ]
    add_live_children(TrainingIndexPage.objects.get(), events, index=False)


def calendar_queries(client) -> tuple[int, int]:
    """(queries, events) for one download of the whole calendar."""
    with CaptureQueriesContext(connection) as queries:
        parsed = fetch_calendar(client, "/training/calendar.ics", "training-and-events.ics")
    return len(queries), len(parsed.walk("VEVENT"))


# No shared cache: Wagtail then looks up the sites' root paths for every address it builds
# without a request, which is what made a large calendar slow.
@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
def test_whole_calendar_costs_the_same_queries_for_3_or_60_events(client, db):
    TrainingEventPage.objects.update(live=False)
    add_upcoming_events(3)
    few, listed = calendar_queries(client)
    assert listed == 3
    add_upcoming_events(57, first_day=4)
    many, listed = calendar_queries(client)
    assert listed == 60
    assert many == few
    assert few <= 4


def test_whole_calendar_holds_the_soonest_events_of_the_next_year(client, db, monkeypatch):
    TrainingEventPage.objects.update(live=False)
    now = timezone.now()
    add_event_at("next-week", now + datetime.timedelta(days=7))
    add_event_at("next-month", now + datetime.timedelta(days=30))
    add_event_at("in-two-months", now + datetime.timedelta(days=60))
    add_event_at("in-two-years", now + datetime.timedelta(days=730))
    parsed = fetch_calendar(client, "/training/calendar.ics", "training-and-events.ics")
    titles = [str(item["summary"]) for item in parsed.walk("VEVENT")]
    assert titles == ["Next Week", "Next Month", "In Two Months"]
    far = TrainingEventPage.objects.get(slug="in-two-years")
    assert client.get(f"/training/events/{far.pk}.ics").status_code == 200  # still on its own
    monkeypatch.setattr(calendar_views, "CALENDAR_MAX_EVENTS", 2)
    parsed = fetch_calendar(client, "/training/calendar.ics", "training-and-events.ics")
    assert [str(item["summary"]) for item in parsed.walk("VEVENT")] == titles[:2]
