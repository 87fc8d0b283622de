"""The news feed parses as RSS 2.0 and holds the latest published articles only."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from demo.bulk import add_live_children
from news.feeds import FEED_LENGTH
from news.models import NewsArticlePage
from tests.factories import (
    GuidancePageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    TopicFactory,
    home_page,
)

pytestmark = pytest.mark.django_db


def fetch_feed(client):
    response = client.get("/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)  # noqa: S314


def test_feed_lists_published_articles_newest_first(client, organisation):
    today = timezone.localdate()
    topic = TopicFactory()
    older = NewsArticlePageFactory(date=today - datetime.timedelta(days=1))
    newest = NewsArticlePageFactory(topics=[topic])
    channel = fetch_feed(client).find("channel")
    assert channel.findtext("title") == f"News from {organisation}"
    items = channel.findall("item")
    expected = list(NewsArticlePage.objects.published().order_by("-date", "-pk")[:FEED_LENGTH])
    assert [item.findtext("title") for item in items] == [a.title for a in expected]
    titles = [item.findtext("title") for item in items]
    assert titles.index(newest.title) < titles.index(older.title)
    first = items[0]
    assert first.findtext("title") == newest.title  # the newest of today's, by when added
    assert first.findtext("link") == f"http://testserver{newest.url}"
    assert first.findtext("description") == newest.summary
    assert first.findtext("category") == topic.name
    assert first.findtext("pubDate")


def test_feed_keeps_out_drafts_and_future_news_and_stops_at_twenty(client):
    index = NewsIndexPageFactory()
    today = timezone.localdate()
    # Dated today and added last, so they are the newest whatever else is published.
    articles = add_live_children(
        index, NewsArticlePageFactory.build_batch(FEED_LENGTH + 3, date=today), index=False
    )
    draft = NewsArticlePageFactory(title="Draft news", live=False)
    future = NewsArticlePageFactory(
        title="Tomorrow's news", date=today + datetime.timedelta(days=1)
    )
    assert future.live and draft.pk > articles[-1].pk
    titles = [item.findtext("title") for item in fetch_feed(client).iter("item")]
    assert len(titles) == FEED_LENGTH
    assert "Draft news" not in titles and "Tomorrow's news" not in titles
    # The newest first: the last added, back to the twentieth from the end.
    assert titles == [article.title for article in reversed(articles)][:FEED_LENGTH]


def test_every_page_advertises_the_feed(client, organisation):
    urls = (home_page().url, NewsIndexPageFactory().url, GuidancePageFactory().url)
    for url in (*urls, "/no-such-page/"):
        html = client.get(url).content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" '
            f'title="News from {organisation}" href="/news/feed/">'
        ) in html, url
