"""The text of two versions of a page, compared paragraph by paragraph and word by word."""

import difflib
import html
import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.rich_text import RichText

# Ends of block-level elements in rich text: each becomes a paragraph of its own.
BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)
WORD = re.compile(r"\s+|\S+")  # words and the spaces between them, as tokens


@dataclass
class Paragraph:
    """One paragraph of the comparison: same, added, removed or changed, as marked parts."""

    kind: str  # "same", "added", "removed" or "changed"
    parts: list[tuple[str, str]] = field(default_factory=list)  # ("same"|"ins"|"del", text)


def clean(text: str) -> str:
    return " ".join(html.unescape(text).split())


def richtext_lines(source: str) -> list[str]:
    lines = strip_tags(BLOCK_END.sub("\n", source or "")).split("\n")
    return [line for line in (clean(line) for line in lines) if line]


def block_text(block, value) -> list[str]:
    """The readable text of one block's value, as paragraphs (choices, links and ids left out)."""
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        return richtext_lines(getattr(value, "source", str(value)))
    if isinstance(block, blocks.StructBlock):
        lines: list[str] = []
        for name, child in block.child_blocks.items():
            lines += block_text(child, value.get(name))
        return lines
    if isinstance(block, blocks.ListBlock):
        lines = []
        for item in value:
            lines += block_text(block.child_block, item)
        return lines
    if isinstance(block, blocks.StreamBlock):
        lines = []
        for child in value:
            lines += block_text(child.block, child.value)
        return lines
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and isinstance(value, str):
        text = clean(value)
        return [text] if text else []
    return []


def page_text(page) -> list[str]:
    """A page's title, summary and body as paragraphs of plain text."""
    lines = [clean(page.title)]
    summary = clean(getattr(page, "summary", "") or "")
    if summary:
        lines.append(summary)
    body = getattr(page, "body", None)
    if body is not None:
        lines += block_text(body.stream_block, body)
    return lines


def compare_words(old: str, new: str) -> list[tuple[str, str]]:
    old_words, new_words = WORD.findall(old), WORD.findall(new)
    parts: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(("same", "".join(old_words[i1:i2])))
            continue
        if i2 > i1:
            parts.append(("del", "".join(old_words[i1:i2])))
        if j2 > j1:
            parts.append(("ins", "".join(new_words[j1:j2])))
    return parts


def compare_text(old: list[str], new: list[str]) -> list[Paragraph]:
    """Paragraphs of the new text, with removed paragraphs and changed words marked."""
    result: list[Paragraph] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result += [Paragraph("same", [("same", text)]) for text in new[j1:j2]]
            continue
        removed, added = old[i1:i2], new[j1:j2]
        if tag == "replace":
            for before, after in zip(removed, added, strict=False):
                words = difflib.SequenceMatcher(None, before.split(), after.split())
                similar = words.ratio() >= 0.5
                if similar:
                    result.append(Paragraph("changed", compare_words(before, after)))
                else:
                    result.append(Paragraph("removed", [("del", before)]))
                    result.append(Paragraph("added", [("ins", after)]))
            count = min(len(removed), len(added))
            removed, added = removed[count:], added[count:]
        result += [Paragraph("removed", [("del", text)]) for text in removed]
        result += [Paragraph("added", [("ins", text)]) for text in added]
    return result


def compare_pages(earlier, current) -> list[Paragraph]:
    return compare_text(page_text(earlier), page_text(current))
