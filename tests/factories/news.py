"""The news section (the site's one index, reused) and articles."""

import factory
from django.utils import timezone

from news.models import NewsArticlePage, NewsIndexPage

from .base import PortalPageFactory, SectionPageFactory, topics_hook


class NewsIndexPageFactory(SectionPageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(PortalPageFactory):
    """An article dated today in the news section; `topics=[...]` to file it."""

    title = factory.Sequence(lambda n: f"News article {n}")
    parent = factory.SubFactory(NewsIndexPageFactory)
    date = factory.LazyFunction(timezone.localdate)
    summary = factory.LazyAttribute(lambda o: f"What {o.title} is about.")
    topics = topics_hook()

    class Meta:
        model = NewsArticlePage
