"""The site and its settings for a request, kept between requests (caching.fragments), and
the middleware that hands them to Wagtail before the page is served."""

import copy
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from wagtail.models import Site

from caching.fragments import remember

from .models import SiteSettings

# Addresses that never show a page of the site: they look nothing up here (the liveness
# check, in particular, touches nothing).
SKIPPED_PREFIXES = ("/admin/", "/health/", "/static/", "/media/", "/documents/")


def site_for_request(request: HttpRequest) -> Site | None:
    """Wagtail's site for this request's host and port, as ``Site.find_for_request`` finds it."""
    if not hasattr(request, "_wagtail_site"):
        key = ("site", request._get_raw_host(), request.get_port())
        request._wagtail_site = remember(request, key, lambda: Site._find_for_request(request))
    return request._wagtail_site


def site_settings_for_request(request: HttpRequest) -> SiteSettings:
    """The site settings, as ``SiteSettings.for_request`` gives them. Each request gets its
    own shallow copy (Wagtail notes the request on it) sharing the decoded phone lines."""
    attr_name = SiteSettings.get_cache_attr_name()
    if hasattr(request, attr_name):
        return getattr(request, attr_name)
    site = site_for_request(request)
    if site is None:
        return SiteSettings.for_request(request)
    kept = remember(request, ("site_settings", site.pk), lambda: SiteSettings.for_site(site))
    site_settings = copy.copy(kept)
    site_settings._request = request
    setattr(request, attr_name, site_settings)
    return site_settings


class SharedSiteMiddleware:
    """Pages find their site and its settings without a query when they are kept.

    After CommonMiddleware, so the host has been checked against ALLOWED_HOSTS.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path_info.startswith(SKIPPED_PREFIXES) and site_for_request(request):
            site_settings_for_request(request)
        return self.get_response(request)
