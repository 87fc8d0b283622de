"""The procedures manual (chapters and their amendments log) and the levels of need page."""

from django.db import models
from django.http import Http404
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from guidance.models import GuidancePage
from portal.blocks import BaseStreamBlock
from portal.mixins import IntroMixin, SingletonPageMixin
from portal.models import BasePage, SummaryMixin
from portal.pagination import paginate
from portal.query import PortalPageQuerySet

from .blocks import LevelBlock
from .diff import compare_pages
from .forms import ChapterPageForm
from .pack import MAX_PACK_PAGES, PackForm, build_pack_pdf, pdf_response

SIGNIFICANT = "significant"
MINOR = "minor"
AMENDMENT_LEVELS = [
    (SIGNIFICANT, "Significant: changes what practitioners must do"),
    (MINOR, "Minor: wording, links or corrections"),
]
# How many amendments a chapter lists itself; the manual's log has them all.
CHAPTER_AMENDMENTS_SHOWN = 20
PACK_TITLE = "Safeguarding procedures and guidance"
CHAPTER_FIELDS = ("id", "title", "slug", "url_path", "path", "depth", "summary", "content_type")


class ProceduresManualPage(RoutablePageMixin, SummaryMixin, IntroMixin, BasePage):
    """The multi-agency procedures manual: numbered chapters and a log of every amendment."""

    content_panels: list = []
    search_fields: list = []
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["procedures.ChapterPage"]

    class Meta:
        verbose_name = "procedures manual"

    def chapters(self) -> list["ChapterPage"]:
        """The published chapters in their order in the page tree, numbered from 1."""
        chapters = list(
            ChapterPage.objects.child_of(self).published().order_by("path").only(*CHAPTER_FIELDS)
        )
        for number, chapter in enumerate(chapters, start=1):
            chapter.number = number
        return chapters

    def get_cached_paths(self) -> list[str]:
        return ["/", "/amendments/"]

    @path("")
    def contents(self, request):
        return self.render(request, context_overrides={"chapters": self.chapters()})

    @path("amendments/", name="amendments")
    def latest_amendments(self, request):
        """Every amendment to every published chapter, newest first."""
        chapters = self.chapters()
        numbers = {chapter.pk: chapter.number for chapter in chapters}
        amendments = paginate(
            request,
            Amendment.objects.filter(page__in=[chapter.pk for chapter in chapters]),
            per_page=50,
        )
        by_id = {chapter.pk: chapter for chapter in chapters}
        for amendment in amendments:
            amendment.chapter = by_id[amendment.page_id]
            amendment.chapter_number = numbers[amendment.page_id]
        return self.render(
            request,
            template="procedures/latest_amendments.html",
            context_overrides={"amendments": amendments, "chapters": chapters},
        )


