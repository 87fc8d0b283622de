"""No link on the demo site answers with a server error."""

import re
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

pytestmark = pytest.mark.django_db

HREF = re.compile(r'(?:href|src)="([^"]+)"')


def crawl(client, start: str = "/", limit: int = 400) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = [start]
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for link in HREF.findall(response.content.decode()):
            link = urldefrag(urljoin(url, link.replace("&amp;", "&")))[0]
            parsed = urlparse(link)
            if parsed.scheme in ("", "http") and parsed.netloc in ("", "testserver"):
                path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
                if not path.startswith("/admin/") and path not in seen:
                    queue.append(path)
    return seen


def test_every_internal_link_answers_without_a_server_error(client, demo_site):
    results = crawl(client)
    assert len(results) > 25, "the crawl should reach the whole demo site"
    errors = {url: code for url, code in results.items() if code >= 500}
    assert not errors
    broken = {url: code for url, code in results.items() if code >= 400}
    assert not broken, f"broken internal links: {broken}"
