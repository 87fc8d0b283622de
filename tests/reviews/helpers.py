"""Builders for reviews and briefings in tests (the demo content is left to the demo tests)."""

import datetime

from portal.models import Topic
from reviews.models import BriefingPage, Recommendation, ReviewLibraryPage, ReviewPage

SECTIONS = {
    "background": "<p>Background text.</p>",
    "why_it_matters": "<p>Why text.</p>",
    "findings": "<p>Findings text.</p>",
    "practice": "<p>Practice text.</p>",
    "questions": "<ul><li>A question?</li></ul>",
    "further_reading": "<p>Reading.</p>",
}


def library() -> ReviewLibraryPage:
    return ReviewLibraryPage.objects.get()


def theme(name: str) -> Topic:
    return Topic.objects.get_or_create(name=name)[0]


def new_review(
    *,
    slug: str,
    subject: str = "Adult Z",
    review_type: str = "sar",
    published_on: datetime.date = datetime.date(2025, 4, 1),
    themes=(),
    changed_pages=(),
    summary: str = "A test review.",
) -> ReviewPage:
    """An unsaved review with one completed recommendation."""
    review = ReviewPage(
        slug=slug,
        title=f"Review of {subject}",
        subject=subject,
        review_type=review_type,
        published_on=published_on,
        board="adults",
        summary=summary,
        themes=list(themes),
    )
    review.recommendations = [
        Recommendation(
            text="Change the guidance.",
            status="complete",
            what_changed="The guidance was rewritten.",
            changed_pages=[("page", page) for page in changed_pages],
        )
    ]
    return review


def make_review(*, publish: bool = True, **fields) -> ReviewPage:
    """A review in the library (`new_review` takes the fields), published or a draft."""
    review = new_review(**fields)
    library().add_child(instance=review)
    revision = review.save_revision()
    if publish:
        revision.publish()
    else:
        review.unpublish()
    review.refresh_from_db()
    return review


def make_briefing(*, slug: str, title: str, review=None, themes=(), **fields) -> BriefingPage:
    briefing = BriefingPage(
        slug=slug,
        title=title,
        review=review,
        themes=list(themes),
        summary="A test briefing.",
        **{**SECTIONS, **fields},
    )
    library().add_child(instance=briefing)
    briefing.save_revision().publish()
    return briefing
