"""Make a pack: a GET form, nothing stored, and one real PDF of the chosen pages."""

import time

import pytest

from demo.bulk import add_live_children
from procedures.models import ChapterPage, PackPage
from procedures.pack import MAX_PACK_PAGES
from tests.factories import GuidancePageFactory
from tests.factories.procedures import (
    OwnManualPageFactory,
    PackPageFactory,
    WrittenChapterPageFactory,
    paragraph_body,
)
from tests.pdf_reading import outline_titles, page_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def pack_page(db):
    return PackPageFactory()


@pytest.fixture
def manual(db):
    return OwnManualPageFactory()


def chapter_body(title: str) -> list[dict]:
    """A chapter of some length: three sections of two paragraphs."""
    sentence = f"Practitioners following {title} record what they see and who they tell. "
    return [
        block
        for section in range(1, 4)
        for block in paragraph_body(
            *(sentence * 4 for _ in range(2)), heading=f"Section {section} of {title}"
        )
    ]


def guidance_body() -> list[tuple[str, str]]:
    return [("paragraph", "<p>Keep personal and work accounts apart.</p>")]


def pdf_url(pack_page: PackPage, ids) -> str:
    return pack_page.url + "pdf/?" + "&".join(f"pages={pk}" for pk in ids)


def test_the_form_lists_chapters_and_guidance_as_a_get_form(client, pack_page, manual):
    chapters = [WrittenChapterPageFactory(parent=manual) for _ in range(2)]
    guidance = GuidancePageFactory()
    response = client.get(pack_page.url)
    html = response.content.decode()
    assert 'method="get"' in html and f'action="{pack_page.url}pdf/"' in html
    for chapter in chapters:
        assert f'value="{chapter.pk}" id="pack-page-{chapter.pk}"' in html
    assert f'value="{guidance.pk}"' in html
    assert not response.cookies


def test_the_pack_is_a_pdf_with_the_chosen_titles_contents_and_notice(client, pack_page, manual):
    chapters = [
        WrittenChapterPageFactory(parent=manual, body=chapter_body(f"part {n}")) for n in range(4)
    ]
    chosen, not_chosen = chapters[:2], chapters[3]
    seed = GuidancePageFactory(body=guidance_body())
    response = client.get(pdf_url(pack_page, [seed.pk, *(c.pk for c in chosen)]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    pdf = response.content
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    titles = outline_titles(pdf)
    # Chapters first in tree order, then guidance: whatever order the address gave.
    expected = [c.title for c in chosen] + [seed.title]
    found = [t for t in titles if t in expected]
    assert found == expected, titles
    assert "Contents" in titles
    assert not_chosen.title not in titles
    assert page_count(pdf) >= 4  # cover and contents, then a page or more each


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "Choose at least one chapter or guidance page."),
        ("?pages=abc", "One of the pages asked for is not available."),
        ("?pages=999999999", "One of the pages asked for is not available."),
        ("?pages=99999999999999999999999", "One of the pages asked for is not available."),
    ],
)
def test_bad_choices_get_the_form_again_with_an_error(client, pack_page, query, message):
    response = client.get(pack_page.url + "pdf/" + query)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not response.cookies


def test_a_page_that_is_not_a_chapter_or_guidance_is_refused(client, pack_page, manual):
    response = client.get(pdf_url(pack_page, [manual.pk]))
    assert response.status_code == 400


def test_the_number_of_pages_in_a_pack_is_bounded(client, pack_page, manual):
    chapters = add_live_children(
        manual,
        [
            ChapterPage(title=f"Extra {number}", slug=f"extra-{number}")
            for number in range(MAX_PACK_PAGES + 1)
        ],
        index=False,
    )
    ids = [chapter.pk for chapter in chapters]
    response = client.get(pdf_url(pack_page, ids))
    assert response.status_code == 400
    assert f"Choose at most {MAX_PACK_PAGES} pages" in response.content.decode()
    # The boxes the reader ticked stay ticked.
    assert f'value="{ids[0]}" id="pack-page-{ids[0]}" checked' in response.content.decode()


def test_size_and_time_of_a_ten_chapter_pack(client, pack_page, manual):
    chapters = [
        WrittenChapterPageFactory(parent=manual, body=chapter_body(f"part {n}")) for n in range(10)
    ]
    started = time.perf_counter()
    response = client.get(pdf_url(pack_page, [c.pk for c in chapters]))
    seconds = time.perf_counter() - started
    assert response.status_code == 200
    titles = outline_titles(response.content)
    assert all(c.title in titles for c in chapters), ([c.title for c in chapters], titles)
    size = len(response.content)
    print(
        f"\npack of 10 chapters: {size / 1024:.0f} KiB, {page_count(response.content)} "
        f"PDF pages, {seconds:.2f} s"
    )
    assert size < 2 * 1024 * 1024
    assert seconds < 60  # generous: two shared cores; about 2-3 s when idle


def test_a_chapter_links_to_itself_as_a_pdf(client, pack_page):
    chapter = WrittenChapterPageFactory()
    html = client.get(chapter.url).content.decode()
    url = f"{pack_page.url}pdf/?pages={chapter.pk}"
    assert f'<a href="{url}">Download this chapter as a PDF</a>' in html
    response = client.get(url)
    assert response.status_code == 200
    assert chapter.title in outline_titles(response.content)
