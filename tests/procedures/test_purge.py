"""Publishing a chapter or changing the glossary purges every cached page that shows it."""

import pytest
from django.core.cache import cache
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from tests.factories import GlossaryPageFactory, GlossaryTermFactory, GuidancePageFactory
from tests.factories.procedures import (
    OwnManualPageFactory,
    PackPageFactory,
    WrittenChapterPageFactory,
)
from tests.factories.procedures import republish as publish

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
    purged, django_capture_on_commit_callbacks
):
    pack_page = PackPageFactory()
    manual = OwnManualPageFactory()
    chapter, neighbour = (WrittenChapterPageFactory(parent=manual) for _ in range(2))
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(chapter, note="Clarified the signs.")
    assert manual.full_url in purged
    assert manual.full_url + "amendments/" in purged
    assert neighbour.full_url in purged
    assert pack_page.full_url in purged


def test_changing_a_glossary_term_purges_pages_showing_definitions(
    purged, django_capture_on_commit_callbacks
):
    glossary = GlossaryPageFactory()
    guidance, chapter = GuidancePageFactory(), WrittenChapterPageFactory()
    term = GlossaryTermFactory()
    PURGED.clear()
    term.definition = "The regulator for social workers."
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
    assert guidance.full_url in purged
    assert chapter.full_url in purged
    assert glossary.full_url in purged


def test_publishing_a_chapter_rerenders_its_neighbours_in_the_application_page_cache(
    client, settings, django_capture_on_commit_callbacks
):
    manual = OwnManualPageFactory()
    before, chapter, after = (WrittenChapterPageFactory(parent=manual) for _ in range(3))
    settings.CACHING_PAGE_CACHE = True
    cache.clear()
    neighbours = [before, after]
    for page in neighbours:
        assert chapter.title in client.get(page.url).content.decode()  # linked by its title
    for page in neighbours:
        assert client.get(page.url)["X-Page-Cache"] == "hit"
    chapter.title = "Child exploitation: criminal and sexual"
    with django_capture_on_commit_callbacks(execute=True):
        publish(chapter, note="Retitled.")
    for page in neighbours:
        response = client.get(page.url)
        assert response["X-Page-Cache"] == "miss"
        assert "Child exploitation: criminal and sexual" in response.content.decode()
