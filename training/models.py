"""Training and events: an index page and one page per event."""

import datetime
from urllib.parse import urljoin

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.crypto import constant_time_compare
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from portal.blocks import BaseStreamBlock
from portal.listings import ListingIndexPage
from portal.models import BasePage, SummaryMixin, Topic
from portal.pagination import paginate, valid_choice
from portal.query import PortalPageQuerySet

from .forms import BookingForm


def holds_place_q(*, prefix: str = "") -> Q:
    """Bookings that use up one of the event's places (`prefix` for a lookup through a relation)."""
    return Q(**{f"{prefix}status__in": Booking.HOLDING_PLACE})


class BookingState:
    """What the booking area of an event page shows; worked out by `TrainingEventPage`."""

    OPEN = "open"  # places left: the form books a place
    WAITING_LIST = "waiting_list"  # full: the form joins the waiting list
    PAST = "past"
    NOT_OPEN = "not_open"  # staff have not opened booking
    CLOSED = "closed"  # the closing time before the start has passed

    TAKING_BOOKINGS = (OPEN, WAITING_LIST)


class TrainingEventQuerySet(PortalPageQuerySet):
    def upcoming(self):
        return self.published().filter(end__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        return self.published().filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def with_places_held(self):
        """Each event annotated with `places_held`: bookings using up a place (in the query).

        A subquery for each event listed, so a page of ten counts the bookings of ten events
        and not, through a GROUP BY, of every event.
        """
        held = (
            Booking.objects.filter(holds_place_q(), event=OuterRef("pk"))
            .order_by()
            .values("event")
            .annotate(total=models.Count("pk"))
            .values("total")
        )
        return self.annotate(places_held=Coalesce(Subquery(held), 0))


class TrainingIndexPage(ListingIndexPage):
    """Training & events: upcoming and past listed apart, filterable by format and month."""

    subpage_types = ["training.TrainingEventPage"]

    class Meta:
        verbose_name = "training index"

    def listing_context(self, request) -> dict:
        show_past = request.GET.get("when") == "past"
        events = TrainingEventPage.objects.child_of(self)
        event_format = valid_choice(request.GET.get("format"), TrainingEventPage.FORMAT_CHOICES)
        if event_format:
            events = events.filter(event_format=event_format)
        month = parse_month(request.GET.get("month"))
        if month:
            events = events.filter(start__year=month.year, start__month=month.month)
        upcoming, past = self.remembered(
            ("events", event_format, month), lambda: event_counts(events.published())
        )
        if show_past:
            events, count = events.past(), past
        else:
            events, count = events.upcoming().with_places_held(), upcoming
        return {
            "events": paginate(request, events.defer_streamfields(), per_page=10, count=count),
            "show_past": show_past,
            "format_choices": TrainingEventPage.FORMAT_CHOICES,
            "selected_format": event_format,
            "selected_month": month.strftime("%Y-%m") if month else "",
        }


def event_counts(events) -> tuple[tuple[int, int], datetime.datetime | None]:
    """(upcoming, past) numbers of `events`, and when the next of them ends (and they change)."""
    now = timezone.now()
    totals = events.aggregate(
        upcoming=models.Count("pk", filter=Q(end__gte=now)),
        past=models.Count("pk", filter=Q(end__lt=now)),
        next_end=models.Min("end", filter=Q(end__gte=now)),
    )
    return (totals["upcoming"], totals["past"]), totals["next_end"]


def parse_month(value: str | None) -> datetime.date | None:
    """A `YYYY-MM` filter value as the first of that month, or None when it is not one."""
    if not value or len(value) != 7:
        return None
    try:
        return datetime.datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        return None


class TrainingEventPage(SummaryMixin, BasePage):
    """A course, conference or e-learning module practitioners can attend and book a place on."""

    FORMAT_CHOICES = [
        ("face_to_face", "Face to face"),
        ("virtual", "Virtual"),
        ("e_learning", "E-learning"),
    ]
    # Upcoming events are listed in the sidebar of every page (see caching.signals).
    shown_on_every_page = True

    start = models.DateTimeField(help_text="UK time.")
    end = models.DateTimeField(help_text="UK time.")
    event_format = models.CharField("Format", max_length=20, choices=FORMAT_CHOICES)
    venue = models.TextField(blank=True, help_text="Address, for face-to-face events.")
    joining_details = models.TextField(
        blank=True, help_text="How to join a virtual event or reach the e-learning."
    )
    audience = models.CharField(max_length=200, blank=True, help_text="Who the event is for.")
    cost = models.CharField(max_length=100, default="Free")
    capacity = models.PositiveIntegerField(default=30, help_text="Places available.")
    booking_open = models.BooleanField(default=True)
    booking_closes_hours_before = models.PositiveIntegerField(
        "Booking closes (hours before the start)",
        default=24,
        help_text="Readers cannot book, or join the waiting list, after this.",
    )
    body = StreamField(BaseStreamBlock(), blank=True)
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="training_events",
        help_text="Themes the event covers. Learning from reviews with the same themes is "
        "shown on the event page.",
    )

    objects = PageManager.from_queryset(TrainingEventQuerySet)()

    content_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("event_format")],
            "When and how",
        ),
        FieldPanel("venue"),
        FieldPanel("joining_details"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("capacity")]),
                FieldRowPanel(
                    [FieldPanel("booking_open"), FieldPanel("booking_closes_hours_before")]
                ),
                HelpPanel(template="training/admin/event_booking_counts.html"),
            ],
            "Places",
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("body"),
        index.SearchField("audience"),
        index.FilterField("start"),
        index.FilterField("event_format"),
    ]
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types: list[str] = []

    search_date_field = "start"

    class Meta:
        verbose_name = "training event"
        # The soonest events first, without sorting every event (listing, sidebar, calendar);
        # the end in the index too, so finding the first event not yet over passes the past
        # ones in the index alone.
        indexes = [models.Index(fields=["start", "end"], name="training_event_start_end")]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "The event cannot end before it starts."})
        if self.pk and self.capacity is not None:
            taken = self.bookings.filter(holds_place_q()).count()
            if self.capacity < taken:
                raise ValidationError(
                    {
                        "capacity": f"{taken} people already hold a place. Cancel bookings "
                        "before lowering the capacity below that."
                    }
                )

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def has_started(self) -> bool:
        return self.start <= timezone.now()

    @property
    def listing_date(self):
        return timezone.localtime(self.start).date()

    @property
    def when_text(self) -> str:
        """'Monday 7 December 2026, 09:00 to 15:30' in UK time; the end's date if it differs."""
        start, end = timezone.localtime(self.start), timezone.localtime(self.end)
        end_format = "H:i" if start.date() == end.date() else "l j F Y, H:i"
        return f"{dateformat.format(start, 'l j F Y, H:i')} to {dateformat.format(end, end_format)}"

    @property
    def is_full(self) -> bool:
        """Every place is held; needs `places_held` from `with_places_held()` (False without)."""
        held = getattr(self, "places_held", None)
        return held is not None and held >= self.capacity

    @property
    def booking_closes_at(self) -> datetime.datetime:
        return self.start - datetime.timedelta(hours=self.booking_closes_hours_before)

    @property
    def is_booking_open(self) -> bool:
        """Staff have opened booking and the closing time (before the start) has not passed."""
        return self.booking_open and timezone.now() < self.booking_closes_at

    @property
    def booking_counts(self) -> dict[str, int]:
        """How many bookings are in each status, for staff (one query)."""
        counts = dict.fromkeys(Booking.Status.values, 0)
        rows = self.bookings.values_list("status").annotate(total=models.Count("pk")).order_by()
        counts.update(dict(rows))
        return counts

    @property
    def places_left(self) -> int:
        """Places not yet held by anyone: from `with_places_held()`, or one query without it."""
        held = getattr(self, "places_held", None)
        if held is None:
            held = self.bookings.filter(holds_place_q()).count()
        return max(self.capacity - held, 0)

    def booking_state(self, *, places_left: int | None = None, closed_now: bool = False) -> str:
        """The `BookingState` the page shows; `closed_now` when a booking just found it closed."""
        if self.is_booking_open and not closed_now:
            left = self.places_left if places_left is None else places_left
            return BookingState.OPEN if left > 0 else BookingState.WAITING_LIST
        if self.is_past:
            return BookingState.PAST
        if not self.booking_open:
            return BookingState.NOT_OPEN
        return BookingState.CLOSED

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        places_left = None
        if self.is_booking_open:
            places_left = context.setdefault("places_left", self.places_left)
            context.setdefault("booking_form", BookingForm())
        context.setdefault("booking_state", self.booking_state(places_left=places_left))
        return context

    def cache_dependent_urls(self) -> list[str]:
        """Addresses that show this event besides its page, purged with it."""
        return [reverse("training_event_ics", kwargs={"pk": self.pk})]

    def booking_url(self, name: str, **kwargs) -> str:
        """The address of one of the event's booking endpoints (`training/urls.py`)."""
        return reverse(f"training_event_{name}", kwargs={"slug": self.slug, **kwargs})


