"""Cached pages that show a chapter's number, title or log, purged when a chapter changes.

Wagtail's frontend cache purges the chapter itself; its neighbours, the manual's contents and
amendments pages and the make-a-pack list show it too. The purge runs as a task after commit.
"""

from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from .models import ChapterPage, PackPage


def purge_around_chapter(sender, instance, **_kwargs) -> None:
    """After a chapter is published, unpublished or moved: its manual, siblings and packs."""
    batch = PurgeBatch()
    batch.add_pages(Page.objects.filter(path=instance.path[: -instance.steplen]).specific())
    batch.add_pages(ChapterPage.objects.sibling_of(instance).live().exclude(pk=instance.pk))
    batch.add_pages(PackPage.objects.live())
    transaction.on_commit(batch.purge)


def purge_pack_list(sender, instance, **_kwargs) -> None:
    """After guidance is published or unpublished: the make-a-pack list shows its title."""
    batch = PurgeBatch()
    batch.add_pages(PackPage.objects.live())
    transaction.on_commit(batch.purge)
