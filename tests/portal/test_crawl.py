"""No link on the demo site, and no listing asked for with junk, answers with a server error."""

import re
from urllib.parse import urldefrag, urlencode, urljoin, urlparse

import pytest

from guidance.models import GuidanceIndexPage

pytestmark = pytest.mark.django_db

HREF = re.compile(r'(?:href|src)="([^"]+)"')

# Machine-readable addresses that no page links to with <a>, crawled as well.
UNLINKED = ["/sitemap.xml", "/robots.txt"]

# Values a reader, a bot or a careless link might send to a listing.
BAD_QUERY_VALUES = [
    ("page", "abc"),
    ("page", "-1"),
    ("page", "0"),
    ("page", "99999"),
    ("page", "1e9"),
    ("topic", "<script>alert(1)</script>"),
    ("topic", "nope"),
    ("year", "abc"),
    ("year", "99999999999999"),
    ("month", "2026-13"),
    ("month", "\U0001f600"),
    ("format", "zz"),
    ("when", "x"),
    ("type", "\x00"),
    ("q", "x" * 10_000),
]


def crawl(client, starts: list[str], limit: int = 400) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = list(starts)
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
    results = crawl(client, ["/", *UNLINKED])
    assert len(results) > 25, "the crawl should reach the whole demo site"
    errors = {url: code for url, code in results.items() if code >= 500}
    assert not errors
    broken = {url: code for url, code in results.items() if code >= 400}
    assert not broken, f"broken internal links: {broken}"
    for machine_readable in ("/news/feed/", "/training/calendar.ics", *UNLINKED):
        assert results.get(machine_readable) == 200, machine_readable
    assert any(re.fullmatch(r"/training/events/\d+\.ics", url) for url in results)


@pytest.mark.parametrize("pk", ["0", "99999999999999999999999"])
def test_calendar_file_for_a_bad_event_id_is_not_found(client, demo_site, pk):
    assert client.get(f"/training/events/{pk}.ics").status_code == 404


def listing_urls() -> list[str]:
    guidance = [page.url for page in GuidanceIndexPage.objects.live()]
    return [
        *guidance,
        "/news/",
        "/training/",
        "/training/?when=past",
        "/resources/",
        "/questions/",
        "/search/?q=safeguarding",
    ]


def test_listings_with_bad_query_values_give_a_normal_page(client, demo_site):
    statuses: dict[str, int] = {}
    for listing in listing_urls():
        base, _, query = listing.partition("?")
        for key, value in BAD_QUERY_VALUES:
            params = dict(item.split("=") for item in query.split("&") if item)
            params[key] = value
            url = f"{base}?{urlencode(params)}"
            statuses[url[:120]] = client.get(url).status_code
        every_bad_value = urlencode(BAD_QUERY_VALUES)
        statuses[f"{base}?all-at-once"] = client.get(f"{base}?{every_bad_value}").status_code
    assert len(statuses) > 100
    failures = {url: code for url, code in statuses.items() if code != 200}
    assert not failures, failures
