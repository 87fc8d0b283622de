"""Alert banners."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from alerts.models import AlertBanner


class AlertBannerFactory(DjangoModelFactory):
    """An information banner showing from an hour ago for two hours."""

    message = factory.Sequence(lambda n: f"Test alert {n}.")
    level = AlertBanner.Level.INFORMATION
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))

    class Meta:
        model = AlertBanner
