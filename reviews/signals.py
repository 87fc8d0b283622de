"""Purge cached copies of the pages a review or briefing appears on when it changes.

Goes through ``caching.purge`` once the change is committed, so the application page cache
and the front cache (whatever WAGTAILFRONTENDCACHE names) both drop them. A briefing can
appear on many pages: the front cache is then purged by the task worker, not the request.
"""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from caching.purge import purge_urls, urls_for_pages

from .connections import pages_showing_briefing, pages_showing_review
from .models import BriefingPage, RecommendationLink, ReviewPage


def purge_pages(page_ids: list[int]) -> int:
    """Purge every address of the given pages (those still live); returns how many pages.

    Their listings stay: they show a page's title and summary, not the review."""
    pages = list(Page.objects.live().filter(pk__in=page_ids).specific(defer=True))
    if pages:
        purge_urls(urls_for_pages(pages, with_listings=False))
    return len(pages)


def purge_later(page_ids) -> None:
    ids = sorted(set(page_ids))
    if ids:
        transaction.on_commit(lambda: purge_pages(ids), robust=True)


@receiver(page_published, sender=ReviewPage)
@receiver(page_unpublished, sender=ReviewPage)
def review_changed(sender, instance: ReviewPage, **kwargs) -> None:
    purge_later(pages_showing_review(instance))


@receiver(page_published, sender=BriefingPage)
@receiver(page_unpublished, sender=BriefingPage)
def briefing_changed(sender, instance: BriefingPage, **kwargs) -> None:
    purge_later(pages_showing_briefing(instance))


@receiver(post_delete, sender=RecommendationLink)
def link_removed(sender, instance: RecommendationLink, **kwargs) -> None:
    """A page no longer changed by a recommendation loses its "Updated following" note."""
    purge_later([instance.page_id])
