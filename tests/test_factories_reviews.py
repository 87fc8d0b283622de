"""The review and e-bulletin factories build live pages in their one section, served at their
URL, with the recommendations, themes and body asked for."""

import pytest

from bulletins.models import BulletinIndexPage
from reviews.models import RecommendationLink, ReviewLibraryPage
from tests.factories import GuidancePageFactory, TopicFactory, home_page
from tests.factories.bulletins import BulletinIndexPageFactory, BulletinPageFactory
from tests.factories.reviews import (
    BriefingPageFactory,
    RecommendationFactory,
    ReviewLibraryPageFactory,
    ReviewPageFactory,
)
from tests.test_factories import assert_served_under

pytestmark = pytest.mark.django_db


def test_the_library_and_the_archive_are_reused(client):
    for factory, model in (
        (ReviewLibraryPageFactory, ReviewLibraryPage),
        (BulletinIndexPageFactory, BulletinIndexPage),
    ):
        existing = model.objects.get()
        assert factory().pk == existing.pk
        assert model.objects.count() == 1
        assert_served_under(client, existing, home_page())


def test_reviews_and_briefings_go_in_the_library(client):
    library = ReviewLibraryPage.objects.get()
    changed = GuidancePageFactory()
    theme = TopicFactory()
    review = ReviewPageFactory(changed_pages=[changed], themes=[theme])
    assert_served_under(client, review, library)
    assert review.short_name == f"SAR {review.subject} (2025)"
    assert list(review.themes.all()) == [theme]
    recommendation = review.recommendations.get()
    assert recommendation.status == "complete" and recommendation.what_changed
    links = RecommendationLink.objects.filter(recommendation=recommendation)
    assert list(links.values_list("page", flat=True)) == [changed.pk]

    briefing = BriefingPageFactory(review=review, themes=[theme])
    assert_served_under(client, briefing, library)
    assert briefing.review == review and list(briefing.themes.all()) == [theme]
    assert len(briefing.sections()) == 6


def test_reviews_with_recommendations_of_their_own_and_drafts(client):
    review = ReviewPageFactory(
        recommendations=[
            RecommendationFactory.build(status="in_progress"),
            RecommendationFactory.build(status="accepted", what_changed=""),
        ]
    )
    assert list(review.recommendations.values_list("status", flat=True)) == [
        "in_progress",
        "accepted",
    ]
    assert not RecommendationLink.objects.filter(recommendation__page=review).exists()
    draft = ReviewPageFactory(live=False)
    assert not draft.live and draft.latest_revision_id
    assert client.get(draft.url).status_code == 404


def test_bulletins_go_in_the_archive(client):
    bulletin = BulletinPageFactory()
    assert_served_under(client, bulletin, BulletinIndexPage.objects.get())
    assert [block.block_type for block in bulletin.body] == ["intro", "text"]
    assert f"Welcome to {bulletin.title}." in client.get(bulletin.url).content.decode()
