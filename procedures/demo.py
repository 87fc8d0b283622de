"""Demo content: the procedures manual with its amendments, levels of need, make a pack.

Idempotent: pages that exist are left alone; a chapter's history is only written when the
chapter is first made.
"""

import datetime

from django.utils import timezone
from wagtail.models import Page

from . import demo_levels, demo_text
from .models import Amendment, ChapterPage, LevelsOfNeedPage, PackPage, ProceduresManualPage


def body_from(sections) -> list[dict]:
    blocks: list[dict] = []
    for heading, paragraphs in sections:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        blocks.append({"type": "paragraph", "value": "".join(f"<p>{p}</p>" for p in paragraphs)})
    return blocks


def apply_edits(sections, edits) -> list:
    """The sections with each (old, new) text replacement made; a missing old text is an error."""
    for old, new in edits:
        if not any(old in p for _h, ps in sections for p in ps):
            raise ValueError(f"demo edit does not apply: {old!r}")
        sections = [(h, [p.replace(old, new) for p in ps]) for h, ps in sections]
    return sections


def publish(page: ChapterPage, *, level: str, note: str, days_ago: int) -> None:
    page.amendment_level = level
    page.amendment_note = note
    revision = page.save_revision()
    revision.publish()
    when = timezone.now() - datetime.timedelta(days=days_ago)
    Amendment.objects.filter(revision=revision).update(published_at=when)


def existing(parent: Page, slug: str):
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


def add(parent: Page, page: Page, created: list[str]) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    created.append(f"{page._meta.verbose_name} “{page.title}”")
    return page


def load_demo(*, home: Page, created: list[str]) -> None:
    levels = existing(home, demo_levels.PAGE["slug"]) or add(
        home, LevelsOfNeedPage(**demo_levels.PAGE, levels=demo_levels.LEVELS), created
    )
    pack = existing(home, "make-a-pack") or add(
        home,
        PackPage(
            title="Make a pack",
            slug="make-a-pack",
            intro="<p>Choose chapters of the procedures and guidance pages, and download "
            "them as one PDF to read offline or print, with a contents page.</p>",
        ),
        created,
    )
    manual = existing(home, demo_text.MANUAL["slug"])
    if manual is None:
        data = dict(demo_text.MANUAL)
        data["intro"] += (
            f'<p>See also the <a linktype="page" id="{levels.pk}">levels of need</a>, or '
            f'<a linktype="page" id="{pack.pk}">make a pack</a> of chapters to print.</p>'
        )
        manual = add(home, ProceduresManualPage(show_in_menus=True, **data), created)
    for chapter in demo_text.CHAPTERS:
        if existing(manual, chapter["slug"]):
            continue
        first_published = 400 + len(chapter["history"])
        page = ChapterPage(
            title=chapter["title"],
            slug=chapter["slug"],
            summary=chapter["summary"],
            body=body_from(chapter["sections"]),
        )
        manual.add_child(instance=page)
        publish(page, level="significant", note="First published.", days_ago=first_published)
        sections = chapter["sections"]
        for days_ago, level, note, edits in chapter["history"]:
            sections = apply_edits(sections, edits)
            page.body = body_from(sections)
            publish(page, level=level, note=note, days_ago=days_ago)
        created.append(f"chapter “{page.title}”")
