"""Partner agencies, for the logo strip."""

import factory
from factory.django import DjangoModelFactory

from partners.models import Partner

from .base import ImageFactory


class PartnerFactory(DjangoModelFactory):
    """An agency shown in the strip, with a logo of its own."""

    name = factory.Sequence(lambda n: f"Partner agency {n}")
    logo = factory.SubFactory(ImageFactory, title=factory.SelfAttribute("..name"))
    website = factory.Sequence(lambda n: f"https://partner-{n}.example.org/")
    sort_order = 0
    active = True

    class Meta:
        model = Partner
