"""The training section (the site's one index, reused) and events."""

import datetime

import factory
from django.utils import timezone

from training.models import TrainingEventPage, TrainingIndexPage

from .base import PortalPageFactory, SectionPageFactory, topics_hook


class TrainingIndexPageFactory(SectionPageFactory):
    title = "Training"
    slug = "training"

    class Meta:
        model = TrainingIndexPage


def in_two_weeks() -> datetime.datetime:
    start = timezone.localtime() + datetime.timedelta(days=14)
    return start.replace(hour=10, minute=0, second=0, microsecond=0)


class TrainingEventPageFactory(PortalPageFactory):
    """A virtual event of three hours, two weeks ahead, open for booking."""

    title = factory.Sequence(lambda n: f"Training event {n}")
    parent = factory.SubFactory(TrainingIndexPageFactory)
    start = factory.LazyFunction(in_two_weeks)
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    event_format = "virtual"
    capacity = 30
    summary = factory.LazyAttribute(lambda o: f"What {o.title} covers.")
    topics = topics_hook()

    class Meta:
        model = TrainingEventPage
