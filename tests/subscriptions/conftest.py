"""Fixtures for email-update tests: a topic to follow and subscribers."""

import pytest
from django.utils import timezone

from portal.models import Topic
from subscriptions.models import Follow, Subscriber


@pytest.fixture
def online_safety():
    return Topic.objects.get(name="Online safety")


@pytest.fixture
def make_subscriber(db):
    def make(email, *, confirmed=True, bulletin=False, topics=(), pages=(), frequency="immediate"):
        subscriber = Subscriber.objects.create(
            email=email,
            bulletin=bulletin,
            frequency=frequency,
            confirmed_at=timezone.now() if confirmed else None,
        )
        for topic in topics:
            Follow.objects.create(subscriber=subscriber, topic=topic)
        for page in pages:
            Follow.objects.create(subscriber=subscriber, page=page)
        return subscriber

    return make
