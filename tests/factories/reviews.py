"""The review library (the site's one, reused), reviews with their recommendations, and
7-minute briefings. Themes are the site's topics (`TopicFactory`)."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Collection

from reviews.models import BriefingPage, Recommendation, ReviewLibraryPage, ReviewPage

from .base import PortalPageFactory, SectionPageFactory, relation_hook


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small PDF in the root collection, such as a review's full report."""

    title = factory.Sequence(lambda n: f"Test report {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(filename="report.pdf", data=b"%PDF-1.4\n%%EOF\n")


class ReviewLibraryPageFactory(SectionPageFactory):
    title = "Learning from reviews"
    slug = "learning-from-reviews"

    class Meta:
        model = ReviewLibraryPage


class RecommendationFactory(DjangoModelFactory):
    """A completed recommendation; `pages=[...]` are the pages it changed.

    Built (unsaved) for a review by `ReviewPageFactory`; created on its own with `page=review`
    it is saved on the review as it is, without a new revision.
    """

    text = factory.Sequence(lambda n: f"Change the guidance ({n}).")
    status = Recommendation.Status.COMPLETE
    what_changed = "The guidance was rewritten."
    changed_pages = factory.LazyAttribute(lambda o: [("page", page) for page in o.pages])

    class Params:
        pages = ()

    class Meta:
        model = Recommendation
        exclude = ("pages",)


class ReviewPageFactory(PortalPageFactory):
    """A safeguarding adults review in the library, published on 1 April 2025, with one
    completed recommendation that changed `changed_pages`.

    `recommendations=[RecommendationFactory.build(...), ...]` gives others instead;
    `themes=[...]` files it; `with_reports=True` attaches a full report and an executive
    summary.
    """

    subject = factory.Sequence(lambda n: f"Adult Q{n}")
    title = factory.LazyAttribute(lambda o: f"Review of {o.subject}")
    parent = factory.SubFactory(ReviewLibraryPageFactory)
    review_type = "sar"
    published_on = datetime.date(2025, 4, 1)
    board = "adults"
    summary = factory.LazyAttribute(lambda o: f"What the review of {o.subject} found.")
    recommendations = factory.LazyAttribute(
        lambda o: [RecommendationFactory.build(pages=list(o.changed_pages))]
    )
    themes = relation_hook("themes")

    class Params:
        changed_pages = ()
        with_reports = factory.Trait(
            full_report=factory.SubFactory(DocumentFactory),
            executive_summary=factory.SubFactory(DocumentFactory),
        )

    class Meta:
        model = ReviewPage


class BriefingPageFactory(PortalPageFactory):
    """A 7-minute briefing in the library with a few words in each of its six sections;
    `review=...` makes it the briefing of that review, `themes=[...]` files it."""

    title = factory.Sequence(lambda n: f"7-minute briefing {n}")
    parent = factory.SubFactory(ReviewLibraryPageFactory)
    summary = factory.LazyAttribute(lambda o: f"The learning of {o.title} in brief.")
    review = None
    background = factory.LazyAttribute(lambda o: f"<p>How {o.title} came about.</p>")
    why_it_matters = "<p>Why it matters to practitioners.</p>"
    findings = "<p>What the review found.</p>"
    practice = "<p>What to do differently.</p>"
    questions = "<ul><li>What would you have done?</li></ul>"
    further_reading = "<p>The full report.</p>"
    themes = relation_hook("themes")

    class Meta:
        model = BriefingPage
