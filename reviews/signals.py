"""Purge cached copies of the pages a review or briefing appears on when it changes.

Uses Wagtail's front-end cache purge (whatever WAGTAILFRONTENDCACHE names), in a background
task after the change is committed, as a briefing can appear on many pages.
"""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .connections import pages_showing_briefing, pages_showing_review
from .models import BriefingPage, RecommendationLink, ReviewPage


@task()
def purge_pages(page_ids: list[int]) -> int:
    """Purge every address of the given pages (those still live); returns how many pages."""
    pages = list(Page.objects.live().filter(pk__in=page_ids).specific())
    if pages:
        batch = PurgeBatch()
        batch.add_pages(pages)
        batch.purge()
    return len(pages)


def purge_later(page_ids) -> None:
    ids = sorted(set(page_ids))
    if ids:
        transaction.on_commit(lambda: purge_pages.enqueue(ids))


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
