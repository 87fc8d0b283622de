"""Index pages that list one kind of child page a page at a time: news, events, bulletins."""

from django.db import models
from wagtail.admin.panels import FieldPanel

from .models import BasePage


class ListingIndexPage(BasePage):
    """A top-level section with an intro above the listing `listing_context()` gives."""

    intro = models.TextField(blank=True)

    content_panels = [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context

    def listing_context(self, request) -> dict:
        """What the template shows below the intro: the page of items, filters and so on."""
        raise NotImplementedError
