"""The procedures manual (the site's one manual, reused, or a test's own), its chapters,
republishing with a note, the levels of need page and the make-a-pack page."""

import factory
from django.utils.text import slugify

from procedures.models import ChapterPage, LevelsOfNeedPage, PackPage, ProceduresManualPage

from .base import PortalPageFactory, SectionPageFactory
from .portal import StandardPageFactory


class ProceduresManualPageFactory(SectionPageFactory):
    title = "Procedures manual"
    slug = "procedures"

    class Meta:
        model = ProceduresManualPage


class ChapterPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Chapter {n}")
    parent = factory.SubFactory(ProceduresManualPageFactory)
    summary = factory.LazyAttribute(lambda o: f"What {o.title} sets out.")

    class Meta:
        model = ChapterPage


def paragraph_body(*paragraphs: str, heading: str = "") -> list[dict]:
    """A chapter body: an optional level-2 heading, then one paragraph block per text."""
    blocks = []
    if heading:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
    blocks += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]
    return blocks


def republish(page: ChapterPage, *, note: str, level: str = "minor") -> ChapterPage:
    """Publish a new revision of the chapter (with what was changed in memory) with this note
    and level, as an editor would, and return the chapter as now published."""
    page.amendment_note = note
    page.amendment_level = level
    page.save_revision().publish()
    return ChapterPage.objects.get(pk=page.pk)


class OwnManualPageFactory(ProceduresManualPageFactory):
    """A new manual (not the site's one), so every chapter in it is the test's own.

    It goes under a new standard page unless given a parent, so the home page keeps its one
    manual, the one `ChapterPageFactory` puts chapters in.
    """

    parent = factory.SubFactory(StandardPageFactory)
    title = factory.Sequence(lambda n: f"Test manual {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))

    class Meta:
        model = ProceduresManualPage
        django_get_or_create = ()


class WrittenChapterPageFactory(ChapterPageFactory):
    """A chapter with text, first published through a revision as a significant change noted
    "First published." (as the admin's create form suggests), so its amendment log has that
    entry. `body=paragraph_body(...)` for other text."""

    body = factory.LazyAttribute(lambda o: paragraph_body(f"What to do: {o.title}."))
    amendment_note = "First published."
    amendment_level = "significant"
    revision = True

    class Meta:
        model = ChapterPage


def level_block(number: int, name: str) -> dict:
    return {
        "type": "level",
        "value": {
            "name": f"Level {number}: {name}",
            "description": f"Needs met at level {number}.",
            "children_domains": [{"domain": "Parenting capacity", "indicators": ["Basic care"]}],
            "adult_domains": [{"domain": "Care and support", "indicators": ["Self-care"]}],
            "who_to_contact": f"<p>Contact for level {number}.</p>",
            "what_happens_next": f"<p>Next steps at level {number}.</p>",
        },
    }


class LevelsOfNeedPageFactory(PortalPageFactory):
    """A levels of need page with four levels, each with indicators for children and adults."""

    title = factory.Sequence(lambda n: f"Levels of need {n}")
    levels = factory.LazyFunction(
        lambda: [
            level_block(number, name)
            for number, name in enumerate(
                ("Universal", "Early help", "Targeted", "Specialist and statutory"), 1
            )
        ]
    )

    class Meta:
        model = LevelsOfNeedPage


class PackPageFactory(SectionPageFactory):
    """The site's one make-a-pack page (reused)."""

    title = "Make a pack"
    slug = "make-a-pack"

    class Meta:
        model = PackPage
