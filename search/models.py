"""Search synonyms kept by editors, and the site's own words for "Did you mean ...?"."""

from django.db import models
from wagtail.admin.panels import FieldPanel


class Synonym(models.Model):
    """Jargon both ways: an acronym and what it stands for, so searching either finds both."""

    term = models.CharField(max_length=100, unique=True, help_text="For example: LADO")
    alternatives = models.CharField(
        max_length=500,
        help_text="What the term means or other ways of saying it, separated by commas. "
        "For example: Local Authority Designated Officer, designated officer",
    )

    panels = [FieldPanel("term"), FieldPanel("alternatives")]

    class Meta:
        db_table = "portal_synonym"  # made before search was an app of its own
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term

    @property
    def forms(self) -> list[str]:
        """The term and each alternative, without blanks or repeats."""
        forms: list[str] = []
        for form in [self.term, *self.alternatives.split(",")]:
            form = " ".join(form.split())
            if form and form.lower() not in {f.lower() for f in forms}:
                forms.append(form)
        return forms


class SearchTerm(models.Model):
    """A word of the site's own vocabulary (titles, jargon, glossary), to correct misspellings.

    Rebuilt from the `register_search_vocabulary` hooks by `search.vocabulary`; not edited.
    """

    term = models.CharField(max_length=100, unique=True)
    weight = models.PositiveIntegerField(default=1, help_text="How often the word is used.")

    class Meta:
        db_table = "portal_searchterm"  # made before search was an app of its own
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term
