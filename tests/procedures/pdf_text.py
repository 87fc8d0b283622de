"""Reading a WeasyPrint PDF in tests: its streams are compressed, so inflate them first."""

import re
import zlib

TITLE = re.compile(rb"/Title (?:\(((?:\\.|[^\\)])*)\)|<(?i:feff)([0-9A-Fa-f]*)>)")
STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)


def inflated(pdf: bytes) -> bytes:
    """The PDF with every compressed stream (pages, object streams) inflated after it."""
    parts = [pdf]
    for match in STREAM.finditer(pdf):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue  # fonts and other binary streams that are not deflated
    return b"\n".join(parts)


def outline_titles(pdf: bytes) -> list[str]:
    """The bookmark titles (one per heading), in document order."""
    titles = []
    for literal, hexadecimal in TITLE.findall(inflated(pdf)):
        if hexadecimal:  # titles outside Latin-1 are written as UTF-16 in hex
            titles.append(bytes.fromhex(hexadecimal.decode()).decode("utf-16-be"))
        else:
            titles.append(re.sub(rb"\\(.)", rb"\1", literal).decode("latin-1"))
    return titles


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", inflated(pdf)))
