"""Where reviews meet the rest of the site: the pages a review changed, and shared themes.

Guidance pages and training events show "Updated following ..." from the recommendations
that link to them, and "Learning from reviews" from briefings that share their themes. Each
is one query, so those pages keep a fixed query count. The same questions, asked the other
way round, tell the cache which pages to purge when a review or briefing changes.
"""

from dataclasses import dataclass

from django.db.models import F, Q, QuerySet
from wagtail.models import Page

from guidance.models import GuidanceIndexPage, GuidancePage
from portal.query import PortalPageQuerySet
from training.models import TrainingEventPage

from .models import BriefingPage, RecommendationLink, ReviewPage, short_name

LEARNING_LIMIT = 3


def reviews_that_changed(page: Page) -> list[ReviewPage]:
    """Published reviews with a recommendation that links to `page`, newest first."""
    return list(
        ReviewPage.objects.published()
        .filter(pk__in=changed_page_review_ids(page))
        .order_by("-published_on", "-pk")
    )


def changed_page_review_ids(page: Page) -> QuerySet:
    return RecommendationLink.objects.filter(page_id=page.pk).values("recommendation__page_id")


@dataclass
class ReviewLearning:
    """What reviews say about one page: the reviews that changed it, and briefings on it."""

    reviews: list[Page]
    briefings: list[Page]


def learning_for(page: Page, limit: int = LEARNING_LIMIT) -> ReviewLearning:
    """The reviews that changed `page` and the newest briefings on its themes, in one query.

    Both come back as plain pages with the few fields the templates show, so guidance
    pages and events pay one query for the two panels.
    """
    theme_ids = theme_ids_of(page)
    wanted = Q(pk__in=changed_page_review_ids(page))
    if not (isinstance(theme_ids, list) and not theme_ids):
        newest_briefings = (
            BriefingPage.objects.published()
            .filter(pk__in=BriefingPage.objects.filter(themes__in=theme_ids).values("pk"))
            .order_by("-first_published_at", "-pk")
            .values("pk")[:limit]
        )
        wanted |= Q(pk__in=newest_briefings)
    rows = (
        PortalPageQuerySet(Page)
        .published()
        .filter(wanted)
        .filter(Q(reviewpage__isnull=False) | Q(briefingpage__isnull=False))
        .annotate(
            is_review=Q(reviewpage__isnull=False),
            review_type=F("reviewpage__review_type"),
            subject=F("reviewpage__subject"),
            published_on=F("reviewpage__published_on"),
            briefing_summary=F("briefingpage__summary"),
        )
        .only("id", "title", "url_path", "path", "depth", "first_published_at")
        .order_by("-reviewpage__published_on", "-first_published_at", "-pk")
    )
    learning = ReviewLearning(reviews=[], briefings=[])
    for row in rows:
        if row.is_review:
            row.short_name = short_name(row.review_type, row.subject, row.published_on)
            learning.reviews.append(row)
        else:
            learning.briefings.append(row)
    return learning


def theme_ids_of(page: Page) -> QuerySet | list[int]:
    """The topics a guidance page or event is about, as a subquery (no query of its own).

    A guidance page is about its own topics and the topic of the guidance topic page it
    sits under.
    """
    if isinstance(page, GuidancePage):
        own = GuidancePage.topics.through.objects.filter(guidancepage_id=page.pk)
        parent_path = page.path[: -page.steplen]
        return (
            GuidanceIndexPage.objects.filter(path=parent_path, topic__isnull=False)
            .values("topic_id")
            .union(own.values("topic_id"))
        )
    if isinstance(page, TrainingEventPage):
        return TrainingEventPage.topics.through.objects.filter(trainingeventpage_id=page.pk).values(
            "topic_id"
        )
    return []


def pages_showing_review(review: ReviewPage) -> set[int]:
    """Pages whose content includes this review: its library, briefings and changed pages."""
    ids = set(
        RecommendationLink.objects.filter(recommendation__page=review).values_list(
            "page_id", flat=True
        )
    )
    ids.update(BriefingPage.objects.filter(review=review).values_list("pk", flat=True))
    parent = review.get_parent()
    if parent:
        ids.add(parent.pk)
    return ids


def pages_showing_briefing(briefing: BriefingPage) -> set[int]:
    """Pages whose content lists this briefing: its review, library, and pages on its themes."""
    theme_ids = list(briefing.themes.values_list("pk", flat=True))
    index_paths = GuidanceIndexPage.objects.filter(topic__in=theme_ids).values_list(
        "path", flat=True
    )
    under_index = Q()
    for path in index_paths:
        under_index |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    ids = set(
        GuidancePage.objects.filter(Q(topics__in=theme_ids) | under_index)
        .values_list("pk", flat=True)
        .distinct()
        if theme_ids
        else []
    )
    ids.update(TrainingEventPage.objects.filter(topics__in=theme_ids).values_list("pk", flat=True))
    if briefing.review_id:
        ids.add(briefing.review_id)
    parent = briefing.get_parent()
    if parent:
        ids.add(parent.pk)
    return ids
