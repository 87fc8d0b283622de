"""Chapters of the procedures manual (the site's one manual, reused)."""

import factory

from procedures.models import ChapterPage, ProceduresManualPage

from .base import PortalPageFactory


class ProceduresManualPageFactory(PortalPageFactory):
    title = "Procedures manual"
    slug = "procedures"

    class Meta:
        model = ProceduresManualPage
        django_get_or_create = ("parent",)


class ChapterPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Chapter {n}")
    parent = factory.SubFactory(ProceduresManualPageFactory)
    summary = factory.LazyAttribute(lambda o: f"What {o.title} sets out.")

    class Meta:
        model = ChapterPage
