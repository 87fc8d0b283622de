"""Reviews and their recommendations, with the pages each recommendation changed."""

from django import forms
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from portal.models import BasePage, SummaryMixin, Topic
from portal.query import PortalPageQuerySet

RICH_FEATURES = ["bold", "italic", "link", "ul", "ol", "document-link"]


class ReviewType(models.TextChoices):
    SAR = "sar", "Safeguarding Adults Review (SAR)"
    CSPR = "cspr", "Child Safeguarding Practice Review (CSPR)"
    DHR = "dhr", "Domestic Homicide Review (DHR)"
    RAPID = "rapid", "Rapid review"
    LEARNING = "learning", "Learning review"


# How a review is named in a sentence: "SAR Adult C (2025)".
SHORT_TYPE_NAMES = {
    ReviewType.SAR: "SAR",
    ReviewType.CSPR: "CSPR",
    ReviewType.DHR: "DHR",
    ReviewType.RAPID: "Rapid review",
    ReviewType.LEARNING: "Learning review",
}


def short_name(review_type: str, subject: str, published_on) -> str:
    """How a review is named in a sentence: "SAR Adult C (2025)"."""
    kind = SHORT_TYPE_NAMES.get(review_type) or ReviewType(review_type).label
    return f"{kind} {subject} ({published_on.year})"


class Board(models.TextChoices):
    ADULTS = "adults", "Safeguarding Adults Board"
    CHILDREN = "children", "Safeguarding Children Partnership"
    COMMUNITY_SAFETY = "community_safety", "Community Safety Partnership"
    JOINT = "joint", "Joint adults and children review"


class ReviewPage(SummaryMixin, BasePage):
    """One published review: who it was about (anonymised), what it found, what changed."""

    review_type = models.CharField(max_length=20, choices=ReviewType.choices)
    subject = models.CharField(
        "Anonymised subject",
        max_length=60,
        help_text='How the review names the person, for example "Adult C" or "Child Q". '
        "Never a real name.",
    )
    published_on = models.DateField("Date published", default=timezone.localdate)
    board = models.CharField(max_length=20, choices=Board.choices)
    themes = ParentalManyToManyField(Topic, blank=True, related_name="reviews")
    body = RichTextField("What the review found", blank=True, features=RICH_FEATURES)
    response = RichTextField("The partnership's response", blank=True, features=RICH_FEATURES)
    full_report = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    executive_summary = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = PageManager.from_queryset(PortalPageQuerySet)()

    content_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("review_type"), FieldPanel("subject")]),
                FieldRowPanel([FieldPanel("published_on"), FieldPanel("board")]),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            "The review",
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("full_report"), FieldPanel("executive_summary")], "Documents"),
        FieldPanel("response"),
        InlinePanel("recommendations", label="Recommendations"),
    ]
    search_fields = [
        index.SearchField("subject", boost=2),
        index.SearchField("body"),
        index.SearchField("response"),
        index.AutocompleteField("subject"),
        index.FilterField("review_type"),
        index.FilterField("published_on"),
        index.RelatedFields("recommendations", [index.SearchField("text")]),
    ]
    parent_page_types = ["reviews.ReviewLibraryPage"]
    subpage_types: list[str] = []

    search_date_field = "published_on"

    class Meta:
        verbose_name = "review"
        ordering = ["-published_on"]

    @property
    def short_name(self) -> str:
        return short_name(self.review_type, self.subject, self.published_on)

    @property
    def listing_date(self):
        return self.published_on

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        recommendations = list(self.recommendations.select_related("agency"))
        linked = self.public_pages_for(recommendations)
        for recommendation in recommendations:
            recommendation.changed = [
                linked[pk] for pk in recommendation.linked_page_ids() if pk in linked
            ]
        context["recommendations"] = recommendations
        context["briefings"] = sorted(
            (page for page in linked.values() if page.briefing_of == self.pk),
            key=lambda page: (page.first_published_at, page.pk),
        )
        context["themes"] = list(self.themes.order_by("name"))
        document_ids = [pk for pk in (self.full_report_id, self.executive_summary_id) if pk]
        documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
        context["full_report"] = documents.get(self.full_report_id)
        context["executive_summary"] = documents.get(self.executive_summary_id)
        return context

    def public_pages_for(self, recommendations) -> dict[int, Page]:
        """The live, public pages the recommendations changed, and this review's briefings.

        One query: the chosen pages' ids come from the recommendations themselves.
        """
        ids = {pk for item in recommendations for pk in item.linked_page_ids()}
        pages = (
            PortalPageQuerySet(Page)
            .published()
            .filter(Q(pk__in=ids) | Q(briefingpage__review=self))
            .annotate(briefing_of=F("briefingpage__review_id"))
            .only("id", "title", "url_path", "path", "depth", "first_published_at")
        )
        return {page.pk: page for page in pages}


class Recommendation(Orderable):
    """What a review asked an agency to do, how far it has got, and the pages it changed."""

    class Status(models.TextChoices):
        ACCEPTED = "accepted", "Accepted"
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETE = "complete", "Complete"

    page = ParentalKey(ReviewPage, on_delete=models.CASCADE, related_name="recommendations")
    text = models.TextField("Recommendation")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACCEPTED)
    agency = models.ForeignKey(
        "partners.Partner",
        verbose_name="agency responsible",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    what_changed = models.TextField(
        "What changed", blank=True, help_text="In a sentence or two, for readers."
    )
    changed_pages = StreamField(
        [("page", PageChooserBlock(label="Page"))],
        blank=True,
        verbose_name="Pages that changed",
        help_text="Guidance, procedures or training updated because of this recommendation. "
        'Each of them says "Updated following" this review, with a link.',
    )

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("agency")]),
        FieldPanel("what_changed"),
        FieldPanel("changed_pages"),
    ]

    def __str__(self) -> str:
        return self.text[:80]

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.sync_links()

    def linked_page_ids(self) -> list[int]:
        """The chosen pages' ids, in order and without repeats, read without a query."""
        ids: list[int] = []
        for item in self.changed_pages.raw_data:
            value = item.get("value")
            if item.get("type") == "page" and isinstance(value, int) and value not in ids:
                ids.append(value)
        return ids

    def sync_links(self) -> None:
        """Keep the searchable copy of the chosen pages (RecommendationLink) in step."""
        ids = self.linked_page_ids()
        existing = set(Page.objects.filter(pk__in=ids).values_list("pk", flat=True))
        RecommendationLink.objects.filter(recommendation=self).delete()
        RecommendationLink.objects.bulk_create(
            RecommendationLink(recommendation=self, page_id=pk, sort_order=number)
            for number, pk in enumerate(ids)
            if pk in existing
        )


class RecommendationLink(models.Model):
    """One page a recommendation changed, kept from its choosers so a page finds its reviews."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="links"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="review_recommendation_links"
    )
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recommendation", "page"], name="reviews_link_once_per_page"
            )
        ]

    def __str__(self) -> str:
        return f"{self.recommendation_id} → {self.page_id}"
