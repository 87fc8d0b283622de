"""The site's settings for a request, kept between requests (caching.fragments), and the
middleware that hands them to Wagtail before the page is served.

Only public APIs: Wagtail finds the site (``Site.find_for_request``, one query, remembered
on the request by Wagtail itself), and the settings go where ``SiteSettings.for_request``
looks for them first (``get_cache_attr_name``)."""

import copy
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from wagtail.models import Site

from caching.fragments import remember

from .models import SiteSettings

# Addresses that never show a page of the site: they look nothing up here (the liveness
# check, in particular, touches nothing).
SKIPPED_PREFIXES = ("/admin/", "/health/", "/static/", "/media/", "/documents/")


def site_settings_for_request(request: HttpRequest, site: Site) -> SiteSettings:
    """The site settings, as ``SiteSettings.for_request`` gives them. Each request gets its
    own shallow copy, sharing the decoded phone lines."""
    attr_name = SiteSettings.get_cache_attr_name()
    if hasattr(request, attr_name):
        return getattr(request, attr_name)
    kept = remember(request, ("site_settings", site.pk), lambda: SiteSettings.for_site(site))
    site_settings = copy.copy(kept)
    setattr(request, attr_name, site_settings)
    return site_settings


class SharedSiteMiddleware:
    """Pages find their settings without a query when they are kept.

    After CommonMiddleware, so the host has been checked against ALLOWED_HOSTS.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path_info.startswith(SKIPPED_PREFIXES):
            site = Site.find_for_request(request)
            if site is not None:
                site_settings_for_request(request, site)
        return self.get_response(request)
