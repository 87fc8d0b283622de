"""Reading a PDF's pages and bookmarks back without a PDF library: inflate its streams."""

import re
import zlib

STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
TITLE = re.compile(rb"/Title\s*\(((?:[^()\\]|\\.)*)\)")
PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def inflated(data: bytes) -> bytes:
    """The file with every Flate-compressed stream (object streams too) appended, inflated."""
    parts = [data]
    for match in STREAM.finditer(data):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue  # not Flate (an image, say)
    return b"\n".join(parts)


def bookmark_titles(data: bytes) -> list[str]:
    """The /Title strings: the document title and one bookmark per heading."""
    return [title.decode("latin-1") for title in TITLE.findall(inflated(data))]


def page_count(data: bytes) -> int:
    return len(PAGE.findall(inflated(data)))
