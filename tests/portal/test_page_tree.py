"""Page-tree rules, and editors creating every page type through the admin."""

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from bulletins.models import BulletinIndexPage
from concerns.models import ReportConcernPage
from glossary.models import GlossaryPage
from guidance.models import GuidanceIndexPage, GuidancePage, QAPage, ResourcesPage
from news.models import NewsArticlePage, NewsIndexPage
from portal.models import HomePage, StandardPage
from procedures.models import LevelsOfNeedPage, PackPage, ProceduresManualPage
from reviews.models import ReviewLibraryPage
from tests.admin_pages import SuperuserPageTestCase
from training.models import TrainingEventPage, TrainingIndexPage


class PageTreeTests(WagtailPageTestCase):
    def test_home_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                GuidanceIndexPage,
                QAPage,
                ResourcesPage,
                NewsIndexPage,
                TrainingIndexPage,
                ReviewLibraryPage,
                BulletinIndexPage,
                ProceduresManualPage,
                LevelsOfNeedPage,
                PackPage,
                GlossaryPage,
                ReportConcernPage,
            },
        )

    def test_sections(self):
        self.assertAllowedSubpageTypes(GuidanceIndexPage, {GuidancePage})
        self.assertAllowedParentPageTypes(GuidancePage, {GuidanceIndexPage})
        self.assertAllowedSubpageTypes(GuidancePage, set())
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(TrainingIndexPage, {TrainingEventPage})
        self.assertAllowedParentPageTypes(TrainingEventPage, {TrainingIndexPage})
        self.assertAllowedSubpageTypes(QAPage, set())
        self.assertAllowedSubpageTypes(ResourcesPage, set())
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_singletons(self):
        for model in (HomePage, QAPage, ResourcesPage, NewsIndexPage, TrainingIndexPage):
            self.assertEqual(model.max_count, 1, model)


class AdminCreatesEveryPageType(SuperuserPageTestCase):
    def test_create_guidance_topic_and_page(self):
        topic = self.create_page(
            self.home,
            GuidanceIndexPage,
            {"title": "Neglect", "slug": "neglect", "intro": rich_text("<p>About neglect</p>")},
        )
        page = self.create_page(
            topic,
            GuidancePage,
            {
                "title": "Recognising neglect",
                "slug": "recognising-neglect",
                "summary": "Signs of neglect.",
                "audience": "both",
                "body": streamfield(
                    [
                        ("heading", {"text": "Signs", "level": "h2"}),
                        ("paragraph", rich_text("<p>Look for changes.</p>")),
                        (
                            "do_dont",
                            {
                                "do_heading": "Do",
                                "do_items": streamfield([("item", "Listen")]),
                                "dont_heading": "Don't",
                                "dont_items": streamfield([("item", "Ignore it")]),
                            },
                        ),
                    ]
                ),
                # Review dates are read-only in the form: a posted value is ignored.
                "last_reviewed": "2026-01-10",
            },
        )
        today = timezone.localdate()
        self.assertEqual(page.last_reviewed, today)
        self.assertEqual(page.next_review_due, today + relativedelta(months=12))

    def test_create_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data({"title": "About us", "slug": "about-us", "body": streamfield([])}),
        )

    def test_create_news_article(self):
        index = NewsIndexPage.objects.get()
        self.create_page(
            index,
            NewsArticlePage,
            {
                "title": "New procedures published",
                "slug": "new-procedures",
                "date": "2026-11-20",
                "summary": "Updated procedures.",
                "body": streamfield([("paragraph", rich_text("<p>Read them.</p>"))]),
            },
        )

    def test_create_training_event(self):
        index = TrainingIndexPage.objects.get()
        event = self.create_page(
            index,
            TrainingEventPage,
            {
                "title": "Neglect workshop",
                "slug": "neglect-workshop",
                "start": "2027-03-28 09:30",
                "end": "2027-03-28 12:30",
                "event_format": "face_to_face",
                "venue": "Town Hall",
                "cost": "Free",
                "capacity": "25",
                "booking_open": "on",
                "booking_closes_hours_before": "24",
                "body": streamfield([]),
            },
        )
        self.assertEqual(
            event.start.isoformat(), "2027-03-28T08:30:00+00:00"
        )  # 09:30 BST, the day clocks go forward

    def test_create_singletons_after_removing_demo_ones(self):
        for model, data in (
            (
                QAPage,
                {
                    "title": "FAQ",
                    "slug": "faq",
                    "questions": inline_formset(
                        [
                            {
                                "topic": "General",
                                "question": "Why?",
                                "answer": rich_text("<p>Because.</p>"),
                                "anchor": "",
                            }
                        ]
                    ),
                },
            ),
            (ResourcesPage, {"title": "Library", "slug": "library"}),
            (NewsIndexPage, {"title": "Updates", "slug": "updates"}),
            (TrainingIndexPage, {"title": "Courses", "slug": "courses"}),
        ):
            model.objects.all().delete()
            self.assertCanCreate(self.home, model, nested_form_data(data))
        faq = QAPage.objects.get()
        self.assertEqual(faq.questions.get().anchor, "why")

    def test_admin_login_answers(self):
        self.client.logout()
        self.assertEqual(self.client.get("/admin/login/").status_code, 200)
