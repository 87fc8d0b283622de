"""Bookings on training events, saved as they are given (no places counted, no emails).

For tests that need bookings in a given state; tests of booking itself go through
`training.services`. Import from this module: `from tests.factories.bookings import ...`.
"""

import factory
from factory.django import DjangoModelFactory

from training.models import Booking

from .training import TrainingEventPageFactory


class BookingFactory(DjangoModelFactory):
    """A confirmed place on a new event (or the `event` given)."""

    event = factory.SubFactory(TrainingEventPageFactory)
    name = factory.Sequence(lambda n: f"Booker {n}")
    email = factory.Sequence(lambda n: f"booker{n}@example.invalid")
    organisation = "Children's Services"
    role = "Social worker"
    status = Booking.Status.CONFIRMED

    class Meta:
        model = Booking
