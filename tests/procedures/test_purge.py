"""Publishing a chapter or changing the glossary purges every cached page that shows it."""

import pytest
from django.core.cache import cache
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from glossary.models import GlossaryTerm
from procedures.models import ChapterPage, ProceduresManualPage
from tests.procedures.helpers import publish

pytestmark = pytest.mark.django_db

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    """A frontend cache that writes down what it is asked to purge."""

    def purge(self, url) -> None:
        PURGED.append(url)


@pytest.fixture
def purged(settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    return PURGED


def test_publishing_a_chapter_purges_the_manual_its_neighbours_and_the_pack_list(
    purged, demo_site, django_capture_on_commit_callbacks
):
    manual = ProceduresManualPage.objects.get()
    chapter = ChapterPage.objects.get(slug="child-exploitation")
    with django_capture_on_commit_callbacks(execute=True):
        publish(chapter, note="Clarified the signs.")
    assert manual.full_url in purged
    assert manual.full_url + "amendments/" in purged
    neighbour = ChapterPage.objects.get(slug="allegations-against-staff-and-volunteers")
    assert neighbour.full_url in purged
    assert any(url.endswith("/make-a-pack/") for url in purged)


def test_changing_a_glossary_term_purges_pages_showing_definitions(
    purged, seed_page, django_capture_on_commit_callbacks
):
    term = GlossaryTerm.objects.get(abbreviation="HCPC")
    term.definition = "The regulator for social workers."
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
    assert seed_page.full_url in purged
    assert ChapterPage.objects.live().first().full_url in purged
    assert any(url.endswith("/glossary/") for url in purged)


def test_publishing_a_chapter_rerenders_its_neighbours_in_the_application_page_cache(
    client, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.CACHING_PAGE_CACHE = True
    cache.clear()
    chapter = ChapterPage.objects.get(slug="child-exploitation")
    neighbours = [
        page
        for page in ChapterPage.objects.sibling_of(chapter).live().exclude(pk=chapter.pk)
        if chapter.title in client.get(page.url).content.decode()
    ]
    assert neighbours, "a neighbour links to the chapter by its title"
    for page in neighbours:
        assert client.get(page.url)["X-Page-Cache"] == "hit"
    chapter.title = "Child exploitation: criminal and sexual"
    with django_capture_on_commit_callbacks(execute=True):
        publish(chapter, note="Retitled.")
    for page in neighbours:
        response = client.get(page.url)
        assert response["X-Page-Cache"] == "miss"
        assert "Child exploitation: criminal and sexual" in response.content.decode()
