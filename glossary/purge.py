"""Cached pages that show glossary definitions, purged when the glossary changes.

Page types that mark glossary terms in their text say so with `marks_glossary_terms = True`,
so the glossary needs to know no page type by name. The purge goes through ``caching.purge``
after commit: the application page cache at once, the front cache by the task worker when
there are many pages.
"""

from django.db import transaction
from wagtail.models import Page, get_page_models

from caching.purge import purge_urls, urls_for_pages

from .models import GlossaryPage


def pages_showing_definitions():
    models = [model for model in get_page_models() if getattr(model, "marks_glossary_terms", 0)]
    return Page.objects.live().type(*models) if models else Page.objects.none()


def purge_pages_with_definitions(sender, **_kwargs) -> None:
    """After a term changes, or the glossary page moves: the A to Z and every page using it."""

    def purge() -> None:
        pages = [*GlossaryPage.objects.live(), *pages_showing_definitions().specific(defer=True)]
        purge_urls(urls_for_pages(pages, with_listings=False))

    transaction.on_commit(purge, robust=True)
