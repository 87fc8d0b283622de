"""The amendments log comes from publishing; "what changed" compares real revisions."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from procedures.models import Amendment, ChapterPage
from tests.factories.procedures import (
    OwnManualPageFactory,
    WrittenChapterPageFactory,
    paragraph_body,
)
from tests.factories.procedures import republish as publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def manual(db):
    return OwnManualPageFactory()


def new_chapter(manual, slug: str, *paragraphs: str) -> ChapterPage:
    return WrittenChapterPageFactory(
        parent=manual,
        title=slug.replace("-", " ").capitalize(),
        slug=slug,
        body=paragraph_body(*paragraphs),
    )


def edit_data(page: ChapterPage, **extra) -> dict:
    return {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body-count": "1",
        "body-0-type": "paragraph",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-value": '{"blocks":[{"key":"a","text":"Referrals go to the MASH within one '
        'day.","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],'
        '"entityMap":{}}',
        "amendment_level": "significant",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        **extra,
    }


def test_publishing_in_the_admin_with_a_note_fills_the_log(admin_client, manual, client):
    chapter = new_chapter(manual, "referral-times", "Referrals go to the MASH within a week.")
    assert chapter.amendments.count() == 1
    edit_url = reverse("wagtailadmin_pages:edit", args=[chapter.pk])

    # The edit form starts a new change with an empty note, so last time's is not reused.
    form_html = admin_client.get(edit_url).content.decode()
    assert "First published." not in form_html.split('name="amendment_note"')[1][:400]
    # A publish without a note is refused.
    response = admin_client.post(edit_url, edit_data(chapter, **{"action-publish": "1"}))
    assert response.status_code == 200
    assert chapter.amendments.count() == 1

    note = "Referrals are now decided within one working day."
    admin_client.post(edit_url, edit_data(chapter, amendment_note=note, **{"action-publish": "1"}))
    latest = chapter.amendments.first()
    assert chapter.amendments.count() == 2
    assert (latest.note, latest.level) == (note, "significant")
    chapter = ChapterPage.objects.get(pk=chapter.pk)
    assert latest.revision_id == chapter.live_revision_id
    assert chapter.follower_notice() == note

    html = client.get(chapter.url).content.decode()
    assert note in html and "First published." in html
    log = client.get(manual.url + "amendments/").content.decode()
    assert note in log and chapter.title in log


def test_minor_changes_give_followers_no_notice(manual):
    chapter = new_chapter(manual, "minor-change", "Some text.")
    chapter.body = paragraph_body("Some better text.")
    chapter = publish(chapter, note="Typo fixed.", level="minor")
    assert chapter.amendments.first().level == "minor"
    assert chapter.follower_notice() is None


def test_saving_a_draft_logs_nothing(manual):
    chapter = new_chapter(manual, "draft-only", "Text.")
    chapter.amendment_note = "Not yet."
    chapter.save_revision()
    assert list(chapter.amendments.values_list("note", flat=True)) == ["First published."]


def test_what_changed_between_two_real_revisions(client, manual):
    chapter = new_chapter(
        manual,
        "what-changed",
        "Call the MASH within three working days.",
        "Keep a record of the call.",
        "This paragraph will go.",
    )
    first = chapter.amendments.get()
    chapter.body = paragraph_body(
        "Call the MASH within one working day.",
        "Keep a record of the call.",
        "Confirm the referral in writing.",
    )
    chapter = publish(chapter, note="Faster referrals.", level="significant")

    url = chapter.url + f"changes/{first.pk}/"
    html = client.get(url).content.decode()
    assert (
        '<del class="diff__del"><span class="visually-hidden">Removed: </span>three</del>' in html
    )
    assert '<ins class="diff__ins"><span class="visually-hidden">Added: </span>one</ins>' in html
    assert "Removed: </span>This paragraph will go.</del>" in html
    assert "Added: </span>Confirm the referral in writing.</ins>" in html
    assert "Keep a record of the call." in html
    # The chapter links to the comparison from the earlier amendment.
    assert f'href="{url}"' in client.get(chapter.url).content.decode()

    latest = chapter.amendments.first()
    same = client.get(chapter.url + f"changes/{latest.pk}/").content.decode()
    assert "has not changed since that version" in same


def test_unknown_or_foreign_amendment_ids_are_404(client, manual):
    chapter, other = WrittenChapterPageFactory(parent=manual), WrittenChapterPageFactory()
    foreign = other.amendments.first()
    for path in (
        f"changes/{foreign.pk}/",
        "changes/999999999/",
        "changes/9999999999999999999999/",
        "changes/abc/",
        "changes/-1/",
    ):
        assert client.get(chapter.url + path).status_code == 404, path
    assert Amendment.objects.filter(pk=foreign.pk).exists()


def test_amendments_added_by_hand_have_no_comparison_link(client, manual):
    chapter = new_chapter(manual, "hand-added", "Text.")
    chapter.body = paragraph_body("Better text.")
    chapter = publish(chapter, note="Second version.")
    typed = Amendment.objects.create(
        page=chapter,
        note="Typed in by staff.",
        published_at=timezone.now() - datetime.timedelta(days=365),  # oldest: not listed first
    )
    html = client.get(chapter.url).content.decode()
    assert "Typed in by staff." in html
    assert f"changes/{typed.pk}/" not in html
    assert client.get(f"{chapter.url}changes/{typed.pk}/").status_code == 404
