"""Training and events: an index page and one page per event."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from portal.blocks import BaseStreamBlock
from portal.models import BasePage, SummaryMixin
from portal.pagination import paginate, valid_choice
from portal.query import PortalPageQuerySet


class TrainingEventQuerySet(PortalPageQuerySet):
    def upcoming(self):
        return self.published().filter(end__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        return self.published().filter(end__lt=timezone.now()).order_by("-start", "-pk")


class TrainingIndexPage(BasePage):
    """Training & events: upcoming and past listed apart, filterable by format and month."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["training.TrainingEventPage"]
    max_count = 1

    class Meta:
        verbose_name = "training index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        show_past = request.GET.get("when") == "past"
        events = TrainingEventPage.objects.child_of(self)
        events = events.past() if show_past else events.upcoming()
        event_format = valid_choice(request.GET.get("format"), TrainingEventPage.FORMAT_CHOICES)
        if event_format:
            events = events.filter(event_format=event_format)
        month = parse_month(request.GET.get("month"))
        if month:
            events = events.filter(start__year=month.year, start__month=month.month)
        context.update(
            events=paginate(request, events, per_page=10),
            show_past=show_past,
            format_choices=TrainingEventPage.FORMAT_CHOICES,
            selected_format=event_format,
            selected_month=month.strftime("%Y-%m") if month else "",
        )
        return context


def parse_month(value: str | None) -> datetime.date | None:
    """A `YYYY-MM` filter value as the first of that month, or None when it is not one."""
    if not value or len(value) != 7:
        return None
    try:
        return datetime.datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        return None


class TrainingEventPage(SummaryMixin, BasePage):
    """A course, conference or e-learning module practitioners can attend."""

    FORMAT_CHOICES = [
        ("face_to_face", "Face to face"),
        ("virtual", "Virtual"),
        ("e_learning", "E-learning"),
    ]

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
    body = StreamField(BaseStreamBlock(), blank=True)

    objects = PageManager.from_queryset(TrainingEventQuerySet)()

    content_panels = Page.content_panels + [
        *SummaryMixin.summary_panels,
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
                FieldPanel("booking_open"),
            ],
            "Places",
        ),
        FieldPanel("body"),
    ]
    search_fields = (
        Page.search_fields
        + SummaryMixin.summary_search_fields
        + [
            index.SearchField("body"),
            index.SearchField("audience"),
            index.FilterField("start"),
            index.FilterField("event_format"),
        ]
    )
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types: list[str] = []

    search_date_field = "start"

    class Meta:
        verbose_name = "training event"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "The event cannot end before it starts."})

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def listing_date(self):
        return timezone.localtime(self.start).date()
