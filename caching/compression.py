"""gzip for shareable pages, done once: a page is compressed when it is rendered and kept
compressed in the page cache, so a cache hit sends a few kilobytes without compressing
again. Readers whose client does not take gzip get the page as it was rendered.

Only public responses are compressed here (no cookie, no per-reader token), so nothing
secret sits beside reader-controlled text in a compressed body.
"""

import gzip
import re

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

ACCEPTS_GZIP = re.compile(r"\bgzip\b")
COMPRESSIBLE_TYPES = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/ld+json",
)
# Below this a gzip header and trailer cost more than they save.
MIN_LENGTH = 200


def accepts_gzip(request: HttpRequest) -> bool:
    return bool(ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def compressible(response: HttpResponse) -> bool:
    return (
        not response.streaming
        and not response.has_header("Content-Encoding")
        and len(response.content) >= MIN_LENGTH
        and response.get("Content-Type", "").startswith(COMPRESSIBLE_TYPES)
    )


def gzip_body(response: HttpResponse) -> bytes | None:
    """The response's body compressed, or None when it is not worth compressing. Marks the
    response as varying on Accept-Encoding either way."""
    if not compressible(response):
        return None
    patch_vary_headers(response, ("Accept-Encoding",))
    compressed = compress_string(response.content)
    return compressed if len(compressed) < len(response.content) else None


def send_gzip(response: HttpResponse, compressed: bytes) -> None:
    response.content = compressed
    response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(compressed))


def gunzip(compressed: bytes) -> bytes:
    return gzip.decompress(compressed)
