"""The test session's own machinery: after a transactional test, every table is as built."""

import pytest
from django.contrib.auth.models import Group
from django.core.management.color import no_style
from django.db import connection, connections
from wagtail.models import Page, Site

from tests.factories import StandardPageFactory

# What the first test committed, for the second to look for.
COMMITTED: dict[str, int] = {}


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_commits_rows():
    COMMITTED["page"] = StandardPageFactory(title="Committed by a test").pk
    COMMITTED["group"] = Group.objects.create(name="Committed by a test").pk
    Site.objects.filter(is_default_site=True).update(site_name="Renamed by a test")


@pytest.mark.django_db(transaction=True)
def test_the_next_test_finds_them_gone_and_the_site_as_built():
    if not COMMITTED:
        pytest.fail("run with the test before it, in the same process")
    assert not Page.objects.filter(pk=COMMITTED["page"]).exists()
    assert not Group.objects.filter(pk=COMMITTED["group"]).exists()
    site = Site.objects.get(is_default_site=True)
    assert site.site_name != "Renamed by a test"
    assert site.root_page.specific.live


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_flush_leaves_the_emptying_to_the_copy_back(settings):
    tables = ["wagtailcore_page", "auth_group"]
    backend = type(connections["default"])
    assert backend.tables_copied_back_after_tests
    assert connection.ops.sql_flush(no_style(), tables) == []
    backend.tables_copied_back_after_tests = False
    try:
        statements = connection.ops.sql_flush(no_style(), tables)
    finally:
        backend.tables_copied_back_after_tests = True
    assert [s for s in statements if s.startswith("DELETE FROM")] == [
        'DELETE FROM "wagtailcore_page";',
        'DELETE FROM "auth_group";',
    ]
