"""The glossary: safeguarding jargon in plain English, and the A to Z page that lists it."""

import string

from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from portal.mixins import IntroMixin, SingletonPageMixin
from portal.models import BasePage, SummaryMixin

from .terms import glossary_entries


class GlossaryTerm(index.Indexed, models.Model):
    """One piece of jargon: what it stands for and what it means, in plain English.

    Terms with an abbreviation also feed the site search's synonyms (LADO finds Local
    Authority Designated Officer), so jargon is kept in one place.
    """

    term = models.CharField(
        max_length=120, unique=True, help_text="In full, e.g. Local Authority Designated Officer"
    )
    abbreviation = models.CharField(
        max_length=30,
        blank=True,
        help_text="The short form readers meet, e.g. LADO. Searching for either form then "
        "finds both (it is added to the search synonyms).",
    )
    definition = models.TextField(
        "plain-English definition",
        max_length=800,
        help_text="One to three short sentences, in plain English, without other jargon.",
    )
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where to read more, if anywhere.",
    )
    case_sensitive = models.BooleanField(
        "match case only",
        default=False,
        help_text="Tick when the term is also an everyday word (Prevent, the programme, "
        "but not prevent, the verb): only the exact capitals are then marked in pages.",
    )
    slug = models.SlugField(
        max_length=140, unique=True, blank=True, help_text="The #link to this term; made for you."
    )

    panels = [
        FieldRowPanel([FieldPanel("abbreviation"), FieldPanel("term")]),
        FieldPanel("definition"),
        FieldPanel("related_page"),
        FieldPanel("case_sensitive"),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("term", boost=2),
        index.SearchField("abbreviation", boost=2),
        index.SearchField("definition"),
        index.AutocompleteField("term"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self) -> str:
        return f"{self.abbreviation} ({self.term})" if self.abbreviation else self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.abbreviation or self.term)[:140] or "term"
            if GlossaryTerm.objects.filter(slug=self.slug).exclude(pk=self.pk).exists():
                self.slug = slugify(f"{self.abbreviation} {self.term}")[:140]
        super().save(*args, **kwargs)


class GlossaryPage(SummaryMixin, IntroMixin, SingletonPageMixin, BasePage):
    """The A to Z of every glossary term, each with its own #link."""

    content_panels: list = []
    search_fields: list = []

    class Meta:
        verbose_name = "glossary page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups: dict[str, list] = {}
        for entry in sorted(glossary_entries().entries, key=lambda e: e.sort_key):
            letter = entry.sort_key[:1]
            groups.setdefault(letter if letter.isalpha() else "#", []).append(entry)
        context["letters"] = [(letter, letter in groups) for letter in string.ascii_uppercase]
        context["groups"] = sorted(groups.items())
        return context
