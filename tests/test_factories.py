"""The test factories build live pages in the tree, under the right parent, served at their URL."""

import pytest
from django.utils.html import escape
from wagtail.signals import page_published

from glossary.models import GlossaryPage
from guidance.models import QAPage, ResourcesPage
from news.models import NewsIndexPage
from procedures.models import ProceduresManualPage
from tests.factories import (
    AlertBannerFactory,
    ChapterPageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    PartnerFactory,
    QAPageFactory,
    ResourcesPageFactory,
    StandardPageFactory,
    TopicFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    home_page,
)
from training.models import TrainingIndexPage

pytestmark = pytest.mark.django_db


def assert_served_under(client, page, parent):
    assert page.live and page.first_published_at and page.last_published_at
    assert page.get_parent().specific == parent
    assert page.url == f"{parent.url}{page.slug}/"
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    assert escape(page.title) in response.content.decode()


@pytest.mark.parametrize(
    "factory, parent_model",
    [
        (NewsArticlePageFactory, NewsIndexPage),
        (TrainingEventPageFactory, TrainingIndexPage),
        (ChapterPageFactory, ProceduresManualPage),
    ],
)
def test_pages_go_in_the_one_section_for_them(client, factory, parent_model):
    sections = parent_model.objects.count()
    page = factory()
    assert_served_under(client, page, parent_model.objects.get())
    assert parent_model.objects.count() == sections == 1


def test_guidance_page_goes_in_a_new_guidance_topic(client):
    page = GuidancePageFactory()
    topic_page = page.get_parent().specific
    assert topic_page.topic is not None
    assert_served_under(client, page, topic_page)
    assert_served_under(client, topic_page, home_page())


def test_standard_pages_go_under_the_home_page_or_the_given_parent(client):
    page = StandardPageFactory()
    child = StandardPageFactory(parent=page)
    assert_served_under(client, page, home_page())
    assert_served_under(client, child, page)


def test_sections_the_site_has_once_are_reused(client):
    for factory, model in (
        (NewsIndexPageFactory, NewsIndexPage),
        (TrainingIndexPageFactory, TrainingIndexPage),
        (GlossaryPageFactory, GlossaryPage),
        (QAPageFactory, QAPage),
        (ResourcesPageFactory, ResourcesPage),
    ):
        existing = model.objects.get()
        assert factory().pk == existing.pk
        assert model.objects.count() == 1
        assert_served_under(client, existing, home_page())


def test_a_guidance_topic_goes_under_the_given_parent(client):
    parent = StandardPageFactory()
    index = GuidanceIndexPageFactory(parent=parent, title="Nested topic")
    assert_served_under(client, index, parent)


def test_topics_and_drafts(client):
    topic = TopicFactory()
    article = NewsArticlePageFactory(topics=[topic])
    event = TrainingEventPageFactory(topics=[topic])
    assert list(article.topics.all()) == [topic] == list(event.topics.all())
    for page in (article, event):  # kept in the database, not only on the instance
        assert list(type(page).objects.get(pk=page.pk).topics.all()) == [topic]
    assert event.start < event.end and not event.is_past and event.capacity
    draft = NewsArticlePageFactory(live=False)
    assert not draft.live and draft.latest_revision_id
    assert client.get(draft.url).status_code == 404


def test_live_pages_are_saved_live_without_a_revision_unless_one_is_asked_for(client):
    published = []

    def record(sender, instance, **kwargs):
        published.append(instance.pk)

    page_published.connect(record)
    try:
        direct = StandardPageFactory()
        by_revision = StandardPageFactory(revision=True)
    finally:
        page_published.disconnect(record)
    assert direct.latest_revision_id is None and direct.live_revision_id is None
    assert by_revision.live_revision_id == by_revision.latest_revision_id is not None
    assert published == [by_revision.pk]
    for page in (direct, by_revision):
        assert not page.has_unpublished_changes
        assert_served_under(client, page, home_page())


def test_snippets(client):
    partner = PartnerFactory()
    assert partner.logo_url.startswith("/media/") and partner.logo_height == 60
    assert client.get(partner.logo_url).status_code == 200
    assert AlertBannerFactory().is_active()
    term = GlossaryTermFactory()
    assert term.slug == term.abbreviation.lower()
