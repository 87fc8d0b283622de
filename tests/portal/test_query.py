"""portal.query: which pages anyone may see, from a cached list of restricted sections."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from portal.query import PortalPageQuerySet
from tests.factories import GuidanceIndexPageFactory, GuidancePageFactory

pytestmark = pytest.mark.django_db


def published_slugs() -> set[str]:
    return set(PortalPageQuerySet(Page).published().values_list("slug", flat=True))


def test_published_matches_wagtails_live_public_and_follows_every_change():
    index = GuidanceIndexPageFactory()
    section = GuidancePageFactory(parent=index, title="Section", slug="section")
    inner = GuidancePageFactory(parent=section, title="Inner", slug="inner")
    outside = GuidancePageFactory(parent=index, title="Outside", slug="outside")

    def wagtails() -> set[str]:
        return set(Page.objects.live().public().values_list("slug", flat=True))

    assert published_slugs() == wagtails() >= {"section", "inner", "outside"}
    restriction = PageViewRestriction.objects.create(page=section, restriction_type="login")
    assert published_slugs() == wagtails()
    assert {"section", "inner"}.isdisjoint(published_slugs()) and "outside" in published_slugs()

    outside.refresh_from_db()
    outside.move(section, pos="last-child")  # moved into the restricted section
    assert "outside" not in published_slugs()
    assert published_slugs() == wagtails()

    # The restricted section itself moves: the paths kept from before are out of date.
    elsewhere = GuidancePageFactory(parent=index, title="Elsewhere", slug="elsewhere")
    GuidancePageFactory(parent=index, title="Beside", slug="beside")
    section.refresh_from_db()
    section.move(elsewhere, pos="last-child")
    assert published_slugs() == wagtails()
    assert {"section", "inner", "outside"}.isdisjoint(published_slugs())
    assert "beside" in published_slugs()

    restriction.delete()
    assert {"section", "inner", "outside"} <= published_slugs()
    assert published_slugs() == wagtails()
    inner.refresh_from_db()
    inner.unpublish()
    assert "inner" not in published_slugs()


def test_the_restricted_sections_are_read_once_then_kept():
    section = GuidanceIndexPageFactory()
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    published_slugs()
    with CaptureQueriesContext(connection) as queries:
        published_slugs()
        published_slugs()
    assert len(queries) == 2
    assert not any("wagtailcore_pageviewrestriction" in q["sql"] for q in queries)
