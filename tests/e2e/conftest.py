"""Fixtures for the browser tests."""

import pytest

from portal.models import SiteSettings


@pytest.fixture
def exit_site(live_server, demo_site_transactional, settings):
    """The quick exit sends readers to a stand-in page on the test server (no network here).

    Returns that page's address.
    """
    settings.ROOT_URLCONF = "tests.e2e.urls"
    destination = f"{live_server.url}/elsewhere/"
    site_settings = SiteSettings.objects.get()
    site_settings.quick_exit_url = destination
    site_settings.save()
    return destination
