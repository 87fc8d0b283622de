"""The glossary page (the site's one, reused) and glossary terms."""

import factory
from factory.django import DjangoModelFactory

from glossary.models import GlossaryPage, GlossaryTerm

from .base import SectionPageFactory


class GlossaryPageFactory(SectionPageFactory):
    title = "Glossary"
    slug = "glossary"

    class Meta:
        model = GlossaryPage


class GlossaryTermFactory(DjangoModelFactory):
    """A made-up term with a made-up abbreviation (QZ1, QZ2...) no page uses by chance."""

    term = factory.Sequence(lambda n: f"Quartz Zone Panel {n}")
    abbreviation = factory.Sequence(lambda n: f"QZ{n}")
    definition = factory.LazyAttribute(lambda o: f"What the {o.term} does.")

    class Meta:
        model = GlossaryTerm
