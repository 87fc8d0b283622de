"""The levels of need page, and what every procedures and glossary page gives readers."""

import pytest
from django.core.management import call_command

from procedures.models import Amendment
from tests.factories import GlossaryPageFactory
from tests.factories.procedures import (
    LevelsOfNeedPageFactory,
    OwnManualPageFactory,
    PackPageFactory,
    WrittenChapterPageFactory,
    paragraph_body,
    republish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def amended_chapter(db):
    chapter = WrittenChapterPageFactory(parent=OwnManualPageFactory())
    chapter.body = paragraph_body("Clearer steps.")
    return republish(chapter, note="Clearer steps.", level="significant")


def test_levels_show_indicators_by_domain_for_children_and_adults(client):
    page = LevelsOfNeedPageFactory()
    html = client.get(page.url).content.decode()
    assert html.count('<section class="level"') == 4
    for text in (
        "Level 1: Universal",
        "Level 2: Early help",
        "Level 4: Specialist and statutory",
        "Children and young people: what you might see",
        "Adults: what you might see",
        "<h4>Parenting capacity</h4>",
        "<h4>Care and support</h4>",
        "<h3>Who to contact</h3>",
        "<h3>What happens next</h3>",
        'href="#level-3"',
    ):
        assert text in html, text
    assert "data-print-notice" in html and "data-print-button" in html


def test_readers_get_no_cookies_and_no_inline_code(client, amended_chapter):
    manual = amended_chapter.get_parent().specific
    earliest = amended_chapter.amendments.last()
    pack_page = PackPageFactory()
    urls = [
        manual.url,
        f"{manual.url}amendments/",
        amended_chapter.url,
        f"{amended_chapter.url}changes/{earliest.pk}/",
        LevelsOfNeedPageFactory().url,
        pack_page.url,
        GlossaryPageFactory().url,
        f"{pack_page.url}pdf/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 400), url
        assert not response.cookies, (url, list(response.cookies))
        html = response.content.decode()
        assert "<script>" not in html and ' style="' not in html, url
    assert "sessionid" not in client.cookies and "csrftoken" not in client.cookies


def test_purge_paths_cover_every_route(amended_chapter):
    manual = amended_chapter.get_parent().specific
    assert manual.get_cached_paths() == ["/", "/amendments/"]
    paths = amended_chapter.get_cached_paths()
    assert paths[0] == "/"
    amendments = set(amended_chapter.amendments.values_list("pk", flat=True))
    assert len(amendments) == 2
    assert {f"/changes/{pk}/" for pk in amendments} == set(paths[1:])


def test_purging_old_revisions_keeps_those_the_log_compares_with(client, amended_chapter):
    logged = set(Amendment.objects.values_list("revision_id", flat=True))
    call_command("purge_revisions", days=0, verbosity=0)
    assert logged <= set(Amendment.objects.values_list("revision__pk", flat=True))
    earliest = amended_chapter.amendments.last()
    assert client.get(f"{amended_chapter.url}changes/{earliest.pk}/").status_code == 200
