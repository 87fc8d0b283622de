"""Resources in the library, filed by topic and type.

Any resources page lists every resource, so tests find theirs by title. Import from this
module: `from tests.factories.resources import ResourceFactory`.
"""

import factory
from factory.django import DjangoModelFactory

from guidance.models import Resource

from .portal import TopicFactory


class ResourceFactory(DjangoModelFactory):
    """A guidance link on an outside site, in a new topic; `document=...` with `url=""` for a
    download instead."""

    title = factory.Sequence(lambda n: f"Test resource {n}")
    topic = factory.SubFactory(TopicFactory)
    resource_type = "guidance"
    url = factory.Sequence(lambda n: f"https://resource-{n}.example.org/")

    class Meta:
        model = Resource
