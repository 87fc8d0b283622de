"""Building chapters for the procedures tests."""

from procedures.models import ChapterPage, ProceduresManualPage


def paragraph_body(*paragraphs: str, heading: str = "") -> list[dict]:
    blocks = []
    if heading:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
    blocks += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]
    return blocks


def publish(page: ChapterPage, *, note: str, level: str = "minor") -> ChapterPage:
    page.amendment_note = note
    page.amendment_level = level
    page.save_revision().publish()
    return ChapterPage.objects.get(pk=page.pk)


def new_chapter(manual: ProceduresManualPage, slug: str, *paragraphs: str) -> ChapterPage:
    page = ChapterPage(title=slug.replace("-", " ").capitalize(), slug=slug)
    page.body = paragraph_body(*paragraphs)
    manual.add_child(instance=page)
    return publish(page, note="First published.", level="significant")
