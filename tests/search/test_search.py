"""Search: every kind of content, jargon both ways, promoted results, and no 500s on any query."""

import datetime
import re

import pytest
from django.test import RequestFactory
from wagtail import hooks
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from demo.bulk import add_live_children
from guidance.models import QAPage, QuestionAnswer
from guidance.search import search_answers
from news.models import NewsArticlePage
from portal.models import SiteSettings
from search.models import Synonym
from search.search import SEARCH_SOURCE_HOOK, SearchResult, clean_query, query_variants
from search.views import search
from tests.factories import (
    DocumentFactory,
    GuidancePageFactory,
    NewsIndexPageFactory,
    QAPageFactory,
    QuestionAnswerFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<h3 class="card__title"><a href="([^"]+)">')


def result_urls(client, query: str, **params) -> list[str]:
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return RESULT_LINK.findall(response.content.decode())


def test_results_show_title_type_summary_and_date(client):
    page = GuidancePageFactory(
        title="Use of zorblax media by practitioners",
        summary="How practitioners and volunteers keep zorblax media use professional.",
        last_reviewed=datetime.date(2025, 3, 4),
    )
    html = client.get("/search/", {"q": "zorblax"}).content.decode()
    item = html[html.index(page.url) :]
    item = item[: item.index("</li>")]
    assert "Use of zorblax media by practitioners" in item
    assert "Guidance page" in item
    assert f'datetime="{page.last_reviewed:%Y-%m-%d}"' in item
    assert page.summary[:40] in item


@pytest.fixture
def jargon():
    """Made-up jargon with its synonyms, pages that use one form only, and a Q&A answer."""
    Synonym.objects.create(term="ZLADO", alternatives="Zephyr Quillon Designated Officer")
    Synonym.objects.create(term="ZCSE", alternatives="zephyr child exploitation")
    Synonym.objects.create(term="ZMASH", alternatives="Zephyr Multi-Agency Hub")
    allegations = GuidancePageFactory(
        title="Allegations against staff online", summary="Tell the ZLADO the same day."
    )
    # The page says "zephyr child exploitation" in its title, never "ZCSE".
    grooming = GuidancePageFactory(
        title="Online grooming and zephyr child exploitation", summary="The signs to look for."
    )
    mash = QuestionAnswerFactory(
        question="What is the ZMASH?", answer="<p>The ZMASH takes every referral.</p>"
    )
    return {
        "allegations": allegations.url,
        "grooming": grooming.url,
        "mash": f"{mash.page.url}#what-is-the-zmash",
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        # The page only says "ZLADO"; the synonym finds it from the full name.
        ("Zephyr Quillon Designated Officer", "allegations"),
        ("ZLADO", "allegations"),
        # The page only says "zephyr child exploitation", in its title.
        ("ZCSE signs", "grooming"),
        ("Zephyr Multi-Agency Hub", "mash"),
        ("ZMASH", "mash"),
    ],
)
def test_jargon_works_both_ways(client, jargon, query, expected):
    assert jargon[expected] in result_urls(client, query)


def test_without_the_synonym_the_full_name_does_not_find_the_acronym_page(client, jargon):
    Synonym.objects.filter(term="ZLADO").delete()
    urls = result_urls(client, "Zephyr Quillon Designated Officer")
    assert jargon["allegations"] not in urls


def test_synonyms_are_editable_snippets(admin_client):
    Synonym.objects.create(term="ZLADO", alternatives="Zephyr Quillon Designated Officer")
    response = admin_client.get("/admin/snippets/portal/synonym/")
    assert response.status_code == 200
    assert "Zephyr Quillon Designated Officer" in response.content.decode()


def test_query_variants_swap_each_form():
    lado = Synonym(term="LADO", alternatives="Local Authority Designated Officer, , LADO")
    assert lado.forms == ["LADO", "Local Authority Designated Officer"]
    variants, expansions = query_variants(query="call the lado today", synonyms=[lado])
    assert variants == ["call the lado today", "call the Local Authority Designated Officer today"]
    assert expansions == ["Local Authority Designated Officer"]
    # Whole words only: "escalado" is not LADO.
    assert query_variants(query="escalado", synonyms=[lado]) == (["escalado"], [])


