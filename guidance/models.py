"""Guidance topics and pages, the Q&A page and the resources library."""

from dateutil.relativedelta import relativedelta
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from portal.blocks import BaseStreamBlock
from portal.mixins import IntroMixin, SingletonPageMixin
from portal.models import BasePage, SummaryMixin, Topic
from portal.pagination import paginate, valid_choice
from portal.query import PortalPageQuerySet
from subscriptions.follow import FollowerNoticeMixin

from .forms import GuidancePageForm

REVIEW_INTERVAL = relativedelta(months=12)
# Guidance due within this many days counts as due soon (dashboard, report, reminders).
DUE_SOON_DAYS = 30
REVIEW_STATES = [
    ("overdue", "Overdue"),
    ("due_soon", f"Due within {DUE_SOON_DAYS} days"),
    ("current", "Current"),
    ("no_date", "No review date"),
]
RELATED_LIMIT = 4


class GuidanceIndexPage(SummaryMixin, IntroMixin, BasePage):
    """A guidance topic (for example online safety) that lists the guidance written for it."""

    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [FieldPanel("topic")]
    search_fields: list = []
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["guidance.GuidancePage"]

    class Meta:
        verbose_name = "guidance topic"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = GuidancePage.objects.child_of(self).published().order_by("title")
        context["guidance_pages"] = paginate(request, pages, per_page=20)
        return context


class GuidancePage(FollowerNoticeMixin, SummaryMixin, BasePage):
    """A piece of safeguarding guidance with an owner and a review cycle; it can be followed."""

    AUDIENCE_CHOICES = [
        ("practitioners", "Practitioners and volunteers"),
        ("public", "Members of the public"),
        ("both", "Practitioners and the public"),
    ]

    audience = models.CharField(max_length=20, choices=AUDIENCE_CHOICES, default="both")
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="content owner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_guidance",
        help_text="The member of staff responsible for keeping this guidance correct.",
    )
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(
        null=True, blank=True, help_text="Defaults to 12 months after the last review."
    )
    body = StreamField(BaseStreamBlock(), blank=True)
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="guidance_pages",
        help_text="Themes this guidance covers, besides its guidance topic. Learning from "
        "reviews with the same themes is shown on the page.",
    )

    objects = PageManager.from_queryset(PortalPageQuerySet)()
    base_form_class = GuidancePageForm
    marks_glossary_terms = True  # its template marks glossary terms (the define_terms filter)

    content_panels = [
        FieldPanel("audience"),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    # The review dates are set by "Mark as reviewed" (guidance/review.py), never typed in.
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("owner_user"),
                FieldRowPanel(
                    [
                        FieldPanel("last_reviewed", read_only=True),
                        FieldPanel("next_review_due", read_only=True),
                    ]
                ),
            ],
            "Ownership and review",
        )
    ]
    search_fields = [index.SearchField("body"), index.FilterField("audience")]
    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types: list[str] = []

    search_date_field = "last_reviewed"

    class Meta:
        verbose_name = "guidance page"

    def save(self, *args, **kwargs):
        if self._state.adding and not self.last_reviewed:
            # Writing new guidance counts as its first review.
            self.last_reviewed = timezone.localdate()
        if self.last_reviewed and not self.next_review_due:
            self.next_review_due = self.last_reviewed + REVIEW_INTERVAL
        super().save(*args, **kwargs)

    @property
    def is_overdue_for_review(self) -> bool:
        return self.review_state == "overdue"

    @property
    def review_state(self) -> str:
        today = timezone.localdate()
        if not self.next_review_due:
            return "no_date"
        if self.next_review_due < today:
            return "overdue"
        if (self.next_review_due - today).days <= DUE_SOON_DAYS:
            return "due_soon"
        return "current"

    @property
    def review_state_label(self) -> str:
        return dict(REVIEW_STATES)[self.review_state]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_pages"] = self.related_pages()
        return context

    def follower_topic_ids(self) -> list[int]:
        """Followers of the guidance topic this page sits in hear about it too."""
        parent = GuidanceIndexPage.objects.filter(path=self.path[: -self.steplen]).first()
        return [parent.topic_id] if parent and parent.topic_id else []

    def related_pages(self, limit: int = RELATED_LIMIT) -> list["GuidancePage"]:
        """Other guidance in the same topic (the pages beside this one), in one query."""
        return list(
            GuidancePage.objects.sibling_of(self, inclusive=False)
            .published()
            .order_by("title")
            .only("id", "title", "url_path", "path", "depth", "summary")[:limit]
        )


