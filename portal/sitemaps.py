"""The sitemap: an index at /sitemap.xml and its pages at /sitemap-pages.xml?p=N.

Each part costs a fixed number of queries whatever the number of pages, and stays small
enough for a front cache to hold and send cheaply: crawlers follow the index.
"""

from django.conf import settings
from django.db.models import Max
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .query import PortalPageQuerySet

SECTION = "pages"
# What an address and its date need (Page.get_url_parts and Sitemap.lastmod).
SITEMAP_FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "locale_id",
    "translation_key",
    "last_published_at",
    "latest_revision_created_at",
)


class PortalSitemap(Sitemap):
    """Every live page anyone may see, under the site of the request, in parts of
    ``SITEMAP_PAGE_SIZE`` addresses.

    Wagtail's own sitemap loads each page's specific fields, one query per page type (and
    again for every 2,000 pages). A sitemap only needs the address and the publishing date,
    both on the base page, so pages come as plain base pages with just those fields: one
    query for them all, and nothing built per page but the address. No page type overrides
    ``get_sitemap_urls`` or ``get_url_parts``; one that does must be listed by its own
    sitemap section.
    """

    @property
    def limit(self) -> int:
        return settings.SITEMAP_PAGE_SIZE

    def _pages(self):
        root = self.get_wagtail_site().root_page
        return PortalPageQuerySet(Page).descendant_of(root, inclusive=True).published()

    def items(self):
        return self._pages().order_by("path").only(*SITEMAP_FIELDS)

    def get_latest_lastmod(self):
        """For the index, in one aggregate (Django's default reads every page)."""
        latest = self._pages().aggregate(
            latest=Max(Coalesce("last_published_at", "latest_revision_created_at"))
        )
        return latest["latest"]


SITEMAPS = {SECTION: PortalSitemap}
