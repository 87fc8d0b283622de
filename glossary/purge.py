"""Cached pages that show glossary definitions, purged when the glossary changes.

Page types that mark glossary terms in their text say so with `marks_glossary_terms = True`,
so the glossary needs to know no page type by name. The purge runs as a task after commit.
"""

from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, get_page_models

from .models import GlossaryPage


def pages_showing_definitions():
    models = [model for model in get_page_models() if getattr(model, "marks_glossary_terms", 0)]
    return Page.objects.live().type(*models) if models else Page.objects.none()


def purge_pages_with_definitions(sender, **_kwargs) -> None:
    """After a term changes, or the glossary page moves: the A to Z and every page using it."""

    def purge() -> None:
        batch = PurgeBatch()
        batch.add_pages(GlossaryPage.objects.live())
        batch.add_pages(pages_showing_definitions().specific())
        batch.purge()

    transaction.on_commit(purge)
