"""The e-bulletin archive (the site's one, reused) and e-bulletins."""

import factory
from django.utils import timezone
from wagtail.rich_text import RichText

from bulletins.models import BulletinIndexPage, BulletinPage

from .base import PortalPageFactory, SectionPageFactory


class BulletinIndexPageFactory(SectionPageFactory):
    title = "E-bulletin"
    slug = "e-bulletin"

    class Meta:
        model = BulletinIndexPage


class BulletinPageFactory(PortalPageFactory):
    """An issue dated today in the archive, with an introduction and a section of text;
    `body=[(block, value), ...]` for other content (chosen news, events, featured pages)."""

    title = factory.Sequence(lambda n: f"E-bulletin {n}")
    parent = factory.SubFactory(BulletinIndexPageFactory)
    date = factory.LazyFunction(timezone.localdate)
    summary = factory.LazyAttribute(lambda o: f"What is in {o.title}.")
    body = factory.LazyAttribute(
        lambda o: [
            ("intro", RichText(f"<p>Welcome to {o.title}.</p>")),
            ("text", {"heading": "From the partnership", "text": RichText("<p>Our news.</p>")}),
        ]
    )

    class Meta:
        model = BulletinPage
