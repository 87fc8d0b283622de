"""The levels of need page, and what every procedures and glossary page gives readers."""

import pytest
from django.core.management import call_command

from procedures.models import Amendment, ChapterPage, LevelsOfNeedPage, ProceduresManualPage
from tests.fixtures import procedures_page_type_urls

pytestmark = pytest.mark.django_db


def test_levels_show_indicators_by_domain_for_children_and_adults(client, demo_site):
    page = LevelsOfNeedPage.objects.get()
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


def test_readers_get_no_cookies_and_no_inline_code(client, demo_site):
    urls = list(procedures_page_type_urls(ChapterPage).values()) + ["/make-a-pack/pdf/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 400), url
        assert not response.cookies, (url, list(response.cookies))
        html = response.content.decode()
        assert "<script>" not in html and ' style="' not in html, url
    assert "sessionid" not in client.cookies and "csrftoken" not in client.cookies


def test_purge_paths_cover_every_route(demo_site):
    manual = ProceduresManualPage.objects.get()
    assert manual.get_cached_paths() == ["/", "/amendments/"]
    chapter = ChapterPage.objects.get(slug="responding-to-concerns-about-a-child")
    paths = chapter.get_cached_paths()
    assert paths[0] == "/"
    assert {f"/changes/{pk}/" for pk in chapter.amendments.values_list("pk", flat=True)} == set(
        paths[1:]
    )


def test_purging_old_revisions_keeps_those_the_log_compares_with(client, demo_site):
    logged = set(Amendment.objects.values_list("revision_id", flat=True))
    call_command("purge_revisions", days=0, verbosity=0)
    assert logged <= set(Amendment.objects.values_list("revision__pk", flat=True))
    chapter = ChapterPage.objects.get(slug="responding-to-concerns-about-a-child")
    earliest = chapter.amendments.last()
    assert client.get(f"{chapter.url}changes/{earliest.pk}/").status_code == 200
