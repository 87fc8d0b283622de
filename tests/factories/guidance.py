"""Guidance topics (index pages) and guidance pages."""

import factory

from guidance.models import GuidanceIndexPage, GuidancePage, QAPage, ResourcesPage

from .base import PortalPageFactory, topics_hook
from .portal import TopicFactory


class GuidanceIndexPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Guidance topic {n}")
    topic = factory.SubFactory(TopicFactory)
    summary = factory.LazyAttribute(lambda o: f"Guidance on {o.title}.")

    class Meta:
        model = GuidanceIndexPage


class GuidancePageFactory(PortalPageFactory):
    """Guidance for everyone in a new guidance topic; `body=[(block, value), ...]`."""

    title = factory.Sequence(lambda n: f"Guidance page {n}")
    parent = factory.SubFactory(GuidanceIndexPageFactory)
    audience = "both"
    summary = factory.LazyAttribute(lambda o: f"What {o.title} advises.")
    topics = topics_hook()

    class Meta:
        model = GuidancePage


class ResourcesPageFactory(PortalPageFactory):
    """The resources library (the site's one, reused)."""

    title = "Resources"
    slug = "resources"

    class Meta:
        model = ResourcesPage
        django_get_or_create = ("parent",)


class QAPageFactory(PortalPageFactory):
    """The questions and answers page (the site's one, reused)."""

    title = "Questions"
    slug = "questions"

    class Meta:
        model = QAPage
        django_get_or_create = ("parent",)
