"""Purging: the one public way to tell every cache that something readers see has changed.

``purge_pages`` drops pages and everything that lists them; ``purge_whole_site`` drops
everything, for changes shown on every page (partners, settings, menus, the sidebar).
Both clear the application page cache at once. The front cache (Varnish or a CDN, through
``wagtail.contrib.frontend_cache``) is purged in the request when it is a few addresses,
and through the task queue when it is many.
"""

import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django_tasks import task
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, ReferenceIndex, Site

from . import fragments, page_cache

logger = logging.getLogger(__name__)

# More addresses than this are purged from the front cache by the worker, not the request.
INLINE_PURGE_LIMIT = 40


def _site_root_url() -> str:
    site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    return site.root_url if site else "http://localhost"


def purge_urls(urls: Iterable[str]) -> None:
    """Purge absolute URLs (or site paths) from the page cache and the front cache, once the
    current transaction (if any) has committed."""
    root = None
    absolute = []
    for url in set(urls):
        if url.startswith("/"):
            root = root or _site_root_url()
            url = root + url
        absolute.append(url)
    if absolute:
        fragments.new_generation()
        transaction.on_commit(lambda: _purge_now(absolute), robust=True)


def _purge_now(absolute: list[str]) -> None:
    if page_cache.enabled():
        page_cache.purge_paths([urlsplit(url).path or "/" for url in absolute])
    if len(absolute) <= INLINE_PURGE_LIMIT:
        purge_urls_from_cache_task.call(absolute)
    else:
        purge_urls_from_cache_task.enqueue(absolute)


def _listing_pages(pages: list[Page]) -> list[Page]:
    """Pages that show these pages: their ancestors (listings, home) and pages linking to them."""
    ids = {page.pk for page in pages}
    ancestor_paths = {
        page.path[:depth]
        for page in pages
        for depth in range(Page.steplen * 2, len(page.path), Page.steplen)
    }
    page_type = ContentType.objects.get_for_model(Page)
    linking = set()
    for page in pages:
        linking.update(
            int(object_id)
            for object_id in ReferenceIndex.get_references_to(page)
            .filter(base_content_type=page_type)
            .values_list("object_id", flat=True)
            if str(object_id).isdigit()
        )
    return list(Page.objects.live().filter(Q(path__in=ancestor_paths) | Q(pk__in=linking - ids)))


def urls_for_pages(pages: Iterable[Page], *, with_listings: bool = True) -> set[str]:
    pages = list(pages)
    batch = PurgeBatch()
    batch.add_pages(pages)
    if with_listings:
        batch.add_pages(_listing_pages(pages))
    urls = set(batch.urls)
    for page in pages:
        extra = getattr(page.specific_deferred, "cache_dependent_urls", None)
        if extra is not None:
            urls.update(extra())
    urls.update(settings.CACHING_LISTING_PATHS if with_listings else ())
    return urls


def purge_pages(pages: Iterable[Page]) -> None:
    """Purge pages and every page that lists them (parent, home, feeds, sitemap, links)."""
    purge_urls(urls_for_pages(pages))


def purge_page(page: Page) -> None:
    """Purge one page and the addresses that belong to it (not its listings): a booking."""
    purge_urls(urls_for_pages([page], with_listings=False))


def purge_whole_site() -> None:
    """Purge every page of the site from every cache; call it when something on every page
    changes (an alert banner, partners, site settings, menus). Safe inside a transaction:
    the purge happens once the change is committed."""
    fragments.new_generation()
    transaction.on_commit(_purge_whole_site_now, robust=True)


def _purge_whole_site_now() -> None:
    if page_cache.enabled():
        page_cache.purge_everything()
    others = []
    for name, backend in get_backends().items():
        if hasattr(backend, "purge_all"):
            backend.purge_all()
        else:
            others.append(name)
    if others:
        purge_every_page_task.enqueue(others)


@task()
def purge_every_page_task(backend_names: list[str]) -> int:
    """For front caches that cannot empty themselves (a CDN): purge every live page's URLs."""
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().specific(defer=True).iterator())
    urls = batch.urls | set(settings.CACHING_LISTING_PATHS)
    root = _site_root_url()
    urls = {root + url if url.startswith("/") else url for url in urls}
    purge_urls_from_cache_task.call(sorted(urls), None, backend_names)
    return len(urls)
