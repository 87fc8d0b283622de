"""The news listing: newest first, filtered by topic and year with values it knows."""

import datetime

import pytest
from django.utils import timezone

from news.models import NewsArticlePage
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

# Long before any other news, so the year holds this test's article alone.
LONG_AGO = datetime.date(2001, 6, 1)


@pytest.fixture
def topic(db):
    return TopicFactory()


@pytest.fixture
def old_article(topic):
    return NewsArticlePageFactory(title="An article from long ago", date=LONG_AGO, topics=[topic])


def titles(client, query: str) -> list[str]:
    html = client.get(f"{NewsIndexPageFactory().url}{query}").content.decode()
    return [
        a.split(">", 1)[1].split("<")[0]
        for a in html.split('<h2 class="card__title"><a href="')[1:]
    ]


def test_filter_by_year_and_topic(client, topic, old_article):
    recent = NewsArticlePageFactory(topics=[topic])
    other = NewsArticlePageFactory(topics=[TopicFactory()])
    assert titles(client, f"?year={LONG_AGO.year}") == [old_article.title]
    assert titles(client, f"?topic={topic.slug}") == [recent.title, old_article.title]
    everything = titles(client, "")
    newest = NewsArticlePage.objects.child_of(NewsIndexPageFactory()).newest()
    assert everything == [article.title for article in newest[:10]]  # newest first
    assert everything.index(other.title) < everything.index(recent.title)
    last_page = (newest.count() + 9) // 10
    assert titles(client, f"?page={last_page}")[-1] == old_article.title  # the oldest last


def test_filter_options_list_only_years_and_topics_in_use(client, topic, old_article):
    unused = TopicFactory()
    html = client.get(NewsIndexPageFactory().url).content.decode()
    assert f'<option value="{LONG_AGO.year}">' in html
    assert f'<option value="{topic.slug}">{topic.name}</option>' in html
    assert f'value="{unused.slug}"' not in html  # no news on that topic


def test_future_dated_article_is_not_listed(client):
    listed = NewsArticlePageFactory()
    embargoed = NewsArticlePageFactory(
        title="Embargoed announcement", date=timezone.localdate() + datetime.timedelta(days=3)
    )
    assert embargoed.live
    html = client.get(NewsIndexPageFactory().url).content.decode()
    assert listed.title in html
    assert "Embargoed announcement" not in html
