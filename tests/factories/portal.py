"""Topics and standard pages."""

import factory
from factory.django import DjangoModelFactory

from portal.models import StandardPage, Topic

from .base import PortalPageFactory


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test topic {n}")

    class Meta:
        model = Topic


class StandardPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    summary = factory.LazyAttribute(lambda o: f"About {o.title}.")

    class Meta:
        model = StandardPage
