"""Page-tree rules for the procedures and glossary pages, and creating each in the admin."""

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from glossary.models import GlossaryPage, GlossaryTerm
from portal.models import HomePage
from procedures.models import (
    Amendment,
    ChapterPage,
    LevelsOfNeedPage,
    PackPage,
    ProceduresManualPage,
)
from tests.admin_pages import SuperuserPageTestCase
from tests.factories.procedures import OwnManualPageFactory


class ProceduresPageTree(WagtailPageTestCase):
    def test_tree(self):
        self.assertAllowedSubpageTypes(ProceduresManualPage, {ChapterPage})
        self.assertAllowedParentPageTypes(ChapterPage, {ProceduresManualPage})
        self.assertAllowedSubpageTypes(ChapterPage, set())
        for model in (ProceduresManualPage, LevelsOfNeedPage, PackPage, GlossaryPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
        self.assertEqual(PackPage.max_count, 1)
        self.assertEqual(GlossaryPage.max_count, 1)


class AdminCreatesProceduresPages(SuperuserPageTestCase):
    username = "procedures-admin"

    def test_create_manual_and_chapter_with_a_note(self):
        manual = self.create_page(
            self.home,
            ProceduresManualPage,
            {"title": "Adult procedures", "slug": "adult-procedures", "intro": rich_text("")},
        )
        chapter = self.create_page(
            manual,
            ChapterPage,
            {
                "title": "Self-neglect",
                "slug": "self-neglect",
                "summary": "Working with people who neglect themselves.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Signs", "level": "h2"}),
                        ("paragraph", rich_text("<p>Look for hoarding.</p>")),
                    ]
                ),
                "amendment_level": "significant",
                "amendment_note": "First published.",
            },
        )
        # assertCanCreate publishes: the log has the first amendment, with its note.
        amendment = Amendment.objects.get(page=chapter)
        self.assertEqual((amendment.note, amendment.level), ("First published.", "significant"))
        self.assertEqual(amendment.revision_id, chapter.live_revision_id)

    def test_the_create_form_suggests_a_first_note(self):
        manual = OwnManualPageFactory()
        url = reverse("wagtailadmin_pages:add", args=["procedures", "chapterpage", manual.pk])
        html = self.client.get(url).content.decode()
        self.assertIn("First published.", html)

    def test_create_levels_of_need_page(self):
        self.create_page(
            self.home,
            LevelsOfNeedPage,
            {
                "title": "Thresholds",
                "slug": "thresholds",
                "intro": rich_text("<p>Use your judgement.</p>"),
                "levels": streamfield(
                    [
                        (
                            "level",
                            {
                                "name": "Level 1",
                                "description": "Universal services.",
                                "children_domains": streamfield(
                                    [
                                        (
                                            "item",
                                            {
                                                "domain": "Child's development",
                                                "indicators": streamfield([("item", "Healthy")]),
                                            },
                                        )
                                    ]
                                ),
                                "adult_domains": streamfield([]),
                                "who_to_contact": rich_text("<p>No one.</p>"),
                                "what_happens_next": rich_text("<p>Nothing.</p>"),
                            },
                        )
                    ]
                ),
            },
        )

    def test_create_pack_and_glossary_pages_after_removing_the_existing_ones(self):
        for model, slug in ((PackPage, "packs"), (GlossaryPage, "jargon")):
            model.objects.all().delete()
            self.assertCanCreate(
                self.home, model, nested_form_data({"title": slug.title(), "slug": slug})
            )

    def test_create_a_glossary_term_snippet(self):
        url = reverse("wagtailsnippets_glossary_glossaryterm:add")
        response = self.client.post(
            url,
            {
                "term": "Team Around the Child",
                "abbreviation": "TAC",
                "definition": "Services meeting with a family to agree a plan.",
                "related_page": "",
                "slug": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(GlossaryTerm.objects.get(abbreviation="TAC").slug, "tac")
        self.assertEqual(
            self.client.get(reverse("wagtailsnippets_procedures_amendment:list")).status_code, 200
        )
