"""Mark the first use of each glossary term in a page's HTML as an inline definition.

The term becomes a button that opens a popover (the HTML popover attribute: keyboard and
screen-reader friendly, no script) holding the plain-English definition and a link to the
term on the glossary page. Text inside links, headings, buttons and code is left alone.
"""

import re
from html.parser import HTMLParser

from django.utils.html import format_html

from .terms import Glossary, GlossaryEntry

SKIP_TAGS = {
    "a", "abbr", "button", "code", "dfn", "h1", "h2", "h3", "h4", "h5", "h6", "label",
    "option", "pre", "script", "select", "style", "summary", "textarea", "time", "title",
}  # fmt: skip
VOID_TAGS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip


def term_pattern(entries: tuple[GlossaryEntry, ...]) -> re.Pattern | None:
    forms: list[str] = []
    for entry in entries:
        if entry.abbreviation:
            forms.append(re.escape(entry.abbreviation))
        if entry.case_sensitive:
            forms.append(re.escape(entry.term))
        else:
            forms.append(f"(?i:{re.escape(entry.term)})")
    if not forms:
        return None
    forms.sort(key=len, reverse=True)  # the longest form wins: "CSE" inside "CSE team"
    return re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])")


def entry_lookup(entries) -> tuple[dict[str, GlossaryEntry], dict[str, GlossaryEntry]]:
    exact: dict[str, GlossaryEntry] = {}
    folded: dict[str, GlossaryEntry] = {}
    for entry in entries:
        if entry.abbreviation:
            exact.setdefault(entry.abbreviation, entry)
        if entry.case_sensitive:
            exact.setdefault(entry.term, entry)
        else:
            folded.setdefault(entry.term.lower(), entry)
    return exact, folded


def definition_html(entry: GlossaryEntry, shown: str, glossary_url: str) -> str:
    popover_id = f"glossary-{entry.slug}"
    expansion = f" ({entry.term})" if entry.abbreviation else ""
    more = ""
    if glossary_url:
        more = format_html(
            ' <a href="{}#{}">{} in the glossary</a>', glossary_url, entry.slug, entry.name
        )
    return format_html(
        '<span class="glossary-term">'
        '<button type="button" class="glossary-term__button" popovertarget="{}">'
        '{}<span class="visually-hidden"> (definition)</span></button>'
        '<span class="glossary-term__popover" id="{}" popover>'
        "<dfn>{}</dfn>{}: {}{}</span></span>",
        popover_id,
        shown,
        popover_id,
        entry.name,
        expansion,
        entry.definition,
        more,
    )


class TermMarker(HTMLParser):
    """Copies HTML through unchanged, except the first use of each term in ordinary text."""

    def __init__(self, glossary: Glossary):
        super().__init__(convert_charrefs=False)
        self.glossary = glossary
        self.pattern = term_pattern(glossary.entries)
        self.exact, self.folded = entry_lookup(glossary.entries)
        self.used: set[str] = set()
        self.skipping = 0
        self.out: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in SKIP_TAGS:
            self.skipping += 1

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in SKIP_TAGS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if self.skipping or self.pattern is None:
            self.out.append(data)
        else:
            self.out.append(self.pattern.sub(self.mark, data))

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

    def mark(self, match: re.Match) -> str:
        text = match.group(0)
        entry = self.exact.get(text) or self.folded.get(text.lower())
        if entry is None or entry.slug in self.used:
            return text
        self.used.add(entry.slug)
        return definition_html(entry, text, self.glossary.page_url)


def mark_terms(html: str, glossary: Glossary) -> str:
    """`html` with the first use of each glossary term marked (safe HTML in, safe HTML out)."""
    if not glossary.entries or not html:
        return html
    marker = TermMarker(glossary)
    marker.feed(html)
    marker.close()
    return "".join(marker.out)
