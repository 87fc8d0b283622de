"""The resource factory files a link (or a download) under a topic of its own, and the
library lists it and filters by that topic."""

import pytest

from tests.factories import DocumentFactory, ResourcesPageFactory
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db


def test_resources_are_listed_and_filed_by_their_topic(client):
    link = ResourceFactory()
    download = ResourceFactory(document=DocumentFactory(), url="", resource_type="toolkit")
    assert link.is_external and link.link == link.url
    assert not download.is_external and download.link == download.document.url
    assert link.topic != download.topic
    library = ResourcesPageFactory()
    html = client.get(f"{library.url}?topic={link.topic.slug}").content.decode()
    assert link.title in html
    assert download.title not in html
