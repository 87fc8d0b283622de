"""Page hits ranked in the search index (search.pages): only live pages anyone may see, and the
PostgreSQL query as a request sends it (outside a transaction) as well as inside one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from news.models import NewsArticlePage
from search import pages as page_ranking
from search.search import build_search_query, search_pages
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory
from tests.search.test_search import result_urls

pytestmark = pytest.mark.django_db


def add_article(slug: str, *, live: bool = True) -> NewsArticlePage:
    return NewsArticlePageFactory(title=f"Quokka {slug}", slug=slug, summary="Quokkas.", live=live)


def test_private_unpublished_and_draft_pages_are_not_found(client):
    article = add_article("quokka-news")
    add_article("quokka-draft", live=False)
    assert result_urls(client, "quokka") == [article.url]

    restriction = PageViewRestriction.objects.create(page=article, restriction_type="login")
    assert result_urls(client, "quokka") == []
    restriction.delete()

    above = PageViewRestriction.objects.create(
        page=NewsIndexPageFactory(), restriction_type="login"
    )
    assert result_urls(client, "quokka") == []
    above.delete()

    assert result_urls(client, "quokka") == [article.url]
    article.unpublish()
    assert result_urls(client, "quokka") == []


@pytest.mark.postgres
def test_the_query_sent_outside_a_transaction_rules_out_sequential_scans(monkeypatch):
    article = add_article("quokka-news")
    query = build_search_query(["quokka"])
    assert not page_ranking.without_sequential_scans()  # the test runs in a transaction
    search_pages(search_query=query)  # site root paths are cached by the first search

    monkeypatch.setattr(page_ranking, "without_sequential_scans", lambda: True)
    with CaptureQueriesContext(connection) as queries:
        results = search_pages(search_query=query)
    assert [result.page_id for result in results] == [article.pk]
    assert len(queries) == 1
    assert queries[0]["sql"].startswith("SET LOCAL enable_seqscan = off; SELECT")
