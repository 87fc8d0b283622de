"""Page mixins that several apps share: the introduction field, and one-of-a-kind sections.

A page type lists these among its bases, before `BasePage`, which adds a mixin's
`opening_panels` and `mixin_search_fields` to the page's own. A page type with no fields of
its own still sets `content_panels = []` and `search_fields = []`, so that they are composed.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index


class IntroMixin(models.Model):
    """A short rich-text introduction, shown above what the page lists or holds."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    opening_panels = [FieldPanel("intro")]
    mixin_search_fields = [index.SearchField("intro")]

    class Meta:
        abstract = True


class SingletonPageMixin:
    """A section of the site that exists once, directly under the home page.

    It has no pages below it unless the page type names some in `subpage_types`.
    """

    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
