"""The page queryset shared by the content apps."""

from wagtail.query import PageQuerySet


class PortalPageQuerySet(PageQuerySet):
    def published(self):
        """Live pages that anyone may see."""
        return self.live().public()
