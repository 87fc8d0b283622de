"""The manual's contents, chapter numbering, previous/next links and the in-page contents."""

import pytest

from procedures.models import ChapterPage
from tests.factories.procedures import (
    OwnManualPageFactory,
    WrittenChapterPageFactory,
    paragraph_body,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def manual(db):
    return OwnManualPageFactory()


@pytest.fixture
def chapters(manual):
    return [WrittenChapterPageFactory(parent=manual) for _ in range(3)]


def test_contents_lists_the_chapters_numbered_in_tree_order(client, manual, chapters):
    html = client.get(manual.url).content.decode()
    positions = [html.index(f">{n}.</span> {c.title}<") for n, c in enumerate(chapters, 1)]
    assert positions == sorted(positions)
    assert f'href="{manual.url}amendments/"' in html


def test_moving_a_chapter_renumbers_the_manual_and_its_neighbours(client, chapters):
    first, second, third = chapters
    html = client.get(second.url).content.decode()
    assert "Chapter 2:</span>" in html
    assert f'href="{first.url}" rel="prev"' in html
    assert f'href="{third.url}" rel="next"' in html

    third.move(first, pos="left")  # the third chapter becomes the first
    html = client.get(ChapterPage.objects.get(pk=second.pk).url).content.decode()
    assert "Chapter 3:</span>" in html
    first_html = client.get(ChapterPage.objects.get(pk=third.pk).url).content.decode()
    assert "Chapter 1:</span>" in first_html
    assert 'rel="prev"' not in first_html


def test_last_chapter_has_no_next_link_and_drafts_are_not_counted(client, manual, chapters):
    WrittenChapterPageFactory(parent=manual, title="Draft chapter", live=False)
    html = client.get(chapters[-1].url).content.decode()
    assert f"Chapter {len(chapters)}:</span>" in html
    assert 'rel="next"' not in html
    assert "Draft chapter" not in client.get(manual.url).content.decode()


def test_in_page_contents_numbers_the_sections(client, manual, chapters):
    chapter = WrittenChapterPageFactory(
        parent=manual,
        body=[
            *paragraph_body("Who this is for.", heading="Scope"),
            *paragraph_body("How to tell.", heading="Recognising concerns"),
            *paragraph_body("Call the MASH.", heading="Making a referral"),
        ],
    )
    html = client.get(chapter.url).content.decode()
    assert '<a href="#making-a-referral">4.3 Making a referral</a>' in html
    assert '<h2 id="making-a-referral">Making a referral</h2>' in html


def test_a_new_chapter_joins_the_end_and_is_searchable(client, manual, chapters):
    chapter = WrittenChapterPageFactory(
        parent=manual,
        title="Information sharing",
        body=paragraph_body("Share information to keep people safe."),
    )
    assert f"Chapter {len(chapters) + 1}:</span>" in client.get(chapter.url).content.decode()
    response = client.get("/search/", {"q": "Share information to keep people safe"})
    assert chapter.title in response.content.decode()


def test_chapter_pages_carry_the_print_validity_notice_filled_by_the_browser(client):
    chapter = WrittenChapterPageFactory()
    html = client.get(chapter.url).content.decode()
    assert "data-printed-on" in html
    assert "valid on that day only" in html
    assert f"check the current version at {chapter.full_url}" in html
    assert "/static/js/print-notice.js" in html
    assert "<script>" not in html