class ReviewReminder(models.Model):
    """When a content owner was last emailed about their guidance, so it is once a day."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_reminder"
    )
    sent_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.user} ({self.sent_on})"


class QAPage(IntroMixin, SingletonPageMixin, BasePage):
    """Common questions and short answers, grouped by topic, each answer linkable."""

    content_panels = [InlinePanel("questions", label="Questions and answers")]
    search_fields = [
        index.RelatedFields(
            "questions", [index.SearchField("question"), index.SearchField("answer")]
        ),
    ]

    class Meta:
        verbose_name = "Q&A page"

    def grouped_questions(self) -> list[tuple[str, list["QuestionAnswer"]]]:
        groups: dict[str, list[QuestionAnswer]] = {}
        for item in self.questions.all():
            groups.setdefault(item.topic or "General", []).append(item)
        return list(groups.items())


class QuestionAnswer(index.Indexed, Orderable):
    """One question and its answer on the Q&A page; searchable alone, to link to its #anchor."""

    page = ParentalKey(QAPage, on_delete=models.CASCADE, related_name="questions")
    topic = models.CharField(max_length=100, blank=True, help_text="Questions are grouped by it.")
    question = models.CharField(max_length=300)
    answer = RichTextField(features=["bold", "italic", "link", "ul", "ol", "document-link"])
    anchor = models.SlugField(
        max_length=80, blank=True, help_text="The #link to this answer; made from the question."
    )

    panels = [
        FieldPanel("topic"),
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("anchor"),
    ]
    search_fields = [
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.AutocompleteField("question"),
        index.FilterField("page"),
    ]

    def save(self, *args, **kwargs):
        if not self.anchor:
            self.anchor = slugify(self.question)[:80] or f"question-{self.pk or ''}"
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.question


class Resource(index.Indexed, models.Model):
    """A document or link in the resources library, filed by topic and type."""

    TYPE_CHOICES = [
        ("policy", "Policy or procedure"),
        ("guidance", "Guidance"),
        ("leaflet", "Leaflet or poster"),
        ("toolkit", "Toolkit or template"),
        ("report", "Report or review"),
        ("website", "Website"),
    ]

    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=600)
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.SET_NULL)
    resource_type = models.CharField(max_length=20, choices=TYPE_CHOICES)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.URLField("Outside address", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("resource_type")]),
        FieldPanel("document"),
        FieldPanel("url"),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("resource_type"),
    ]

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if bool(self.document_id) == bool(self.url):
            raise ValidationError("Give either a document or an outside address, not both.")

    @property
    def link(self) -> str:
        if self.document_id and self.document:
            return self.document.url
        return self.url

    @property
    def is_external(self) -> bool:
        return not self.document_id


class ResourcesPage(IntroMixin, SingletonPageMixin, BasePage):
    """The resources library: every document and link, filterable by topic and type."""

    content_panels: list = []
    search_fields: list = []

    class Meta:
        verbose_name = "resources library"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topic_choices = [
            (t.slug, t.name) for t in Topic.objects.filter(resource__isnull=False).distinct()
        ]
        topic = valid_choice(request.GET.get("topic"), topic_choices)
        resource_type = valid_choice(request.GET.get("type"), Resource.TYPE_CHOICES)
        resources = Resource.objects.select_related("topic", "document")
        if topic:
            resources = resources.filter(topic__slug=topic)
        if resource_type:
            resources = resources.filter(resource_type=resource_type)
        context.update(
            resources=paginate(request, resources, per_page=25),
            topic_choices=topic_choices,
            type_choices=Resource.TYPE_CHOICES,
            selected_topic=topic,
            selected_type=resource_type,
        )
        return context
