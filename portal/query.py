"""Query helpers that keep public pages to a fixed, small number of SQL queries."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet


def restricted_ancestor_exists() -> Exists:
    """True for a page when it, or any page above it, has a view restriction.

    Wagtail's own `.public()` runs a query to list restricted pages first; this is the same
    test done inside the listing's own query.
    """
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def alias_ancestor_exists() -> Exists:
    """True for a page when it, or any page above it, is an alias of another page."""
    return Exists(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length("path")), alias_of__isnull=False
        )
    )


class PortalPageQuerySet(PageQuerySet):
    def published(self):
        """Live pages that anyone may see."""
        return self.live().exclude(restricted_ancestor_exists())
