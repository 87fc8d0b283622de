"""Shared parts of pages (the site, its settings, menus, sidebar lists, partners) worked out
once per process and kept until something readers see changes.

A *generation* token in Django's cache (Redis in production, so every process sees it)
names the current state of the content. It is read once per request; values are kept in
this process's memory under that token, so a request that finds them costs no query.
``new_generation()`` replaces the token: the signals in this app call it whenever a page, a
site-wide model or a view restriction is saved or deleted, and whenever a purge runs.
When the cache is emptied the token is gone, and a new one is made, so nothing outlives it.

Values that depend on the time as well say when they stop being true (``until``). Nothing
is kept longer than a shared cache may keep a page (``CACHING_PAGE_S_MAXAGE``): a change
that starts no new generation (a document's title, say) shows no later than it would there.
"""

import uuid
from collections.abc import Callable, Hashable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

GENERATION_KEY = "fragments:generation"
# Kept values per process; past this many (a very large site, or odd Host headers) the
# memory starts again.
MAX_ENTRIES = 2000

_memory: dict[Hashable, tuple[Any, datetime]] = {}
_memory_generation: str | None = None


def _read_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, generation, None):
            generation = cache.get(GENERATION_KEY) or generation
    return generation


def generation(request=None) -> str:
    """The current token: read from the cache once per request."""
    if request is None:
        return _read_generation()
    found = getattr(request, "_fragments_generation", None)
    if found is None:
        found = _read_generation()
        request._fragments_generation = found
    return found


def new_generation(**_kwargs) -> None:
    """Forget every kept value in every process: now, and again once the current
    transaction commits (so nothing read before the commit is kept after it)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, uuid.uuid4().hex, None))


def remember(
    request,
    key: Hashable,
    compute: Callable[[], Any],
    until: Callable[[Any], datetime | None] | None = None,
) -> Any:
    """The value kept for ``key`` in the current generation, or ``compute()`` kept now.

    ``until(value)`` gives the moment the value stops being true, or None when only the
    content (and ``max_age()``) can end it.
    """
    global _memory_generation
    current = generation(request)
    if current != _memory_generation:
        _memory.clear()
        _memory_generation = current
    kept = _memory.get(key)
    if kept is not None:
        value, expires = kept
        if timezone.now() < expires:
            return value
    value = compute()
    if len(_memory) >= MAX_ENTRIES:
        _memory.clear()
    expires = timezone.now() + timedelta(seconds=max_age())
    ends = until(value) if until is not None else None
    _memory[key] = (value, min(expires, ends) if ends is not None else expires)
    return value


def max_age() -> int:
    return getattr(settings, "CACHING_PAGE_S_MAXAGE", 3600)
