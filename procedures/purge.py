"""Cached pages that show a chapter's number, title or log, purged when a chapter changes.

Wagtail's frontend cache purges the chapter itself; its neighbours, the manual's contents and
amendments pages and the make-a-pack list show it too. The purge goes through
``caching.purge`` after commit, so the application page cache drops them as well as the
front cache (purged by the task worker when there are many addresses).
"""

from django.db import transaction
from wagtail.models import Page

from caching.purge import purge_urls, urls_for_pages

from .models import ChapterPage, PackPage


def purge_around_chapter(sender, instance, **_kwargs) -> None:
    """After a chapter is published, unpublished or moved: its manual, siblings and packs."""
    parent_path = instance.path[: -instance.steplen]

    def purge() -> None:
        pages = [
            *Page.objects.filter(path=parent_path).specific(defer=True),
            *ChapterPage.objects.sibling_of(instance).live().exclude(pk=instance.pk),
            *PackPage.objects.live(),
        ]
        purge_urls(urls_for_pages(pages, with_listings=False))

    transaction.on_commit(purge, robust=True)


def purge_pack_list(sender, instance, **_kwargs) -> None:
    """After guidance is published or unpublished: the make-a-pack list shows its title."""
    transaction.on_commit(
        lambda: purge_urls(urls_for_pages(PackPage.objects.live(), with_listings=False)),
        robust=True,
    )
