"""Fixtures for booking tests: events to book on."""

import pytest

from tests.training.helpers import add_event, ensure_training_site


@pytest.fixture
def make_event(db):
    """`make_event(capacity=..., starts_in=..., ...)`: a published event built for the test."""
    return add_event


@pytest.fixture
def training_site_transactional(transactional_db):
    """A site with a training index after the flush that transactional tests make."""
    ensure_training_site()
