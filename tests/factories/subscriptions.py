"""People who get updates by email, and what they follow.

Import from here directly: `from tests.factories.subscriptions import SubscriberFactory`.
"""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from subscriptions.models import Follow, Subscriber


class SubscriberFactory(DjangoModelFactory):
    """A confirmed subscriber getting changes at once; `confirmed=False` for one who has not
    confirmed yet, `topics=[...]` and `pages=[...]` for what they follow."""

    email = factory.Sequence(lambda n: f"subscriber{n}@example.org")
    bulletin = False
    frequency = "immediate"
    confirmed_at = factory.LazyAttribute(lambda o: timezone.now() if o.confirmed else None)

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    class Params:
        confirmed = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        for topic in extracted or ():
            Follow.objects.create(subscriber=obj, topic=topic)

    @factory.post_generation
    def pages(obj, create, extracted, **kwargs):
        for page in extracted or ():
            Follow.objects.create(subscriber=obj, page=page)
