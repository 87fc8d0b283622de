"""Page-tree rules for the review pages, and editors creating each of them in the admin."""

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.models import HomePage
from reviews.models import (
    BRIEFING_SECTIONS,
    BriefingPage,
    RecommendationLink,
    ReviewLibraryPage,
    ReviewPage,
)
from tests.admin_pages import SuperuserPageTestCase
from tests.factories import (
    GuidancePageFactory,
    PartnerFactory,
    TopicFactory,
    TrainingEventPageFactory,
)
from tests.factories.reviews import (
    RecommendationFactory,
    ReviewLibraryPageFactory,
    ReviewPageFactory,
)


def with_themes(themes, data: dict) -> dict:
    """Form data plus the ticked theme boxes (a list: one value per box)."""
    return {**data, "themes": [str(topic.pk) for topic in themes]}


class ReviewPageTree(WagtailPageTestCase):
    def test_the_library_sits_under_home_and_holds_reviews_and_briefings(self):
        self.assertAllowedParentPageTypes(ReviewLibraryPage, {HomePage})
        self.assertAllowedSubpageTypes(ReviewLibraryPage, {ReviewPage, BriefingPage})
        self.assertEqual(ReviewLibraryPage.max_count, 1)

    def test_reviews_and_briefings_live_in_the_library_and_have_no_children(self):
        for model in (ReviewPage, BriefingPage):
            self.assertAllowedParentPageTypes(model, {ReviewLibraryPage})
            self.assertAllowedSubpageTypes(model, set())
        self.assertCanNotCreateAt(HomePage, ReviewPage)
        self.assertCanNotCreateAt(Page, ReviewLibraryPage)


class AdminCreatesReviewPages(SuperuserPageTestCase):
    username = "review-admin"

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.library = ReviewLibraryPageFactory()
        cls.themes = TopicFactory.create_batch(2)

    def test_create_the_library_after_removing_the_existing_one(self):
        ReviewLibraryPage.objects.all().delete()
        self.create_page(
            self.home,
            ReviewLibraryPage,
            {"title": "Reviews", "slug": "reviews", "intro": rich_text("<p>Ours.</p>")},
        )

    def test_create_a_review_with_recommendations_linked_to_pages(self):
        seed = GuidancePageFactory()
        event = TrainingEventPageFactory()
        agency = PartnerFactory()
        self.assertCanCreate(
            self.library,
            ReviewPage,
            with_themes(
                self.themes,
                nested_form_data(
                    {
                        "title": "Safeguarding Adults Review: Adult W",
                        "slug": "sar-adult-w",
                        "review_type": "sar",
                        "subject": "Adult W",
                        "published_on": "2026-02-10",
                        "board": "adults",
                        "summary": "A test review.",
                        "body": rich_text("<p>What we found.</p>"),
                        "response": rich_text("<p>Our response.</p>"),
                        "recommendations": inline_formset(
                            [
                                {
                                    "text": "Update the social media guidance.",
                                    "status": "complete",
                                    "agency": str(agency.pk),
                                    "what_changed": "Rewritten.",
                                    "changed_pages": streamfield(
                                        [("page", str(seed.pk)), ("page", str(event.pk))]
                                    ),
                                },
                                {
                                    "text": "Train volunteers.",
                                    "status": "in_progress",
                                    "agency": "",
                                    "what_changed": "",
                                    "changed_pages": streamfield([]),
                                },
                            ]
                        ),
                    }
                ),
            ),
        )
        review = ReviewPage.objects.get(slug="sar-adult-w")
        self.assertEqual(review.short_name, "SAR Adult W (2026)")
        self.assertEqual(set(review.themes.all()), set(self.themes))
        first, second = review.recommendations.order_by("sort_order")
        self.assertEqual(first.agency, agency)
        self.assertEqual(
            list(
                RecommendationLink.objects.filter(recommendation=first).values_list(
                    "page", flat=True
                )
            ),
            [seed.pk, event.pk],
        )
        self.assertFalse(second.links.exists())

    def test_create_a_briefing(self):
        review = ReviewPageFactory()
        data = {
            "title": "7-minute briefing: Adult W",
            "slug": "briefing-adult-w",
            "summary": "Learning in brief.",
            "review": str(review.pk),
        }
        for name, label in BRIEFING_SECTIONS:
            data[name] = rich_text(f"<p>{label} text.</p>")
        self.assertCanCreate(
            self.library, BriefingPage, with_themes(self.themes[:1], nested_form_data(data))
        )
        briefing = BriefingPage.objects.get(slug="briefing-adult-w")
        self.assertEqual(briefing.review, review)
        self.assertEqual(len(briefing.sections()), len(BRIEFING_SECTIONS))
        self.assertEqual(list(briefing.themes.all()), self.themes[:1])

    def test_guidance_and_events_take_themes_in_the_admin(self):
        page = GuidancePageFactory()
        response = self.client.get(f"/admin/pages/{page.pk}/edit/")
        self.assertContains(response, 'name="topics"')
        event = TrainingEventPageFactory()
        self.assertContains(self.client.get(f"/admin/pages/{event.pk}/edit/"), 'name="topics"')


class RecommendationReportTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "report-admin", "report-admin@example.invalid", "pw"
        )
        # Published today, so its recommendations come first in the report.
        cls.review = ReviewPageFactory(
            subject="Adult R",
            published_on=timezone.localdate(),
            recommendations=[
                RecommendationFactory.build(text="Still being worked on.", status="in_progress"),
                RecommendationFactory.build(text="Done and dusted."),
            ],
        )

    def test_the_report_lists_recommendations_and_filters_by_status(self):
        self.client.force_login(self.user)
        response = self.client.get("/admin/reports/review-recommendations/")
        self.assertContains(response, f"SAR Adult R ({timezone.localdate().year})")
        self.assertContains(response, "In progress")
        self.assertContains(response, "Still being worked on.")
        complete = self.client.get(
            "/admin/reports/review-recommendations/", {"status": "complete"}
        ).content.decode()
        self.assertNotIn("In progress</td>", complete)
        self.assertNotIn("Still being worked on.", complete)
        self.assertIn("Done and dusted.", complete)
        export = self.client.get("/admin/reports/review-recommendations/", {"export": "csv"})
        self.assertEqual(export.status_code, 200)
        self.assertIn(b"Agency responsible", b"".join(export.streaming_content))

    def test_readers_cannot_see_the_report(self):
        reader = get_user_model().objects.create_user("reader", "r@example.invalid", "pw")
        self.client.force_login(reader)
        response = self.client.get("/admin/reports/review-recommendations/")
        self.assertNotEqual(response.status_code, 200)