class ChapterPage(RoutablePageMixin, SummaryMixin, BasePage):
    """One numbered chapter of the manual; each publish is logged with a note and a level."""

    body = StreamField(BaseStreamBlock(), blank=True)
    amendment_level = models.CharField(
        "level of this change", max_length=20, choices=AMENDMENT_LEVELS, default=MINOR
    )
    amendment_note = models.TextField(
        "what changed",
        max_length=1000,
        blank=True,
        help_text="Shown to readers in the amendments log when you publish. "
        "Say what changed and why, in a sentence or two.",
    )

    objects = PageManager.from_queryset(PortalPageQuerySet)()
    base_form_class = ChapterPageForm
    marks_glossary_terms = True  # its text shows inline definitions (see glossary/purge.py)

    content_panels = [
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("amendment_level"), FieldPanel("amendment_note")],
            "This change, for the amendments log",
        ),
    ]
    search_fields = [index.SearchField("body")]
    parent_page_types = ["procedures.ProceduresManualPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "procedures chapter"

    def follower_notice(self) -> str | None:
        """The amendment note of the version just published, when the change is significant.

        Read from the published fields themselves, so it does not depend on the order in
        which publish signal handlers run.
        """
        if self.amendment_level == SIGNIFICANT and self.amendment_note.strip():
            return self.amendment_note.strip()
        return None

    def sections(self) -> list[dict]:
        """The chapter's numbered sections (its level-2 headings), for the in-page contents."""
        sections = []
        for block in self.body:
            if block.block_type == "heading" and block.value.get("level") == "h2":
                sections.append({"text": block.value["text"]})
        return sections

    def navigation(self) -> dict:
        """This chapter's number and its neighbours, from one query for its siblings."""
        siblings = list(
            ChapterPage.objects.sibling_of(self).published().order_by("path").only(*CHAPTER_FIELDS)
        )
        ids = [page.pk for page in siblings]
        position = ids.index(self.pk) if self.pk in ids else None
        if position is None:  # a preview of a draft chapter
            return {"number": None, "previous": None, "next": None}
        return {
            "number": position + 1,
            "previous": siblings[position - 1] if position > 0 else None,
            "next": siblings[position + 1] if position + 1 < len(siblings) else None,
        }

    def get_cached_paths(self) -> list[str]:
        ids = self.amendments.values_list("pk", flat=True)
        return ["/"] + [f"/changes/{pk}/" for pk in ids]

    def chapter_context(self, request) -> dict:
        """What the chapter view shows besides the page: its number, neighbours and log."""
        navigation = self.navigation()
        number = navigation["number"]
        return {
            "navigation": navigation,
            "manual_url": self.url_path_parent(request),
            "sections": [
                dict(section, number=f"{number}.{count}" if number else str(count))
                for count, section in enumerate(self.sections(), start=1)
            ],
            "amendments": list(self.amendments.all()[:CHAPTER_AMENDMENTS_SHOWN]),
            "pdf_url": self.pdf_url(request),
        }

    def pdf_url(self, request) -> str | None:
        """This chapter alone as a PDF (with its validity notice), made by the pack page."""
        pack = PackPage.objects.live().only("id", "url_path", "path", "depth").first()
        url = pack.get_url(request) if pack else None
        return f"{url}pdf/?pages={self.pk}" if url else None

    def url_path_parent(self, request) -> str | None:
        """The manual's address, worked out from this page's own (no query)."""
        url = self.get_url(request)
        if not url:
            return None
        return url.rstrip("/").rsplit("/", 1)[0] + "/"

    @path("")
    def chapter(self, request):
        return self.render(request, context_overrides=self.chapter_context(request))

    # At most 12 digits, like the site's other row ids: longer numbers are simply not found.
    @re_path(r"^changes/(?P<amendment_id>[0-9]{1,12})/$", name="changes")
    def changes(self, request, amendment_id: str):
        """What changed in the text since an earlier amendment, up to the current version."""
        amendment = self.amendments.select_related("revision").filter(pk=int(amendment_id)).first()
        if amendment is None or amendment.revision is None:
            raise Http404("No such amendment to this chapter.")
        # The text as published then, straight from the revision's stored content (what
        # revision.as_object() builds on, without its page-tree and comment lookups).
        earlier = self.specific_class.from_serializable_data(amendment.revision.content)
        paragraphs = compare_pages(earlier, self)
        return self.render(
            request,
            template="procedures/chapter_changes.html",
            context_overrides={
                "since": amendment,
                "paragraphs": paragraphs,
                "changed": sum(1 for p in paragraphs if p.kind != "same"),
            },
        )


class AmendmentQuerySet(models.QuerySet):
    def significant(self):
        return self.filter(level=SIGNIFICANT)


class Amendment(models.Model):
    """One published version of a chapter: when, how significant, and what changed."""

    page = models.ForeignKey(ChapterPage, on_delete=models.CASCADE, related_name="amendments")
    # Kept for "what changed": Wagtail's purge_revisions leaves protected revisions alone.
    revision = models.OneToOneField(
        "wagtailcore.Revision", null=True, on_delete=models.PROTECT, related_name="+"
    )
    level = models.CharField(max_length=20, choices=AMENDMENT_LEVELS, default=MINOR)
    note = models.TextField(blank=True)
    published_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = AmendmentQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.page_id} {self.published_at:%Y-%m-%d}: {self.note[:60]}"

    @property
    def is_significant(self) -> bool:
        return self.level == SIGNIFICANT

    @property
    def level_label(self) -> str:
        return "Significant" if self.is_significant else "Minor"


class LevelsOfNeedPage(SummaryMixin, BasePage):
    """The threshold document: the levels of need, their indicators, and who to contact."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ul"])
    levels = StreamField([("level", LevelBlock())], blank=True)

    content_panels = [
        FieldPanel("intro"),
        FieldPanel("levels"),
    ]
    search_fields = [index.SearchField("intro"), index.SearchField("levels")]
    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "levels of need page"


class PackPage(RoutablePageMixin, IntroMixin, SingletonPageMixin, BasePage):
    """The "Make a pack" page: readers tick chapters and guidance and download them as one PDF."""

    content_panels: list = []
    search_fields: list = []

    class Meta:
        verbose_name = "make a pack page"

    def get_cached_paths(self) -> list[str]:
        return ["/"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["max_pages"] = MAX_PACK_PAGES
        return context

    def pack_choices(self) -> list[tuple[str, list["Page"]]]:
        """What can go in a pack, grouped: each manual's chapters, then guidance by topic."""
        chapters = list(ChapterPage.objects.published().order_by("path").only(*CHAPTER_FIELDS))
        guidance = list(GuidancePage.objects.published().order_by("path").only(*CHAPTER_FIELDS))
        parents = {
            page.path: page
            for page in Page.objects.filter(
                path__in={p.path[: -p.steplen] for p in chapters + guidance}
            ).only("id", "title", "path")
        }
        groups: dict[str, list[Page]] = {}
        for page in chapters + guidance:
            parent = parents.get(page.path[: -page.steplen])
            groups.setdefault(parent.title if parent else "Other", []).append(page)
        return list(groups.items())

    @path("")
    def choose(self, request):
        form = PackForm(groups=self.pack_choices())
        return self.render(request, context_overrides={"form": form})

    @path("pdf/", name="pdf")
    def download(self, request):
        """The chosen pages as one PDF, made for this request; nothing about it is kept."""
        groups = self.pack_choices()
        form = PackForm(request.GET, groups=groups)
        if not form.is_valid():
            response = self.render(request, context_overrides={"form": form})
            response.status_code = 400
            return response
        wanted = form.cleaned_data["pages"]
        by_id = {page.pk: page for _group, pages in groups for page in pages}
        pages = [by_id[pk] for pk in wanted]
        specific = {
            page.pk: page
            for model in (ChapterPage, GuidancePage)
            for page in model.objects.filter(pk__in=wanted)
        }
        pdf = build_pack_pdf(
            pages=[specific[page.pk] for page in pages], request=request, title=PACK_TITLE
        )
        return pdf_response(pdf, filename="procedures-pack.pdf")
