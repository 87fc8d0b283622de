"""Guidance topics (index pages) and guidance pages."""

import factory
from factory.django import DjangoModelFactory

from guidance.models import GuidanceIndexPage, GuidancePage, QAPage, QuestionAnswer, ResourcesPage

from .base import PortalPageFactory, SectionPageFactory, topics_hook
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


class QAPageFactory(SectionPageFactory):
    """The site's one Q&A page (reused when it exists)."""

    title = "Questions and answers"
    slug = "questions"

    class Meta:
        model = QAPage


class QuestionAnswerFactory(DjangoModelFactory):
    """A made-up question with its answer on the Q&A page; its anchor is made from the question."""

    page = factory.SubFactory(QAPageFactory)
    question = factory.Sequence(lambda n: f"What is quartz question {n}?")
    answer = factory.LazyAttribute(lambda o: f"<p>The answer to {o.question}</p>")

    class Meta:
        model = QuestionAnswer


class ResourcesPageFactory(SectionPageFactory):
    """The site's one resources library (reused when it exists)."""

    title = "Resources"
    slug = "resources"

    class Meta:
        model = ResourcesPage