def test_qa_answers_link_to_their_anchor(client):
    answer = QuestionAnswerFactory(question="Can I accept a zorblax request from a young person?")
    qa_url = answer.page.url
    urls = result_urls(client, "zorblax request")
    assert f"{qa_url}#can-i-accept-a-zorblax-request-from-a-young-person" in urls
    assert qa_url not in urls  # the answer stands in for the whole Q&A page


def test_a_new_answer_is_found_once_saved(client):
    page = QAPageFactory()
    QuestionAnswer.objects.create(
        page=page, question="What is a zorblax review?", answer="<p>A made-up review.</p>"
    )
    assert f"{page.url}#what-is-a-zorblax-review" in result_urls(client, "zorblax")
    answer = QuestionAnswer.objects.get(anchor="what-is-a-zorblax-review")
    answer.question = "What is a quuxifer review?"
    answer.save()
    assert f"{page.url}#what-is-a-zorblax-review" in result_urls(client, "quuxifer")


def test_documents_are_found(client):
    DocumentFactory(title="Zorblax acceptable use policy")
    urls = result_urls(client, "zorblax acceptable use policy")
    assert any(url.startswith("/documents/") for url in urls)
    html = client.get("/search/", {"q": "zorblax acceptable use policy"}).content.decode()
    assert "Document (PDF)" in html


def test_promoted_results_come_first(client):
    GuidancePageFactory.create_batch(3, title="Zorblax media guide")
    target = StandardPageFactory(title="Zorblax media: where to start")
    query = Query.get("zorblax media")
    SearchPromotion.objects.create(query=query, page=target, description="Start here.")
    html = client.get("/search/", {"q": "Zorblax  media"}).content.decode()
    assert "Recommended" in html
    urls = RESULT_LINK.findall(html)
    assert urls[0] == target.url
    assert urls.count(target.url) == 1
    assert "Start here." in html


def test_no_results_page_helps(client):
    menu = StandardPageFactory.create_batch(3, show_in_menus=True)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.children_daytime_phone = "0100 000 1234"
    site_settings.emergency_number = "112"
    site_settings.save()
    html = client.get("/search/", {"q": "xqzvwk"}).content.decode()
    assert "0 results" in html
    assert "No results found" in html
    assert "check the spelling" in html
    assert f'href="{menu[0].url}"' in html and f'href="{menu[1].url}"' in html
    assert f'href="{menu[2].url}"' in html
    assert 'href="tel:01000001234"' in html and 'href="tel:112"' in html


def test_empty_search_shows_the_form_only(client):
    html = client.get("/search/").content.decode()
    assert 'name="q"' in html
    assert "result" not in html.split("<main", 1)[1].split("</main>")[0]


def wombat_bulletins(count: int) -> list[NewsArticlePage]:
    """`count` news articles found by "wombat", in the search index."""
    return add_live_children(
        NewsIndexPageFactory(),
        [
            NewsArticlePage(
                title=f"Wombat bulletin {number}", slug=f"wombat-{number}", summary="Wombats."
            )
            for number in range(count)
        ],
    )


@pytest.mark.parametrize("page_number", ["abc", "0", "-1", "99999", "1.5", "%00"])
def test_bad_page_numbers_give_a_page(client, page_number):
    wombat_bulletins(12)
    response = client.get("/search/", {"q": "wombat", "page": page_number})
    assert response.status_code == 200


def test_results_are_paginated(client):
    wombat_bulletins(12)
    first = client.get("/search/", {"q": "wombat"}).content.decode()
    assert "12 results" in first
    assert 'rel="next"' in first
    second = client.get("/search/", {"q": "wombat", "page": "2"}).content.decode()
    assert len(RESULT_LINK.findall(first)) == 10
    assert len(RESULT_LINK.findall(second)) == 2
    assert set(RESULT_LINK.findall(first)).isdisjoint(RESULT_LINK.findall(second))


