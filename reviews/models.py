"""Safeguarding reviews, their recommendations and 7-minute briefings.

A recommendation links to the pages that changed because of it; guidance pages and training
events read those links (through this app's template tags) to say so, so nothing is entered
twice. Themes are the site's shared topics, so a briefing meets guidance and training on the
same subject without a second list to keep.
"""

from django import forms
from django.db import models
from django.db.models import F, Prefetch, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from portal.models import BasePage, SummaryMixin, Topic
from portal.pagination import paginate, valid_choice
from portal.query import PortalPageQuerySet, restricted_ancestor_exists
from portal.search import clean_query

from .feeds import ReviewFeed
from .pdf import briefing_pdf_response

RICH_FEATURES = ["bold", "italic", "link", "ul", "ol", "document-link"]
SEARCHED_FIELDS = ("title", "subject", "summary", "body", "response", "recommendations__text")
FEED_LENGTH = 20


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


class ReviewQuerySet(PortalPageQuerySet):
    def for_listing(self):
        return (
            self.published()
            .order_by("-published_on", "-pk")
            .prefetch_related(
                Prefetch("themes", queryset=Topic.objects.order_by("name")),
                Prefetch(
                    "briefings",
                    queryset=BriefingPage.objects.published().only(
                        "id", "title", "url_path", "path", "depth", "review_id"
                    ),
                ),
            )
        )


def matching_words(query: str) -> Q:
    """Reviews with every word of `query` in one of their fields, inside the listing's query.

    The library's own search box narrows a short list, so plain matching is enough and
    costs no query of its own; the site search (stemming, synonyms) indexes reviews too.
    """
    condition = Q()
    for word in query.split()[:10]:
        found = Q()
        for field in SEARCHED_FIELDS:
            found |= Q(**{f"{field}__icontains": word})
        condition &= Q(pk__in=ReviewPage.objects.filter(found).values("pk"))
    return condition


class ReviewLibraryPage(RoutablePageMixin, BasePage):
    """Every published review, filterable by type, theme and year, searchable, with a feed."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["reviews.ReviewPage", "reviews.BriefingPage"]
    max_count = 1

    class Meta:
        verbose_name = "review library"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        type_choices, theme_choices, year_choices = self.filter_options()
        review_type = valid_choice(request.GET.get("type"), type_choices)
        theme = valid_choice(request.GET.get("theme"), theme_choices)
        year = valid_choice(request.GET.get("year"), year_choices)
        query = clean_query(request.GET.get("q"))
        reviews = ReviewPage.objects.child_of(self).for_listing()
        if review_type:
            reviews = reviews.filter(review_type=review_type)
        if theme:
            reviews = reviews.filter(themes__slug=theme)
        if year:
            reviews = reviews.filter(published_on__year=int(year))
        if query:
            reviews = reviews.filter(matching_words(query))
        context.update(
            reviews=paginate(request, reviews, per_page=10),
            type_choices=type_choices,
            theme_choices=theme_choices,
            year_choices=year_choices,
            selected_type=review_type,
            selected_theme=theme,
            selected_year=year,
            search_query=query,
            filtered=bool(review_type or theme or year or query),
        )
        return context

    def filter_options(self):
        """Types, themes and years that published reviews have, from one query."""
        rows = (
            ReviewPage.objects.child_of(self)
            .published()
            .annotate(year=ExtractYear("published_on"))
            .values_list("year", "review_type", "themes__slug", "themes__name")
            .order_by()
            .distinct()
        )
        years: set[int] = set()
        types: set[str] = set()
        themes: dict[str, str] = {}
        for year, review_type, slug, name in rows:
            years.add(year)
            types.add(review_type)
            if slug:
                themes[slug] = name
        return (
            [(value, label) for value, label in ReviewType.choices if value in types],
            sorted(themes.items(), key=lambda item: item[1]),
            [(str(year), year) for year in sorted(years, reverse=True)],
        )

    def get_cached_paths(self) -> list[str]:
        return ["/", "/feed/"]

    @path("")
    def library(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        return ReviewFeed(library=self, items=self.feed_items())(request)

    def feed_items(self):
        return ReviewPage.objects.child_of(self).for_listing()[:FEED_LENGTH]


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

    objects = PageManager.from_queryset(ReviewQuerySet)()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("review_type"), FieldPanel("subject")]),
                FieldRowPanel([FieldPanel("published_on"), FieldPanel("board")]),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            "The review",
        ),
        *SummaryMixin.summary_panels,
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("full_report"), FieldPanel("executive_summary")], "Documents"),
        FieldPanel("response"),
        InlinePanel("recommendations", label="Recommendations"),
    ]
    search_fields = (
        Page.search_fields
        + SummaryMixin.summary_search_fields
        + [
            index.SearchField("subject", boost=2),
            index.SearchField("body"),
            index.SearchField("response"),
            index.AutocompleteField("subject"),
            index.FilterField("review_type"),
            index.FilterField("published_on"),
            index.RelatedFields("recommendations", [index.SearchField("text")]),
        ]
    )
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
            Page.objects.live()
            .exclude(restricted_ancestor_exists())
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

    content_panels = Page.content_panels + [
        *SummaryMixin.summary_panels,
        FieldPanel("review"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        *[FieldPanel(name) for name, _label in BRIEFING_SECTIONS],
    ]
    search_fields = (
        Page.search_fields
        + SummaryMixin.summary_search_fields
        + [index.SearchField(name) for name, _label in BRIEFING_SECTIONS]
    )
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
