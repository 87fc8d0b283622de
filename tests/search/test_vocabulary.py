"""Search that forgives: "Did you mean ...?" from the site's own words (trigrams on PostgreSQL)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import PageViewRestriction

from demo.bulk import add_live_children
from news.models import NewsArticlePage
from search.models import SearchTerm, Synonym
from search.vocabulary import (
    VOCABULARY_HOOK,
    collect_vocabulary,
    rebuild_vocabulary,
    suggest,
    words_in,
)
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<h3 class="card__title"><a href="([^"]+)">')
POSTGRES = pytest.mark.postgres


def search(client, query: str):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def own_words():
    """Pages titled with made-up words no other page uses, and the vocabulary rebuilt."""
    pages = [
        StandardPageFactory(title="Zephyrwick planning for marrow teams"),
        StandardPageFactory(title="Zephyrwick in the community"),
        StandardPageFactory(title="Online quillonade"),
    ]
    rebuild_vocabulary()
    return pages


def test_words_are_letters_in_lower_case_and_short_ones_are_left_out():
    assert words_in("Self-neglect & hoarding: a guide (2026) for GPs’ staff") == [
        "self",
        "neglect",
        "hoarding",
        "guide",
        "for",
        "gps",
        "staff",
    ]
    assert words_in("") == [] and words_in(None) == []


def test_the_vocabulary_holds_live_public_titles_and_synonyms():
    StandardPageFactory(title="Zephyrwick, marrowgate and quillonade")
    Synonym.objects.create(term="ZLADO", alternatives="Zephyr Quillon Designated Officer")
    rebuild_vocabulary()
    terms = set(SearchTerm.objects.values_list("term", flat=True))
    assert {"zephyrwick", "marrowgate", "quillonade"} <= terms
    assert {"zlado", "quillon", "officer"} <= terms, "synonym forms"
    assert "use" not in terms or SearchTerm.objects.get(term="use").weight >= 1


def test_other_apps_add_words_through_the_hook():
    def glossary():
        return ["Contextual safeguarding", "Perplexingly rare term"]

    with hooks.register_temporarily(VOCABULARY_HOOK, glossary):
        assert collect_vocabulary()["perplexingly"] == 1
        rebuild_vocabulary()
        assert SearchTerm.objects.filter(term="perplexingly").exists()
    assert rebuild_vocabulary() >= 2, "the words go when their source does"
    assert not SearchTerm.objects.filter(term="perplexingly").exists()


def test_restricted_and_unpublished_titles_stay_out(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        secret = NewsArticlePageFactory(title="Zanzibarian secret", revision=True)
    assert SearchTerm.objects.filter(term="zanzibarian").exists(), "publishing rebuilds"
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert not SearchTerm.objects.filter(term="zanzibarian").exists()
    PageViewRestriction.objects.filter(page=secret).delete()
    with django_capture_on_commit_callbacks(execute=True):
        secret.unpublish()
    assert not SearchTerm.objects.filter(term="zanzibarian").exists()


def test_editing_synonyms_rebuilds_the_vocabulary(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        synonym = Synonym.objects.create(term="ICPC", alternatives="Child protection conference")
    assert SearchTerm.objects.filter(term="icpc").exists()
    with django_capture_on_commit_callbacks(execute=True):
        synonym.delete()
    assert not SearchTerm.objects.filter(term="icpc").exists()


@POSTGRES
def test_a_misspelling_offers_did_you_mean_with_its_results(client, own_words):
    assert suggest("zephyrwikc") == "zephyrwick"
    html = search(client, "zephyrwikc")
    assert "Did you mean" in html
    assert '<a href="/search/?q=zephyrwick"><strong>zephyrwick</strong></a>' in html
    assert "for “zephyrwikc” or “zephyrwick”" in html
    urls = RESULT_LINK.findall(html)
    assert urls, "the suggestion's results are shown"
    assert set(urls) == set(RESULT_LINK.findall(search(client, "zephyrwick")))


@POSTGRES
def test_each_misspelt_word_is_corrected_and_known_words_kept(own_words):
    assert suggest("Marrow zephyrwikc") == "Marrow zephyrwick"
    assert suggest('quillonaed "online"') == 'quillonade "online"'
    assert suggest("zephyrwick") is None, "nothing to correct"
    assert suggest("qqzzxx") is None, "nothing close"


@POSTGRES
def test_correct_spellings_get_no_suggestion(client, own_words):
    html = search(client, "zephyrwick")
    assert "Did you mean" not in html
    assert RESULT_LINK.findall(html)


def test_no_suggestion_on_other_databases_and_none_without_results(client, own_words):
    expected = "zephyrwick" if connection.vendor == "postgresql" else None
    assert suggest("zephyrwikc") == expected
    html = search(client, "qqzzxxnothing")
    assert "Did you mean" not in html
    assert "No results found" in html


@pytest.mark.parametrize(
    "query",
    [
        "%",
        "%%%_\\",
        "'; DROP TABLE portal_searchterm; --",
        "safegaurding " * 40,
        "ŝàfégùårdîng ñeglect 保护儿童",
        "a" * 5000,
        "\u200b\ufeff",
        "word:value OR AND NOT ()",
        '"unclosed quote',
    ],
)
def test_hostile_queries_are_answered_never_a_500(client, own_words, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert SearchTerm.objects.exists()


@POSTGRES
def test_the_query_count_stays_fixed_whatever_the_volume(client, own_words):

    def count(query: str) -> int:
        client.get("/search/", {"q": query})
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/search/", {"q": query}).status_code == 200
        return len(queries)

    before = {q: count(q) for q in ("zephyrwikc", "qqzzxxnothing", "zephyrwick")}
    add_live_children(
        NewsIndexPageFactory(),
        [
            NewsArticlePage(
                title=f"Zephyrwick bulletin {number}",
                slug=f"zephyrwick-bulletin-{number}",
                date="2026-01-01",
                summary="Zephyrwick news.",
            )
            for number in range(60)
        ],
    )
    rebuild_vocabulary()
    after = {q: count(q) for q in before}
    assert before == after
    assert max(after.values()) <= 12, after