HOSTILE_QUERIES = [
    "a" * 10_000,
    "social media " * 1_000,
    '"',
    '""',
    '"unterminated phrase',
    "'",
    "' OR '1'='1",
    "'; DROP TABLE wagtailcore_page; --",
    "AND",
    "OR",
    "NOT",
    "social AND media OR NOT lado",
    "-",
    "-social +media",
    "*",
    "soc*",
    "( )",
    "((social)",
    ":",
    "title:social",
    "live:false",
    "a:b:c:",
    "& | ! <-> :*",
    "\\",
    "%",
    "_",
    "<script>alert(1)</script>",
    "Безопасность детей",
    "儿童保护",
    "حماية الطفل",
    "👶🏽🛡️",
    "\u200b\u200d",
    "social\x00media",
    "\x00",
    "\x01\x1f\x7f",
    "\ufffd",
    "   ",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_any_query_gets_a_page(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert b"<h1>Search</h1>" in response.content


@pytest.mark.parametrize("raw", ["%00", "%ED%A0%80", "%FF%FE", "%C0%80", "a%00b%ud800"])
def test_undecodable_query_strings_get_a_page(client, raw):
    response = client.get(f"/search/?q={raw}")
    assert response.status_code == 200


def test_lone_surrogates_are_dropped():
    request = RequestFactory().get("/search/")
    request.GET = request.GET.copy()
    request.GET["q"] = "social \ud800media"
    response = search(request)
    assert response.status_code == 200
    assert clean_query("social \ud800media\x00") == "social media"
    assert len(clean_query("x" * 10_000)) == 200


@pytest.mark.postgres
def test_hostile_queries_on_postgresql_full_text(client):
    """The same queries through PostgreSQL's to_tsquery parsing and ranking."""
    page = GuidancePageFactory(title="Zorblax media for practitioners and volunteers")
    for query in HOSTILE_QUERIES:
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200, repr(query[:40])
    assert page.url in result_urls(client, "zorblax media practitioners")


def test_the_qa_page_entry_follows_its_answers(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        answer = QuestionAnswerFactory(question="Who keeps the rota?")
    page = answer.page
    answer.answer = "<p>Ask about the plumbago rota.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        answer.save()
    assert page.pk in {found.pk for found in QAPage.objects.search("plumbago")}
    with django_capture_on_commit_callbacks(execute=True):
        answer.delete()
    assert not list(QAPage.objects.search("plumbago"))


def test_documents_in_private_collections_are_not_found(client):
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password="x"
    )
    inner = private.add_child(name="Inner")
    document = DocumentFactory(title="Zorblax acceptable use policy")
    query = "zorblax acceptable use policy"
    assert any(u.startswith("/documents/") for u in result_urls(client, query))
    get_document_model().objects.filter(pk=document.pk).update(collection=inner)
    assert not any(u.startswith(f"/documents/{document.pk}/") for u in result_urls(client, query))


def test_promoted_outside_links_are_shown(client):
    GuidancePageFactory(title="Zorblax standards for practitioners")
    query = Query.get("zorblax standards")
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.hcpc-uk.org/standards/",
        external_link_text="HCPC standards",
    )
    html = client.get("/search/", {"q": "Zorblax standards"}).content.decode()
    assert RESULT_LINK.findall(html)[0] == "https://www.hcpc-uk.org/standards/"
    assert "HCPC standards" in html


def test_apps_add_search_sources_that_stand_in_for_their_pages(client):
    guidance_page = GuidancePageFactory(title="Use of zorblax media")
    assert guidance_page.url in result_urls(client, "zorblax media")

    def source(*, search_query, request):
        found = SearchResult(title="From a source", url="/from-a-source/", type_label="Thing")
        return [found], {guidance_page.pk}

    with hooks.register_temporarily(SEARCH_SOURCE_HOOK, source):
        urls = result_urls(client, "zorblax media")
    assert "/from-a-source/" in urls
    assert guidance_page.url not in urls  # the source's result stands in for the page


def test_qa_answers_come_from_the_guidance_source():
    assert search_answers in hooks.get_hooks(SEARCH_SOURCE_HOOK)
