"""Reading a PDF's pages and bookmarks back without a PDF library: inflate its streams first.

For the PDFs the site makes with WeasyPrint (briefings, packs) and those Chromium prints.
"""

import re
import zlib

# The end-of-line before `endstream` stays in the group: a compressed stream may itself end in
# a carriage return, and zlib ignores whatever follows the end of its data.
STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
TITLE = re.compile(rb"/Title\s*(?:\(((?:\\.|[^\\)])*)\)|<(?i:feff)([0-9A-Fa-f]*)>)")
PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def inflated(pdf: bytes) -> bytes:
    """The PDF with every Flate-compressed stream (pages, object streams) appended, inflated."""
    parts = [pdf]
    for match in STREAM.finditer(pdf):
        try:
            parts.append(zlib.decompressobj().decompress(match.group(1)))
        except zlib.error:
            continue  # fonts, images and other streams that are not deflated
    return b"\n".join(parts)


def outline_titles(pdf: bytes) -> list[str]:
    """The /Title strings in document order: the document's title and one bookmark per
    heading."""
    titles = []
    for literal, hexadecimal in TITLE.findall(inflated(pdf)):
        if hexadecimal:  # titles outside Latin-1 are written as UTF-16 in hex
            titles.append(bytes.fromhex(hexadecimal.decode()).decode("utf-16-be"))
        else:
            titles.append(re.sub(rb"\\(.)", rb"\1", literal).decode("latin-1"))
    return titles


def page_count(pdf: bytes) -> int:
    return len(PAGE.findall(inflated(pdf)))
