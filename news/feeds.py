"""An RSS 2.0 feed of the latest news, for readers and other partnership sites to follow."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from portal.models import SiteSettings

from .models import NewsArticlePage, NewsIndexPage

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The newest published articles, newest first, with their topics as categories."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return SiteSettings.for_request(request)

    def title(self, settings: SiteSettings) -> str:
        return f"News from {settings.organisation_name}"

    def description(self, settings: SiteSettings) -> str:
        return f"The latest news from {settings.organisation_name}."

    def link(self) -> str:
        index = NewsIndexPage.objects.live().first()
        return index.get_url(self.request) if index else "/"

    def feed_url(self) -> str:
        return reverse("news_feed")

    def items(self):
        return NewsArticlePage.objects.newest().prefetch_related("topics")[:FEED_LENGTH]

    def item_title(self, item: NewsArticlePage) -> str:
        return item.title

    def item_description(self, item: NewsArticlePage) -> str:
        return item.summary or item.search_description

    def item_link(self, item: NewsArticlePage) -> str:
        return item.get_url(self.request)

    def item_pubdate(self, item: NewsArticlePage) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))

    def item_updateddate(self, item: NewsArticlePage) -> datetime.datetime | None:
        return item.last_published_at

    def item_categories(self, item: NewsArticlePage) -> list[str]:
        return [topic.name for topic in item.topics.all()]


def news_feed(request):
    """The feed view: a fresh Feed per request, as the feed keeps the request for URLs."""
    return NewsFeed()(request)
