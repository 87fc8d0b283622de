"""Whole anonymous pages kept in Django's cache (Redis in production), for any deployment.

Entries are keyed by path and query string. Two generation numbers make purging cheap:
one for the whole site and one per path, so purging ``/news/`` also drops ``/news/?page=2``
and purging the whole site is one increment, whatever the number of pages.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse

from . import compression

SITE_GENERATION_KEY = "pagecache:site"
# Headers that describe one response and are recomputed on the way out.
DROPPED_HEADERS = {"date", "age", "x-page-cache", "content-length", "content-encoding"}


def enabled() -> bool:
    return bool(getattr(settings, "CACHING_PAGE_CACHE", False))


def _cache():
    return caches[settings.CACHING_PAGE_CACHE_ALIAS]


def _path_key(path: str) -> str:
    digest = hashlib.blake2b(path.encode(), digest_size=16).hexdigest()
    return f"pagecache:path:{digest}"


def _generations(path: str) -> tuple[int, int]:
    path_key = _path_key(path)
    found = _cache().get_many([SITE_GENERATION_KEY, path_key])
    return found.get(SITE_GENERATION_KEY, 0), found.get(path_key, 0)


def _entry_key(request: HttpRequest) -> str:
    site, path = _generations(request.path)
    query = request.META.get("QUERY_STRING", "")
    digest = hashlib.blake2b(f"{request.path}?{query}".encode(), digest_size=16).hexdigest()
    # "v2": entries hold (status, headers, body, stored at, gzipped); a new layout takes a
    # new prefix, so entries left by an older release are never read.
    return f"pagecache:v2:{site}:{path}:{digest}"


def fetch(request: HttpRequest) -> HttpResponse | None:
    """The stored response for this anonymous GET/HEAD, or None. A page stored compressed
    goes out as it is to a client that takes gzip, and is unpacked for any other."""
    stored = _cache().get(_entry_key(request))
    if stored is None:
        return None
    status, headers, content, stored_at, gzipped = stored
    if gzipped and not compression.accepts_gzip(request):
        content, gzipped = compression.gunzip(content), False
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    if gzipped:
        response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(content))
    response["Age"] = str(max(int(time.time() - stored_at), 0))
    response["X-Page-Cache"] = "hit"
    return response


def store(
    request: HttpRequest, response: HttpResponse, timeout: int, compressed: bytes | None = None
) -> None:
    """Keep a rendered page; ``compressed`` is its body gzipped, kept instead when given."""
    if request.method != "GET" or response.streaming or response.status_code != 200:
        return
    headers = [(n, v) for n, v in response.items() if n.lower() not in DROPPED_HEADERS]
    body = response.content if compressed is None else compressed
    entry = (response.status_code, headers, body, time.time(), compressed is not None)
    _cache().set(_entry_key(request), entry, timeout)
    response["X-Page-Cache"] = "miss"


def purge_paths(paths: list[str]) -> None:
    """Forget every stored variant (any query string) of each path."""
    cache = _cache()
    for path in set(paths):
        key = _path_key(path)
        if not cache.add(key, 1, None):
            cache.incr(key)


def purge_everything() -> None:
    cache = _cache()
    if not cache.add(SITE_GENERATION_KEY, 1, None):
        cache.incr(SITE_GENERATION_KEY)
