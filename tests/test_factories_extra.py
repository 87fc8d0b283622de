"""The procedures and subscriber factories build what they say: live pages, first notes,
follows, confirmed or not."""

import pytest

from procedures.models import PackPage, ProceduresManualPage
from tests.factories import ChapterPageFactory, TopicFactory
from tests.factories.procedures import (
    LevelsOfNeedPageFactory,
    OwnManualPageFactory,
    PackPageFactory,
    WrittenChapterPageFactory,
    paragraph_body,
    republish,
)
from tests.factories.subscriptions import SubscriberFactory

pytestmark = pytest.mark.django_db


def test_a_manual_of_its_own_leaves_the_site_manual_alone(client):
    site_manual = ProceduresManualPage.objects.get(slug="procedures")
    manual = OwnManualPageFactory()
    assert manual.pk != site_manual.pk and manual.live
    assert client.get(manual.url).status_code == 200
    assert ChapterPageFactory().get_parent().pk == site_manual.pk


def test_a_written_chapter_is_published_with_a_first_note(client):
    chapter = WrittenChapterPageFactory(parent=OwnManualPageFactory())
    amendment = chapter.amendments.get()
    assert (amendment.note, amendment.level) == ("First published.", "significant")
    assert amendment.revision_id == chapter.live_revision_id
    assert f"What to do: {chapter.title}." in client.get(chapter.url).content.decode()
    chapter.body = paragraph_body("New text.")
    chapter = republish(chapter, note="Rewritten.")
    assert chapter.amendments.first().note == "Rewritten."
    assert chapter.amendments.count() == 2


def test_levels_and_pack_pages(client):
    levels = LevelsOfNeedPageFactory()
    assert len(levels.levels) == 4
    assert client.get(levels.url).status_code == 200
    existing = PackPage.objects.get()
    assert PackPageFactory().pk == existing.pk


def test_subscribers_follow_what_they_are_given():
    topic = TopicFactory()
    chapter = WrittenChapterPageFactory()
    subscriber = SubscriberFactory(topics=[topic], pages=[chapter])
    assert subscriber.confirmed_at is not None
    assert set(subscriber.follows.values_list("topic_id", "page_id")) == {
        (topic.pk, None),
        (None, chapter.pk),
    }
    assert SubscriberFactory(confirmed=False).confirmed_at is None
