"""Fixtures for email-update tests: a topic to follow, a page filed under it, subscribers."""

import pytest

from tests.factories import GuidanceIndexPageFactory, GuidancePageFactory, TopicFactory
from tests.factories.subscriptions import SubscriberFactory


@pytest.fixture
def online_safety(db):
    return TopicFactory()


@pytest.fixture
def guidance_page(online_safety):
    """A guidance page in the topic's guidance section, so the topic's followers hear of it."""
    return GuidancePageFactory(parent=GuidanceIndexPageFactory(topic=online_safety))


@pytest.fixture
def make_subscriber(db):
    def make(email, **fields):
        return SubscriberFactory(email=email, **fields)

    return make
