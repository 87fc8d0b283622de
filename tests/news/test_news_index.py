"""The news listing: newest first, filtered by topic and year with values it knows."""

import datetime

import pytest
from django.utils import timezone

from news.models import NewsArticlePage, NewsIndexPage
from portal.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_article(demo_site):
    index = NewsIndexPage.objects.get()
    article = NewsArticlePage(
        title="An article from two years ago",
        slug="two-years-ago",
        date=timezone.localdate() - datetime.timedelta(days=730),
    )
    index.add_child(instance=article)
    article.topics.add(Topic.objects.get(name="Neglect"))
    article.save_revision().publish()
    return article


def titles(client, query: str) -> list[str]:
    html = client.get(f"/news/{query}").content.decode()
    return [a.split(">", 1)[1] for a in html.split('<h2 class="card__title"><a href="')[1:]]


def test_filter_by_year_and_topic(client, old_article):
    year = old_article.date.year
    assert [t.split("<")[0] for t in titles(client, f"?year={year}")] == [old_article.title]
    by_topic = [t.split("<")[0] for t in titles(client, "?topic=carers")]
    assert by_topic == ["Carers Manchester: working together for carers"]
    everything = titles(client, "")
    assert len(everything) == 7
    assert everything[-1].startswith(old_article.title)  # newest first


def test_filter_options_list_only_years_and_topics_in_use(client, old_article):
    Topic.objects.create(name="Modern slavery", slug="modern-slavery")
    html = client.get("/news/").content.decode()
    assert f'<option value="{old_article.date.year}">' in html
    assert '<option value="neglect">Neglect</option>' in html
    assert 'value="modern-slavery"' not in html  # no news on that topic


def test_future_dated_article_is_not_listed(client, demo_site):
    index = NewsIndexPage.objects.get()
    index.add_child(
        instance=NewsArticlePage(
            title="Embargoed announcement",
            slug="embargoed",
            date=timezone.localdate() + datetime.timedelta(days=3),
        )
    )
    assert "Embargoed announcement" not in client.get("/news/").content.decode()
