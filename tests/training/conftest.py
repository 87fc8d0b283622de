"""Fixtures for booking tests: events to book on and a way to run after-commit emails."""

import pytest
from django.core.cache import cache

from tests.training.helpers import add_event, ensure_training_site


@pytest.fixture(autouse=True)
def fresh_rate_limit_counts():
    """Rate-limit counts live in the cache; start every test with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_event(demo_site):
    return add_event


@pytest.fixture
def send_emails(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks (the booking emails) of whatever runs in the block."""

    def runner():
        return django_capture_on_commit_callbacks(execute=True)

    return runner


@pytest.fixture
def training_site_transactional(transactional_db):
    """A site with a training index after the flush that transactional tests make."""
    ensure_training_site()
