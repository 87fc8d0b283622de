"""The procedures manual with its amendments, levels of need, and make a pack
(demo/content/procedures.toml).

Pages that exist are left alone; a chapter's history is only written when the chapter is
first made.
"""

import datetime

from django.utils import timezone
from wagtail.models import Page

from demo.data import read
from portal.models import HomePage
from procedures.models import (
    Amendment,
    ChapterPage,
    LevelsOfNeedPage,
    PackPage,
    ProceduresManualPage,
)


def body_from(sections: list[dict]) -> list[dict]:
    blocks: list[dict] = []
    for section in sections:
        blocks.append({"type": "heading", "value": {"text": section["heading"], "level": "h2"}})
        paragraphs = "".join(f"<p>{p}</p>" for p in section["paragraphs"])
        blocks.append({"type": "paragraph", "value": paragraphs})
    return blocks


def apply_edits(sections: list[dict], edits: list[dict]) -> list[dict]:
    """The sections with each old text replaced by the new; a missing old text is an error."""
    for edit in edits:
        old, new = edit["old"], edit["new"]
        if not any(old in p for section in sections for p in section["paragraphs"]):
            raise ValueError(f"demo edit does not apply: {old!r}")
        sections = [
            {**section, "paragraphs": [p.replace(old, new) for p in section["paragraphs"]]}
            for section in sections
        ]
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


def load(loader, home: HomePage) -> None:
    data = read("procedures")
    created = loader.created
    levels_page = data["levels_page"]
    levels = existing(home, levels_page["slug"]) or add(
        home, LevelsOfNeedPage(**levels_page, levels=data["levels"]), created
    )
    pack = existing(home, data["pack"]["slug"]) or add(home, PackPage(**data["pack"]), created)
    manual = existing(home, data["manual"]["slug"])
    if manual is None:
        fields = data["manual"]
        fields["intro"] += (
            f'<p>See also the <a linktype="page" id="{levels.pk}">levels of need</a>, or '
            f'<a linktype="page" id="{pack.pk}">make a pack</a> of chapters to print.</p>'
        )
        manual = add(home, ProceduresManualPage(show_in_menus=True, **fields), created)
    for chapter in data["chapters"]:
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
        for version in chapter["history"]:
            sections = apply_edits(sections, version["edits"])
            page.body = body_from(sections)
            publish(
                page, level=version["level"], note=version["note"], days_ago=version["days_ago"]
            )
        created.append(f"chapter “{page.title}”")
