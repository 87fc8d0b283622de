"""One middleware for the public page cache: headers (and gzip) on the way out, whole pages
from the application cache on the way in (when ``CACHING_PAGE_CACHE`` is on)."""

from django.conf import settings

from . import compression, page_cache, policy


class PublicPageCacheMiddleware:
    """Place it straight after WhiteNoise, before sessions and CSRF, so it sees their cookies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        use_cache = page_cache.enabled() and policy.request_is_shareable(request)
        if use_cache:
            request.get_host()  # a stored page is still only served for an allowed host
            cached = page_cache.fetch(request)
            if cached is not None:
                return cached
        response = self.get_response(request)
        shareable = policy.apply(request, response)
        if not shareable or policy.media_lifetime(request) is not None:
            return response
        compressed = compression.gzip_body(response)
        if use_cache:
            page_cache.store(request, response, settings.CACHING_PAGE_S_MAXAGE, compressed)
        if compressed is not None and compression.accepts_gzip(request):
            compression.send_gzip(response, compressed)
        return response
