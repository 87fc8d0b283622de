"""Index pages that list one kind of child page a page at a time: news, events, bulletins.

How many items a listing has (for "Page 2 of 40") takes a count of every item, so it is kept
with the page parts of caching.fragments (until content changes), keyed with the index
page's number of children, and until the moment the count would change with time (an event
ending, say).
"""

import datetime
from collections.abc import Callable
from typing import Any

from django.db import models
from wagtail.admin.panels import FieldPanel

from caching.fragments import remember

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

    def remembered(
        self,
        request,
        parts: tuple,
        compute: Callable[[], tuple[Any, datetime.datetime | None]],
    ) -> Any:
        """The value `compute()` returns with the time it stops being true (None: never),
        worked out once for these `parts` (the filters, say) and kept until content changes
        (caching.fragments: a page, view restriction or site-wide change, or any purge)."""
        key = ("listing", self.pk, self.numchild, parts)
        value, _until = remember(request, key, compute, until=lambda found: found[1])
        return value
