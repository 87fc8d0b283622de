"""Index pages that list one kind of child page a page at a time: news, events, bulletins.

How many items a listing has (for "Page 2 of 40") takes a count of every item, so it is kept
in the cache: under a generation number that any publishing, unpublishing, move, deletion
or view restriction moves on, with the index page's number of children, and until the
moment the count would change with time (an event ending, say).
"""

import datetime
import hashlib
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import BasePage

GENERATION_KEY = "listings:generation"
# A safety net: counts are dropped at changes anyway.
COUNT_SECONDS = 3600


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
        self, parts: tuple, compute: Callable[[], tuple[Any, datetime.datetime | None]]
    ) -> Any:
        """The value `compute()` returns with the time it stops being true (None: never),
        worked out once for these `parts` (the filters, say) and kept until content changes.
        """
        generation = cache.get(GENERATION_KEY, 0)
        described = repr((generation, self.pk, self.numchild, parts)).encode()
        key = f"listings:value:{hashlib.blake2b(described, digest_size=16).hexdigest()}"
        found = cache.get(key)
        if found is not None and (found[1] is None or timezone.now() <= found[1]):
            return found[0]
        value, until = compute()
        cache.set(key, (value, until), COUNT_SECONDS)
        return value


def content_changed(sender=None, instance=None, **kwargs) -> None:
    """Forget remembered listing values: now, and again once the change is committed (a
    listing rendered in between would otherwise keep what it saw before the change)."""
    if sender is not None and not issubclass(sender, (Page, PageViewRestriction)):
        return
    next_generation()
    transaction.on_commit(next_generation, robust=True)


def next_generation() -> None:
    if not cache.add(GENERATION_KEY, 1, None):
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # gone between the two calls
            cache.add(GENERATION_KEY, 1, None)


def connect() -> None:
    page_published.connect(content_changed, dispatch_uid="listings.publish")
    page_unpublished.connect(content_changed, dispatch_uid="listings.unpublish")
    post_page_move.connect(content_changed, dispatch_uid="listings.move")
    post_delete.connect(content_changed, dispatch_uid="listings.delete")
    post_save.connect(content_changed, sender=PageViewRestriction, dispatch_uid="listings.limit")
