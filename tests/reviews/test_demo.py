"""The demo reviews: enough of each kind to explore, linked to the seed page and training."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from guidance.models import GuidancePage
from reviews.connections import learning_for
from reviews.models import BriefingPage, RecommendationLink, ReviewPage
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db

REAL_NAME_WORDS = {"Mr ", "Mrs ", "Miss "}


def test_demo_reviews_cover_types_and_themes(demo_site):
    reviews = ReviewPage.objects.live()
    assert reviews.count() >= 8
    assert reviews.values("review_type").distinct().count() >= 4
    themes = {topic.pk for review in reviews for topic in review.themes.all()}
    assert len(themes) >= 6
    assert BriefingPage.objects.live().count() == 4
    for review in reviews:
        assert review.subject.split()[0] in {"Adult", "Child"}, review.subject
        assert not any(word in review.summary for word in REAL_NAME_WORDS)
        assert review.recommendations.exists()


def test_demo_recommendations_link_the_seed_page_and_training(client, seed_page):
    linked = set(RecommendationLink.objects.values_list("page_id", flat=True))
    assert seed_page.pk in linked
    event_ids = set(TrainingEventPage.objects.values_list("pk", flat=True))
    assert linked & event_ids
    html = client.get(seed_page.url).content.decode()
    assert "Updated following" in html and "CSPR Child Q (2024)" in html
    assert "Learning from reviews" in html


def test_demo_briefings_show_on_guidance_with_shared_themes(demo_site):
    page = GuidancePage.objects.get(slug="self-neglect-and-hoarding")
    titles = [briefing.title for briefing in learning_for(page).briefings]
    assert "7-minute briefing: Adult C and self-neglect" in titles


def test_loading_the_demo_again_changes_nothing(demo_site):
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        RecommendationLink.objects.count(),
    )
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert "nothing changed" in output.getvalue()
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        RecommendationLink.objects.count(),
    ) == counts
