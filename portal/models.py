"""The home page, plain content pages, shared topics, site settings and page mixins."""

import copy

from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site, get_page_models
from wagtail.search import index

from caching.fragments import remember

from .blocks import BaseStreamBlock, TopTaskBlock
from .phone_lines import ROLES, PhoneLineBlock


class Topic(models.Model):
    """A safeguarding theme (online safety, neglect...) shared by pages of every kind."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)


class SummaryMixin(models.Model):
    """A short plain-text summary for listings, search results and meta descriptions."""

    summary = models.TextField(
        blank=True, max_length=400, help_text="One or two sentences shown in listings and search."
    )

    opening_panels = [FieldPanel("summary")]
    mixin_search_fields = [index.SearchField("summary")]

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary


class BasePage(Page):
    """Every public page type: panels and search fields composed from its mixins, meta
    helpers.

    A page type lists only its own fields in `content_panels` and `search_fields`. Each mixin
    among its bases brings its own: `opening_panels` (after the title), `closing_panels` (at
    the end of the content tab) and `mixin_search_fields`.
    """

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        mro = cls.__mro__
        mixins = [base for base in mro[: mro.index(BasePage)] if not issubclass(base, Page)]

        def brought(name: str) -> list:
            return [item for mixin in mixins for item in mixin.__dict__.get(name, [])]

        if "content_panels" in cls.__dict__:
            cls.content_panels = [
                *Page.content_panels,
                *brought("opening_panels"),
                *cls.__dict__["content_panels"],
                *brought("closing_panels"),
            ]
        if "search_fields" in cls.__dict__:
            cls.search_fields = [
                *Page.search_fields,
                *brought("mixin_search_fields"),
                *cls.__dict__["search_fields"],
            ]

    @property
    def meta_description(self) -> str:
        return self.search_description


def home_sections() -> list[str]:
    """The page types that name the home page among their parents, as "app.Model" labels."""
    return [
        model._meta.label
        for model in get_page_models()
        if getattr(model, "parent_page_types", None) is not None
        and HomePage in model.clean_parent_page_models()
    ]


class HomePage(BasePage):
    """The front door: what the partnership is, the tasks readers come for, the latest updates."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    top_tasks = StreamField(
        [("task", TopTaskBlock())], blank=True, help_text="The links most readers come for."
    )

    content_panels = [FieldPanel("intro"), FieldPanel("top_tasks")]
    search_fields = [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    # The sections under the home page are the page types that name it as their parent: each
    # app says where its pages go, and PortalConfig.ready() gathers them here.
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = "home page"


class StandardPage(SummaryMixin, BasePage):
    """A plain page: about us, the accessibility statement, safer browsing advice."""

    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [FieldPanel("body")]
    search_fields = [index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = "page"


def footer_page(label: str) -> models.ForeignKey:
    """A page linked from the footer of every page."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=f"{label} page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Details shown on every page that staff must be able to change without a developer."""

    organisation_name = models.CharField(max_length=200, default="Safeguarding Partnership")
    footer_text = models.TextField(blank=True)
    emergency_number = models.CharField(max_length=20, default="999")
    phone_lines = StreamField(
        [("line", PhoneLineBlock())],
        blank=True,
        verbose_name="Phone numbers",
        help_text="Every number readers can call, with its opening hours. The report a "
        "concern page and “Who do I call right now?” are built from these.",
    )
    site_description = models.TextField(
        blank=True,
        max_length=300,
        help_text="Describes the site to search engines where a page has no description.",
    )
    contact_name = models.CharField(
        max_length=200, blank=True, help_text="Who answers questions about the website."
    )
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_address = models.TextField(blank=True)
    quick_exit_url = models.URLField(
        "Quick exit destination",
        default="https://www.bbc.co.uk/weather",
        help_text="A neutral everyday site readers are sent to when they press Quick exit.",
    )
    safe_browsing_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Safe browsing advice page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked beside Quick exit: how to hide a visit to this site.",
    )
    accessibility_page = footer_page("Accessibility statement")
    privacy_page = footer_page("Privacy notice")
    contact_page = footer_page("Contact us")
    about_page = footer_page("About the partnership")

    security_contact = models.CharField(
        "Security contact",
        max_length=200,
        blank=True,
        help_text="Where to report a security problem with this website, published in "
        "/.well-known/security.txt: a mailto: or https:// address.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("site_description"),
                FieldPanel("footer_text"),
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_page"),
                FieldPanel("contact_page"),
                FieldPanel("about_page"),
            ],
            "Footer",
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            "Contact details",
        ),
        MultiFieldPanel(
            [FieldPanel("emergency_number"), FieldPanel("phone_lines")], "Report a concern"
        ),
        MultiFieldPanel(
            [FieldPanel("quick_exit_url"), FieldPanel("safe_browsing_page")], "Quick exit"
        ),
        FieldPanel("security_contact"),
    ]

    class Meta:
        verbose_name = "site settings"

    @classmethod
    def for_request(cls, request):
        """As Wagtail's, but the settings row is read once per content generation and
        kept between requests (caching.fragments); each request gets its own shallow copy,
        sharing the decoded phone lines. Only pages that show settings ask for them."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            kept = remember(request, ("site_settings", site.pk), lambda: cls.for_site(site))
            setattr(request, attr_name, copy.copy(kept))
        return getattr(request, attr_name)

    def lines_for(self, *roles: str) -> list:
        """The phone lines with any of these roles, in the order editors gave them."""
        return [line.value for line in self.phone_lines if line.value.get("role") in roles]

    def number_for(self, role: str) -> str:
        lines = self.lines_for(role)
        return lines[0].get("number", "") if lines else ""

    def set_number_for(self, role: str, number: str) -> None:
        """Change the first number with this role (or add one, with no hours)."""
        for line in self.phone_lines:
            if line.value.get("role") == role:
                line.value["number"] = number
                return
        name = dict(ROLES)[role]
        self.phone_lines.append(("line", {"role": role, "name": name, "number": number}))

    # The three numbers shown on every page, by the names templates have long used.
    children_daytime_phone = property(
        lambda self: self.number_for("children"),
        lambda self, number: self.set_number_for("children", number),
    )
    adults_daytime_phone = property(
        lambda self: self.number_for("adults"),
        lambda self, number: self.set_number_for("adults", number),
    )
    out_of_hours_phone = property(
        lambda self: self.number_for("out_of_hours"),
        lambda self, number: self.set_number_for("out_of_hours", number),
    )
