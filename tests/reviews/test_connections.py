"""Guidance pages and events show the reviews that changed them and briefings on their themes."""

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from guidance.models import GuidancePage
from reviews.connections import learning_for
from tests.factories import GuidancePageFactory, TopicFactory, TrainingEventPageFactory
from tests.factories.reviews import BriefingPageFactory, ReviewLibraryPageFactory, ReviewPageFactory

pytestmark = pytest.mark.django_db

UPDATED = "Updated following"


@pytest.fixture
def guidance(db):
    return GuidancePageFactory()


def updated_notes(html: str) -> list[str]:
    start = html.find("data-review-update")
    return [] if start < 0 else html[start : html.find("</div>", start)].split(UPDATED)[1:]


def test_a_recommendation_link_shows_on_the_guidance_page_with_a_link_to_the_review(
    client, guidance
):
    review = ReviewPageFactory(subject="Adult Z", changed_pages=[guidance])
    html = client.get(guidance.url).content.decode()
    assert f'Updated following <a href="{review.url}">SAR Adult Z (2025)</a>' in html


def test_a_recommendation_link_shows_on_a_training_event(client):
    event = TrainingEventPageFactory()
    review = ReviewPageFactory(subject="Child Z", review_type="cspr", changed_pages=[event])
    html = client.get(event.url).content.decode()
    assert f'Updated following <a href="{review.url}">CSPR Child Z (2025)</a>' in html


def test_the_note_is_not_entered_twice_and_goes_when_the_review_is_unpublished(client, guidance):
    # Two recommendations of one review linking the same page: one note.
    review = ReviewPageFactory(subject="Adult T", changed_pages=[guidance])
    review.recommendations.first().save()  # saving again keeps one link
    html = client.get(guidance.url).content.decode()
    assert html.count("SAR Adult T (2025)") == 1
    review.unpublish()
    assert "Adult T" not in client.get(guidance.url).content.decode()


def test_unpublished_and_restricted_reviews_say_nothing(client, guidance):
    ReviewPageFactory(subject="Adult Draft", changed_pages=[guidance], live=False)
    private = ReviewPageFactory(subject="Adult P", changed_pages=[guidance])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = client.get(guidance.url).content.decode()
    assert "Adult Draft" not in html
    assert "Adult P " not in html


def test_removing_the_link_removes_the_note(client, guidance):
    review = ReviewPageFactory(subject="Adult R", changed_pages=[guidance])
    recommendation = review.recommendations.get()
    recommendation.changed_pages = []
    recommendation.save()
    assert "Adult R" not in client.get(guidance.url).content.decode()


def test_learning_from_reviews_lists_briefings_that_share_the_pages_themes(client, guidance):
    shared, other = TopicFactory(), TopicFactory()
    guidance.topics.add(shared)
    guidance.save()
    on_theme = BriefingPageFactory(title="Briefing on the theme", themes=[shared])
    BriefingPageFactory(title="Briefing off the theme", themes=[other])
    html = client.get(guidance.url).content.decode()
    section = html[html.index("data-learning-from-reviews") :]
    assert "Learning from reviews" in section
    assert f'<a href="{on_theme.url}">Briefing on the theme</a>' in section
    assert "Briefing off the theme" not in html


def test_a_guidance_page_also_shares_its_guidance_topics_theme(guidance):
    parent_topic = guidance.get_parent().specific.topic
    briefing = BriefingPageFactory(title="On the topic", themes=[parent_topic])
    learning = learning_for(GuidancePage.objects.get(pk=guidance.pk))
    assert briefing.pk in [item.pk for item in learning.briefings]


def test_events_show_briefings_on_their_themes(client):
    topic = TopicFactory()
    event = TrainingEventPageFactory(topics=[topic])
    briefing = BriefingPageFactory(title="For the event", themes=[topic])
    html = client.get(event.url).content.decode()
    assert f'<a href="{briefing.url}">For the event</a>' in html


class RecordingBackend:
    """A front-end cache backend that notes the addresses it is asked to purge."""

    purged: list[str] = []

    def __init__(self, params):
        pass

    def purge(self, url):
        self.purged.append(url)

    def purge_batch(self, urls):
        self.purged.extend(urls)

    def invalidates_hostname(self, hostname):
        return True


@override_settings(
    WAGTAILFRONTENDCACHE={
        "recording": {"BACKEND": "tests.reviews.test_connections.RecordingBackend"}
    }
)
def test_publishing_a_review_purges_the_pages_it_changed(
    guidance, django_capture_on_commit_callbacks
):
    RecordingBackend.purged = []
    with django_capture_on_commit_callbacks(execute=True):
        ReviewPageFactory(subject="Adult U", changed_pages=[guidance], revision=True)
    assert any(url.endswith(guidance.url) for url in RecordingBackend.purged), (
        RecordingBackend.purged
    )
    library = ReviewLibraryPageFactory().url
    assert any(url.endswith(library) for url in RecordingBackend.purged)
    assert any(url.endswith(f"{library}feed/") for url in RecordingBackend.purged)


def test_publishing_a_review_rerenders_the_pages_it_changed_in_the_application_page_cache(
    client, guidance, put_in_page_cache, django_capture_on_commit_callbacks
):
    put_in_page_cache(guidance.url)
    with django_capture_on_commit_callbacks(execute=True):
        review = ReviewPageFactory(subject="Adult C", changed_pages=[guidance], revision=True)
    page = client.get(guidance.url)
    assert page["X-Page-Cache"] == "miss"
    html = page.content.decode()
    assert f'Updated following <a href="{review.url}">SAR Adult C (2025)</a>' in html