CANCEL_SALT = "training.booking.cancel"


class Booking(models.Model):
    """One person's place (or waiting-list spot) on a training event; writes go through services."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        WAITING = "waiting", "Waiting list"
        CANCELLED = "cancelled", "Cancelled"
        ATTENDED = "attended", "Attended"
        NO_SHOW = "no_show", "No-show"

    # Statuses that use up one of the event's places.
    HOLDING_PLACE = (Status.CONFIRMED, Status.ATTENDED, Status.NO_SHOW)

    event = models.ForeignKey(TrainingEventPage, on_delete=models.CASCADE, related_name="bookings")
    name = models.CharField(max_length=100)
    email = models.EmailField("Work email", max_length=254)
    organisation = models.CharField(max_length=200)
    role = models.CharField(max_length=100)
    needs = models.TextField("Access or dietary needs", blank=True, max_length=1000)
    consent_to_contact = models.BooleanField(
        "Agreed to be contacted about the course",
        default=False,
        help_text="Optional, and separate from the booking: emails about the booking itself "
        "are sent either way.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, db_index=True)
    created = models.DateTimeField(default=timezone.now, db_index=True)
    updated = models.DateTimeField(auto_now=True)
    email_error = models.TextField(
        "Last email failure",
        blank=True,
        help_text="Empty when the last email to this person was sent without an error.",
    )
    anonymised = models.BooleanField(default=False)
    details_resent_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the details were last emailed again because the same address asked "
        "to book once more.",
    )

    class Meta:
        # The waiting list is served in the order people joined: by id, which the
        # database hands out while the event is locked.
        ordering = ["event", "pk"]
        constraints = [
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=~Q(status="cancelled"),
                name="training_booking_one_per_email",
            ),
            models.CheckConstraint(
                condition=Q(
                    status__in=["confirmed", "waiting", "cancelled", "attended", "no_show"]
                ),
                name="training_booking_known_status",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_status_display()})"

    @property
    def holds_place(self) -> bool:
        return self.status in self.HOLDING_PLACE

    @property
    def cancel_token(self) -> str:
        """`<id>-<signature>`: an HMAC of the id under SECRET_KEY, so it cannot be guessed.

        Only letters, digits, `-` and `_`, as Wagtail's page URLs allow nothing else.
        """
        return f"{self.pk}-{signing.Signer(salt=CANCEL_SALT).signature(str(self.pk))}"

    @staticmethod
    def pk_from_cancel_token(token: str) -> int | None:
        """The booking id a cancellation token was made for, or None when it is forged."""
        pk, _, signature = token.partition("-")
        if not pk.isdigit() or len(pk) > 18 or not signature:
            return None
        expected = signing.Signer(salt=CANCEL_SALT).signature(pk)
        return int(pk) if constant_time_compare(signature, expected) else None

    @property
    def cancel_url(self) -> str:
        """The private link, with the site's address, that lets this person cancel."""
        route = self.event.booking_url("cancel", token=self.cancel_token)
        return urljoin(self.event.get_full_url(), route)
