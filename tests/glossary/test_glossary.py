"""The glossary: A to Z page, inline definitions in guidance and chapters, search synonyms."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.rich_text import RichText

from glossary.marking import mark_terms
from glossary.models import GlossaryTerm
from glossary.terms import Glossary, GlossaryEntry
from search.models import Synonym
from tests.factories import (
    ChapterPageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    GuidancePageFactory,
    StandardPageFactory,
)

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


def paragraph(html: str):
    return ("paragraph", RichText(html))


@pytest.fixture
def term(db):
    """A term with an abbreviation."""
    return GlossaryTermFactory()


@pytest.fixture
def plain_term(db):
    """A term without an abbreviation."""
    return GlossaryTermFactory(term="Quartzing", abbreviation="")


@pytest.fixture
def guidance(term, plain_term):
    return GuidancePageFactory(
        body=[
            ("heading", {"text": f"{term.term} ({term.abbreviation}) guidance", "level": "h2"}),
            paragraph(
                f"<p>Ask the {term.abbreviation} first. The {term.abbreviation} will call.</p>"
            ),
            paragraph("<p>Quartzing can be hard to spot. Report quartzing at once.</p>"),
        ]
    )


def test_a_to_z_page_has_an_anchor_per_term(client, term):
    term.related_page = StandardPageFactory()
    term.save()
    html = client.get(GlossaryPageFactory().url).content.decode()
    for each in GlossaryTerm.objects.all():
        assert f'id="{each.slug}"' in html, each
    assert '<a href="#letter-q">Q</a>' in html
    letter = html.index('<h2 id="letter-q">Q</h2>')
    following = re.search(r'<h2 id="letter-[r-z]">', html[letter:])
    end = letter + following.start() if following else len(html)
    assert letter < html.index(f'id="{term.slug}"') < end, "under its letter"
    assert f'href="{term.related_page.url}"' in html


def test_guidance_marks_the_first_use_of_each_term(client, term, plain_term, guidance):
    html = client.get(guidance.url).content.decode()
    slug = term.slug
    # The abbreviation is first used in a heading (left alone), then in a paragraph: marked
    # once there.
    assert html.count(f'popovertarget="glossary-{slug}"') == 1
    assert html.count(f'id="glossary-{slug}" popover') == 1
    marked = re.search(rf'popovertarget="glossary-{slug}">([^<]*)<', html).group(1)
    assert marked == term.abbreviation
    heading = re.search(
        rf"<h2[^>]*>{re.escape(term.term)} \({term.abbreviation}\) guidance</h2>", html
    )
    assert heading, "headings are not changed"
    for plain_slug in (plain_term.slug,):
        assert html.count(f'popovertarget="glossary-{plain_slug}"') == 1, plain_slug
    # The definition is in the page (no hover, no script) with a link to the glossary.
    assert f"<dfn>{term.abbreviation}</dfn> ({term.term}): " in html
    glossary_url = GlossaryPageFactory().url
    assert f'href="{glossary_url}#{slug}">{term.abbreviation} in the glossary</a>' in html
    assert '<span class="visually-hidden"> (definition)</span>' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)", html)
    assert not re.search(r"\son[a-z]+=", html)
    assert ' style="' not in html


def test_chapters_mark_terms_too(client, term):
    chapter = ChapterPageFactory(
        body=[paragraph(f"<p>Call the {term.term} today. The {term.term} will answer.</p>")]
    )
    html = client.get(chapter.url).content.decode()
    assert html.count(f'popovertarget="glossary-{term.slug}"') == 1
    assert f'popovertarget="glossary-{term.slug}">{term.term}<' in html


def test_changing_a_term_shows_on_the_next_view_and_views_cost_no_glossary_query(
    client, term, guidance
):
    client.get(guidance.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(guidance.url)
    assert not [q for q in queries if "glossary_glossaryterm" in q["sql"]]
    term.definition = "The panel that keeps a register of quartz zones."
    term.save()
    assert term.definition in client.get(guidance.url).content.decode()


def test_a_glossary_term_feeds_the_search_synonyms(client):
    GlossaryTermFactory(
        term="Team Around the Quartz", abbreviation="TAQ", definition="A meeting of services."
    )
    synonym = Synonym.objects.get(term="TAQ")
    assert synonym.forms == ["TAQ", "Team Around the Quartz"]
    # An existing synonym gains the glossary's full term once, and keeps its own forms.
    Synonym.objects.create(term="QZX", alternatives="quartz zone extra")
    term = GlossaryTermFactory(term="Quartz Zone Exchange", abbreviation="QZX")
    gained = Synonym.objects.get(term="QZX").alternatives
    assert gained == "quartz zone extra, Quartz Zone Exchange"
    term.save()
    assert Synonym.objects.get(term="QZX").alternatives == gained
    page = StandardPageFactory(summary="How the Team Around the Quartz meets.")
    response = client.get("/search/", {"q": "TAQ"})
    assert page.title in response.content.decode()


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


def test_glossary_words_are_offered_to_the_search_vocabulary(term):
    phrases = [
        phrase for source in hooks.get_hooks("register_search_vocabulary") for phrase in source()
    ]
    assert term.term in phrases
    assert term.abbreviation in phrases


def test_changing_a_term_purges_pages_in_the_application_page_cache(
    client, term, guidance, put_in_page_cache, django_capture_on_commit_callbacks
):
    put_in_page_cache(guidance.url)
    term.definition = "The panel with the register of quartz zones, newly worded."
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
    page = client.get(guidance.url)
    assert page["X-Page-Cache"] == "miss"
    assert term.definition in page.content.decode()
