"""The glossary: A to Z page, inline definitions in guidance and chapters, search synonyms."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks

from glossary.marking import mark_terms
from glossary.models import GlossaryPage, GlossaryTerm
from glossary.terms import Glossary, GlossaryEntry
from procedures.models import ChapterPage
from search.models import Synonym

pytestmark = pytest.mark.django_db


def entry(term, abbreviation="", case_sensitive=False, slug=None) -> GlossaryEntry:
    return GlossaryEntry(
        term=term,
        abbreviation=abbreviation,
        definition=f"What {term} means.",
        slug=slug or (abbreviation or term).lower().replace(" ", "-"),
        case_sensitive=case_sensitive,
        related_url="",
        related_title="",
    )


def test_demo_glossary_has_the_terms_practitioners_meet(demo_site):
    assert GlossaryTerm.objects.count() >= 25
    wanted = {"LADO", "MASH", "DoLS", "CSE", "CCE", "SAR", "CSPR", "DSL", "MARAC"}
    assert wanted <= set(GlossaryTerm.objects.values_list("abbreviation", flat=True))
    assert GlossaryTerm.objects.filter(term="Prevent", case_sensitive=True).exists()
    assert GlossaryTerm.objects.filter(abbreviation__startswith="EHC").exists()


def test_a_to_z_page_has_an_anchor_per_term(client, demo_site):
    html = client.get(GlossaryPage.objects.get().url).content.decode()
    for term in GlossaryTerm.objects.all():
        assert f'id="{term.slug}"' in html, term
    assert '<a href="#letter-l">L</a>' in html
    assert '<h2 id="letter-l">L</h2>' in html
    lado = GlossaryTerm.objects.get(abbreviation="LADO")
    assert f'href="{lado.related_page.url}"' in html


def test_seed_page_marks_the_first_use_of_each_term(client, seed_page):
    html = client.get(seed_page.url).content.decode()
    # HCPC is first used in a heading (left alone), then in a paragraph: marked once there.
    assert html.count('popovertarget="glossary-hcpc"') == 1
    assert html.count('id="glossary-hcpc" popover') == 1
    marked = re.search(r'popovertarget="glossary-hcpc">([^<]*)<', html).group(1)
    assert marked == "HCPC"
    heading = re.search(
        r"<h2[^>]*>Health and Care Professions Council \(HCPC\) guidance</h2>", html
    )
    assert heading, "headings are not changed"
    for slug in ("grooming",):
        assert html.count(f'popovertarget="glossary-{slug}"') == 1, slug
    # The definition is in the page (no hover, no script) with a link to the glossary.
    assert "<dfn>HCPC</dfn> (Health and Care Professions Council): " in html
    assert 'href="/glossary/#hcpc">HCPC in the glossary</a>' in html
    assert '<span class="visually-hidden"> (definition)</span>' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)", html)
    assert not re.search(r"\son[a-z]+=", html)
    assert ' style="' not in html


def test_chapters_mark_terms_too(client, demo_site):
    chapter = ChapterPage.objects.get(slug="allegations-against-staff-and-volunteers")
    html = client.get(chapter.url).content.decode()
    assert html.count('popovertarget="glossary-lado"') == 1
    assert 'popovertarget="glossary-lado">Local Authority Designated Officer<' in html


def test_changing_a_term_shows_on_the_next_view_and_views_cost_no_glossary_query(client, seed_page):
    client.get(seed_page.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(seed_page.url)
    assert not [q for q in queries if "glossary_glossaryterm" in q["sql"]]
    term = GlossaryTerm.objects.get(abbreviation="HCPC")
    term.definition = "The regulator that keeps a register of social workers."
    term.save()
    assert term.definition in client.get(seed_page.url).content.decode()


def test_a_glossary_term_feeds_the_search_synonyms(client, demo_site):
    GlossaryTerm.objects.create(
        term="Team Around the Family", abbreviation="TAF", definition="A meeting of services."
    )
    synonym = Synonym.objects.get(term="TAF")
    assert synonym.forms == ["TAF", "Team Around the Family"]
    # An existing synonym gains the glossary's full term once, and keeps its own forms.
    lado = Synonym.objects.get(term="LADO")
    before = lado.alternatives
    GlossaryTerm.objects.get(abbreviation="LADO").save()
    assert Synonym.objects.get(term="LADO").alternatives == before
    response = client.get("/search/", {"q": "TAF"})
    assert "Team Around the Family" in response.content.decode()


@pytest.mark.parametrize(
    "html, expected_marked, expected_unchanged",
    [
        ("<p>Ask the LADO. The LADO will call.</p>", 1, "The LADO will call."),
        ('<p><a href="/x">LADO</a> then LADO</p>', 1, '<a href="/x">LADO</a>'),
        ("<h2>LADO</h2><p>Talk &amp; call the LADO</p>", 1, "<h2>LADO</h2>"),
        ("<p>ESCALADO and lado</p>", 0, "ESCALADO and lado"),
        ("<p>We prevent harm through Prevent.</p>", 1, "We prevent harm through "),
    ],
)
def test_marking_rules(html, expected_marked, expected_unchanged):
    glossary = Glossary(
        entries=(
            entry("Local Authority Designated Officer", "LADO"),
            entry("Prevent", case_sensitive=True),
        ),
        page_url="/glossary/",
    )
    marked = mark_terms(html, glossary)
    assert marked.count("<button") == expected_marked
    assert expected_unchanged in marked


def test_definitions_are_escaped():
    hostile = GlossaryEntry("Grooming", "", "<script>x</script>", "grooming", False, "", "")
    marked = mark_terms("<p>grooming</p>", Glossary(entries=(hostile,), page_url=""))
    assert "<script>" not in marked and "&lt;script&gt;" in marked


def test_glossary_words_are_offered_to_the_search_vocabulary(demo_site):
    phrases = [
        phrase for source in hooks.get_hooks("register_search_vocabulary") for phrase in source()
    ]
    assert "Local Authority Designated Officer" in phrases
    assert "LADO" in phrases


def test_changing_a_term_purges_pages_in_the_application_page_cache(
    client, seed_page, put_in_page_cache, django_capture_on_commit_callbacks
):
    put_in_page_cache(seed_page.url)
    term = GlossaryTerm.objects.get(abbreviation="HCPC")
    term.definition = "The regulator with the register of social workers, newly worded."
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
    page = client.get(seed_page.url)
    assert page["X-Page-Cache"] == "miss"
    assert term.definition in page.content.decode()
