"""An RSS 2.0 feed of newly published reviews, for practitioners and other boards to follow."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed


class ReviewFeed(Feed):
    """The newest reviews in one library, with their themes as categories."""

    feed_type = Rss201rev2Feed

    def __init__(self, *, library, items):
        super().__init__()
        self.library = library
        self.review_items = items

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.library

    def title(self, library) -> str:
        return library.title

    def description(self, library) -> str:
        return f"Safeguarding reviews newly published in {library.title.lower()}."

    def link(self, library) -> str:
        return library.get_url(self.request)

    def feed_url(self, library) -> str:
        return library.get_url(self.request) + library.reverse_subpage("feed")

    def items(self, library):
        return self.review_items

    def item_title(self, item) -> str:
        return f"{item.short_name}: {item.title}"

    def item_description(self, item) -> str:
        return item.summary or item.search_description

    def item_link(self, item) -> str:
        return item.get_url(self.request)

    def item_pubdate(self, item) -> datetime.datetime:
        day = item.published_on
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))

    def item_updateddate(self, item) -> datetime.datetime | None:
        return item.last_published_at

    def item_categories(self, item) -> list[str]:
        return [item.get_review_type_display(), *(theme.name for theme in item.themes.all())]
