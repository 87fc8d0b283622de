"""Which requests and responses may be shared between readers, and for how long.

The one place that decides ``Cache-Control`` for the public site. A response is public only
when every one of these holds: the request is a GET or HEAD from someone with no session
cookie, outside the admin, not a preview; the response sets no cookie and has not chosen
its own caching already. Everything else from a signed-in editor is marked private.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

CACHEABLE_METHODS = ("GET", "HEAD")
# Statuses a shared cache may keep, and whether the long page lifetime applies.
PUBLIC_STATUSES = {200: True, 301: True, 404: False, 410: False}
SHORT_LIFETIME = 60


def excluded_prefixes() -> tuple[str, ...]:
    return tuple(getattr(settings, "CACHING_EXCLUDED_PATHS", ("/admin/",)))


def has_session(request: HttpRequest) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def request_is_shareable(request: HttpRequest) -> bool:
    """True for a request whose answer can be the same for every anonymous reader."""
    return (
        request.method in CACHEABLE_METHODS
        and not has_session(request)
        and not request.path.startswith(excluded_prefixes())
    )


def media_lifetime(request: HttpRequest) -> int | None:
    """Uploaded images and renditions never change at one address: cache them for a year."""
    if request.path.startswith(settings.MEDIA_URL):
        return settings.CACHING_MEDIA_MAX_AGE
    return None


def apply(request: HttpRequest, response: HttpResponse) -> bool:
    """Set Cache-Control on ``response``; True when it may be stored in a shared cache."""
    if response.has_header("Cache-Control"):
        return _already_public(response) and not response.cookies
    if response.cookies or getattr(request, "is_preview", False):
        add_never_cache_headers(response)
        return False
    if not request_is_shareable(request):
        if request.method not in CACHEABLE_METHODS or has_session(request):
            add_never_cache_headers(response)
        return False
    long_lived = PUBLIC_STATUSES.get(response.status_code)
    if long_lived is None:
        return False
    media = media_lifetime(request)
    if media is not None and response.status_code == 200:
        patch_cache_control(response, public=True, max_age=media, immutable=True)
        return True
    shared = settings.CACHING_PAGE_S_MAXAGE if long_lived else SHORT_LIFETIME
    browser = min(settings.CACHING_PAGE_MAX_AGE, shared)
    patch_cache_control(response, public=True, max_age=browser, s_maxage=shared)
    return True


def _already_public(response: HttpResponse) -> bool:
    value = response.get("Cache-Control", "").lower()
    return "public" in value and "private" not in value and "no-store" not in value
