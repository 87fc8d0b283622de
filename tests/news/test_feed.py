"""The news feed parses as RSS 2.0 and holds the latest published articles only."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from news.feeds import FEED_LENGTH
from news.models import NewsArticlePage, NewsIndexPage
from tests.bulk import add_live_children

pytestmark = pytest.mark.django_db


def fetch_feed(client):
    response = client.get("/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)  # noqa: S314


def test_feed_lists_published_articles_newest_first(client, demo_site):
    channel = fetch_feed(client).find("channel")
    assert "Manchester Safeguarding Partnership" in channel.findtext("title")
    items = channel.findall("item")
    expected = list(NewsArticlePage.objects.published().order_by("-date", "-pk"))
    assert [item.findtext("title") for item in items] == [a.title for a in expected]
    first = items[0]
    assert first.findtext("link") == f"http://testserver{expected[0].url}"
    assert first.findtext("description") == expected[0].summary
    assert first.findtext("category") == expected[0].topics.get().name
    assert first.findtext("pubDate")


def test_feed_keeps_out_drafts_and_future_news_and_stops_at_twenty(client, demo_site):
    index = NewsIndexPage.objects.get()
    today = timezone.localdate()
    demo_articles = NewsArticlePage.objects.live().count()  # all newer than ten days
    add_live_children(
        index,
        [
            NewsArticlePage(
                title=f"Feed article {number}",
                slug=f"feed-article-{number}",
                date=today - datetime.timedelta(days=10 + number),
            )
            for number in range(FEED_LENGTH + 3)
        ],
        index=False,
    )
    draft = NewsArticlePage(title="Draft news", slug="draft-news", live=False)
    future = NewsArticlePage(
        title="Tomorrow's news", slug="tomorrow", date=today + datetime.timedelta(days=1)
    )
    index.add_child(instance=draft)
    index.add_child(instance=future)
    titles = [item.findtext("title") for item in fetch_feed(client).iter("item")]
    assert len(titles) == FEED_LENGTH
    assert "Draft news" not in titles and "Tomorrow's news" not in titles
    # The demo articles, then the newest generated ones.
    assert titles[-1] == f"Feed article {FEED_LENGTH - demo_articles - 1}"


def test_every_page_advertises_the_feed(client, demo_site, seed_page):
    for url in ("/", "/news/", seed_page.url, "/no-such-page/"):
        html = client.get(url).content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" '
            'title="News from Manchester Safeguarding Partnership" href="/news/feed/">'
        ) in html, url
