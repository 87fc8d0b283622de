"""Phone numbers with their opening hours, kept in the site settings.

The hours are structured (days, opening and closing times, what happens on bank holidays) so
the same data prints as plain text for every reader and travels to the browser as a JSON
schedule, where "who do I call right now?" is decided: pages are cached, so the server never
decides anything about the present moment.
"""

import datetime
import functools

import holidays
from wagtail import blocks

WEEKDAYS = [
    ("0", "Monday"),
    ("1", "Tuesday"),
    ("2", "Wednesday"),
    ("3", "Thursday"),
    ("4", "Friday"),
    ("5", "Saturday"),
    ("6", "Sunday"),
]
DAY_NAMES = dict(WEEKDAYS)

ROLES = [
    ("children", "Worried about a child (daytime)"),
    ("adults", "Worried about an adult (daytime)"),
    ("out_of_hours", "Out of hours (emergency duty team)"),
    ("police", "Police non-emergency"),
    ("relay", "Relay UK or textphone"),
    ("bsl", "British Sign Language video relay"),
    ("nspcc", "NSPCC helpline"),
    ("childline", "Childline (for children and young people)"),
    ("lado", "Concerns about a professional or volunteer working with children (LADO)"),
    ("position_of_trust", "Concerns about someone in a position of trust working with adults"),
    ("other", "Other"),
]

CLOSED, OPEN_ALL_DAY, USUAL_HOURS = "closed", "open", "usual"
BANK_HOLIDAY_CHOICES = [
    (CLOSED, "Closed on bank holidays"),
    (OPEN_ALL_DAY, "Open 24 hours on bank holidays"),
    (USUAL_HOURS, "Usual hours on bank holidays"),
]


def clock(time: datetime.time | None) -> str:
    """9am, 5pm, 8:30am; midnight for 00:00."""
    if time is None:
        return ""
    if time.hour == 0 and time.minute == 0:
        return "midnight"
    hour = time.hour % 12 or 12
    minutes = f":{time.minute:02d}" if time.minute else ""
    return f"{hour}{minutes}{'am' if time.hour < 12 else 'pm'}"


def minutes(time: datetime.time | None, *, closing: bool = False) -> int:
    """Minutes after midnight; a closing time of 00:00 is the end of the day (1440)."""
    if time is None:
        return 0
    value = time.hour * 60 + time.minute
    return 1440 if closing and value == 0 else value


def day_span(days: list[int]) -> str:
    """Monday to Friday; Saturday and Sunday; Monday, Wednesday and Friday."""
    days = sorted(days)
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"{DAY_NAMES[str(days[0])]} to {DAY_NAMES[str(days[-1])]}"
    names = [DAY_NAMES[str(day)] for day in days]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class OpeningHoursBlock(blocks.StructBlock):
    """One opening period on the chosen days of the week."""

    days = blocks.MultipleChoiceBlock(choices=WEEKDAYS)
    opens = blocks.TimeBlock()
    closes = blocks.TimeBlock(help_text="00:00 means midnight at the end of the day.")

    class Meta:
        icon = "time"


class PhoneLineValue(blocks.StructValue):
    """A number's tel: target, its hours in words and its schedule for the browser."""

    @property
    def tel(self) -> str:
        return "".join(ch for ch in self.get("number") or "" if ch.isdigit() or ch == "+")

    def periods(self) -> list[dict]:
        return [
            {
                "days": sorted(int(day) for day in period["days"]),
                "opens": minutes(period["opens"]),
                "closes": minutes(period["closes"], closing=True),
            }
            for period in self.get("hours") or []
            if period["days"] and period["opens"] is not None and period["closes"] is not None
        ]

    @property
    def hours_text(self) -> str:
        """The opening hours as a reader would say them."""
        if self.get("always_open"):
            return "24 hours a day, every day"
        by_day: dict[int, list[str]] = {}
        for period in self.get("hours") or []:
            if period["opens"] is None or period["closes"] is None:
                continue
            if minutes(period["opens"]) == 0 and minutes(period["closes"], closing=True) == 1440:
                text = "24 hours"
            else:
                text = f"{clock(period['opens'])} to {clock(period['closes'])}"
            for day in period["days"]:
                by_day.setdefault(int(day), []).append(text)
        groups: dict[str, list[int]] = {}
        for day in sorted(by_day):
            groups.setdefault(" and ".join(by_day[day]), []).append(day)
        parts = [f"{day_span(days)}: {times}" for times, days in groups.items()]
        bank = self.get("bank_holidays")
        if bank == CLOSED and parts:
            parts.append("closed on bank holidays")
        elif bank == OPEN_ALL_DAY:
            parts.append("bank holidays: 24 hours")
        return "; ".join(parts) if parts else "Hours not given"

    def schedule(self) -> dict:
        return {
            "role": self.get("role"),
            "name": self.get("name"),
            "number": self.get("number"),
            "tel": self.tel,
            "always": bool(self.get("always_open")),
            "hours": self.periods(),
            "bankHolidays": self.get("bank_holidays") or CLOSED,
        }


class PhoneLineBlock(blocks.StructBlock):
    """A number readers can call, who answers it and when."""

    role = blocks.ChoiceBlock(choices=ROLES, help_text="Where the number is used on the site.")
    name = blocks.CharBlock(max_length=100, help_text="Who answers, e.g. Children's services.")
    number = blocks.CharBlock(max_length=40)
    note = blocks.CharBlock(
        required=False, max_length=200, help_text="Optional, e.g. Free from any phone."
    )
    always_open = blocks.BooleanBlock(required=False, label="Open 24 hours, every day")
    hours = blocks.ListBlock(OpeningHoursBlock(), default=[], label="Opening hours")
    bank_holidays = blocks.ChoiceBlock(choices=BANK_HOLIDAY_CHOICES, default=CLOSED)
    call_now = blocks.BooleanBlock(
        required=False,
        label="Offer in “Who do I call right now?”",
        help_text="For numbers that take reports about children or adults at risk.",
    )

    class Meta:
        icon = "mobile-alt"
        value_class = PhoneLineValue


@functools.lru_cache(maxsize=4)
def bank_holidays(today: datetime.date) -> tuple[str, ...]:
    """England and Wales bank holidays this year and next, as ISO dates."""
    days = holidays.UK(subdiv="ENG", years=[today.year, today.year + 1])
    return tuple(sorted(day.isoformat() for day in days))


def call_now_schedule(lines, today: datetime.date) -> dict:
    """What the browser needs to pick the number answered now (see static/js/call-now.js)."""
    return {
        "timeZone": "Europe/London",
        "bankHolidays": list(bank_holidays(today)),
        "lines": [line.value.schedule() for line in lines if line.value.get("call_now")],
    }
