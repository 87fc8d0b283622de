"""7-minute briefings: a review's learning in six short sections, and as a PDF."""

from django import forms
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.search import index

from portal.models import BasePage, SummaryMixin, Topic
from portal.query import PortalPageQuerySet
from reviews.pdf import briefing_pdf_response

from .review import RICH_FEATURES, ReviewPage

BRIEFING_SECTIONS = [
    ("background", "Background"),
    ("why_it_matters", "Why it matters"),
    ("findings", "What we found"),
    ("practice", "What it means for your practice"),
    ("questions", "Questions to reflect on"),
    ("further_reading", "Further reading"),
]


class BriefingPage(RoutablePageMixin, SummaryMixin, BasePage):
    """A 7-minute briefing: a review's learning in six short sections, for team meetings."""

    review = models.ForeignKey(
        ReviewPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="briefings",
        help_text="The review this briefing summarises. Leave empty for a themed briefing.",
    )
    themes = ParentalManyToManyField(Topic, blank=True, related_name="briefings")
    background = RichTextField(features=RICH_FEATURES)
    why_it_matters = RichTextField(features=RICH_FEATURES)
    findings = RichTextField("What we found", features=RICH_FEATURES)
    practice = RichTextField("What it means for your practice", features=RICH_FEATURES)
    questions = RichTextField(
        "Questions to reflect on",
        features=RICH_FEATURES,
        help_text="For supervision or team meetings. A list works best.",
    )
    further_reading = RichTextField(blank=True, features=RICH_FEATURES)

    objects = PageManager.from_queryset(PortalPageQuerySet)()

    content_panels = [
        FieldPanel("review"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        *[FieldPanel(name) for name, _label in BRIEFING_SECTIONS],
    ]
    search_fields = [index.SearchField(name) for name, _label in BRIEFING_SECTIONS]
    parent_page_types = ["reviews.ReviewLibraryPage"]
    subpage_types: list[str] = []

    search_date_field = "first_published_at"

    class Meta:
        verbose_name = "7-minute briefing"

    def sections(self) -> list[tuple[str, str, str]]:
        """(anchor, heading, text) of each section with something in it, in the usual order."""
        return [
            (name.replace("_", "-"), label, getattr(self, name))
            for name, label in BRIEFING_SECTIONS
            if getattr(self, name)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = list(self.themes.order_by("name"))
        context["review"] = (
            ReviewPage.objects.published().filter(pk=self.review_id).first()
            if self.review_id
            else None
        )
        return context

    def get_cached_paths(self) -> list[str]:
        return ["/", "/pdf/"]

    @path("")
    def briefing(self, request):
        return self.render(request)

    @path("pdf/")
    def pdf(self, request):
        return briefing_pdf_response(
            self.render(request), request=request, filename=f"{self.slug}.pdf"
        )
