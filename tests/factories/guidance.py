"""Guidance topics (index pages), guidance pages, the Q&A page and the resources library."""

import factory
from factory.django import DjangoModelFactory

from guidance.models import (
    GuidanceIndexPage,
    GuidancePage,
    QAPage,
    QuestionAnswer,
    Resource,
    ResourcesPage,
)

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


class ReplacingSingletonFactory(PortalPageFactory):
    """A section the site has once: building it replaces the one there."""

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        model_class.objects.all().delete()
        return super()._create_instance(model_class, parent, kwargs)


class QAPageFactory(ReplacingSingletonFactory):
    """The Q&A page, with no questions: add them with QuestionAnswerFactory(page=...)."""

    title = "Quick Q&A"
    slug = "questions"

    class Meta:
        model = QAPage


class QuestionAnswerFactory(DjangoModelFactory):
    page = factory.SubFactory(QAPageFactory)
    topic = "General"
    question = factory.Sequence(lambda n: f"What is test question {n}?")
    answer = factory.LazyAttribute(lambda o: f"<p>The answer to {o.question}</p>")

    class Meta:
        model = QuestionAnswer


class ResourcesPageFactory(ReplacingSingletonFactory):
    title = "Resources"
    slug = "resources"

    class Meta:
        model = ResourcesPage


class ResourceFactory(DjangoModelFactory):
    """A link in the resources library (any page of it lists every resource)."""

    title = factory.Sequence(lambda n: f"Test resource {n}")
    topic = factory.SubFactory(TopicFactory)
    resource_type = "guidance"
    url = factory.Sequence(lambda n: f"https://resource-{n}.example.org/")

    class Meta:
        model = Resource
