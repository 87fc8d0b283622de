"""sitemap.xml in a fixed number of queries, whatever the number of pages or page types."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .query import restricted_ancestor_exists


class PortalSitemap(Sitemap):
    """Every live page anyone may see, under the site of the request.

    Wagtail's own sitemap loads each page's specific fields, one query per page type (and
    again for every 2,000 pages), and lists restrictions in a query of its own. A sitemap
    only needs the address and the publishing date, both on the base page, so pages come
    as their specific class with the specific fields deferred: one query for them all.
    No page type overrides ``get_sitemap_urls``; one that does must use base fields only,
    or pay one query per page.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        return (
            Page.objects.descendant_of(root, inclusive=True)
            .live()
            .exclude(restricted_ancestor_exists())
            .order_by("path")
            .specific(defer=True)
        )
