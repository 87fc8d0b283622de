"""Fixtures for email-update tests: a clean cache and a way to run after-commit tasks."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from portal.models import Topic
from subscriptions.models import Follow, Subscriber


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def run_tasks(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks (queued tasks run at once in tests) of the block."""

    def runner():
        return django_capture_on_commit_callbacks(execute=True)

    return runner


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
