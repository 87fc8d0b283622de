"""Phone numbers with opening hours: their words, tel: targets and the browser's schedule."""

import datetime

import pytest

from portal.phone_lines import PhoneLineBlock, bank_holidays, call_now_schedule
from tests.factories.concerns import made_up_number, set_phone_lines

pytestmark = pytest.mark.django_db

WEEKDAYS = ["0", "1", "2", "3", "4"]


def make_line(**value):
    raw = {
        "role": "children",
        "name": "Children's services",
        "number": "0161 234 5001",
        "note": "",
        "always_open": False,
        "hours": [{"days": WEEKDAYS, "opens": "09:00", "closes": "17:00"}],
        "bank_holidays": "closed",
        "call_now": True,
    }
    raw.update(value)
    return PhoneLineBlock().to_python(raw)


def test_office_hours_in_words_and_tel_target():
    line = make_line()
    assert line.hours_text == "Monday to Friday: 9am to 5pm; closed on bank holidays"
    assert line.tel == "01612345001"
    assert make_line(number="18001 0161 234 5001").tel == "1800101612345001"


def test_out_of_hours_pattern_in_words():
    line = make_line(
        hours=[
            {"days": WEEKDAYS, "opens": "00:00", "closes": "08:30"},
            {"days": WEEKDAYS, "opens": "17:00", "closes": "00:00"},
            {"days": ["5", "6"], "opens": "00:00", "closes": "00:00"},
        ],
        bank_holidays="open",
    )
    assert line.hours_text == (
        "Monday to Friday: midnight to 8:30am and 5pm to midnight; "
        "Saturday and Sunday: 24 hours; bank holidays: 24 hours"
    )
    periods = line.schedule()["hours"]
    assert periods[0] == {"days": [0, 1, 2, 3, 4], "opens": 0, "closes": 510}
    assert periods[1] == {"days": [0, 1, 2, 3, 4], "opens": 1020, "closes": 1440}
    assert line.schedule()["bankHolidays"] == "open"


def test_always_open_and_odd_days():
    assert make_line(always_open=True, hours=[]).hours_text == "24 hours a day, every day"
    line = make_line(hours=[{"days": ["0", "2", "4"], "opens": "12:00", "closes": "13:30"}])
    assert line.hours_text.startswith("Monday, Wednesday and Friday: 12pm to 1:30pm")
    assert make_line(hours=[], bank_holidays="usual").hours_text == "Hours not given"


def test_bank_holidays_this_year_and_next_for_england_and_wales():
    days = bank_holidays(datetime.date(2026, 11, 25))
    assert "2026-12-25" in days and "2026-12-28" in days  # Boxing Day observed
    assert "2027-12-27" in days and "2027-03-26" in days  # Christmas observed, Good Friday
    assert "2026-03-17" not in days  # St Patrick's Day is Northern Ireland's only
    assert "2028-01-01" not in days


def test_schedule_holds_only_call_now_lines():
    site_settings = set_phone_lines()  # every role has a line; three are call-now lines
    assert len(site_settings.phone_lines) > 3
    schedule = call_now_schedule(site_settings.phone_lines, datetime.date(2026, 6, 1))
    assert schedule["timeZone"] == "Europe/London"
    assert [line["role"] for line in schedule["lines"]] == ["children", "adults", "out_of_hours"]
    assert "2026-08-31" in schedule["bankHolidays"]


def test_old_number_names_read_and_write_phone_lines():
    site_settings = set_phone_lines()
    assert site_settings.out_of_hours_phone == made_up_number(2)
    assert site_settings.out_of_hours_phone == site_settings.lines_for("out_of_hours")[0]["number"]
    site_settings.out_of_hours_phone = "0800 000 1111"
    site_settings.save()
    site_settings.refresh_from_db()
    assert site_settings.number_for("out_of_hours") == "0800 000 1111"
    # A role with no line yet gets one.
    site_settings.phone_lines = []
    site_settings.children_daytime_phone = "0161 000 0000"
    site_settings.save()
    site_settings.refresh_from_db()
    assert site_settings.children_daytime_phone == "0161 000 0000"
