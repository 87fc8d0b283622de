"""sitemap.xml, robots.txt, meta description, Open Graph tags and canonical links."""

import html as html_lib
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page, PageViewRestriction

from guidance.models import GuidanceIndexPage, GuidancePage
from news.models import NewsArticlePage

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def xml_locations(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def sitemap_locations(client) -> list[str]:
    """Every address in the sitemap, following its index to each of its parts."""
    parts = xml_locations(client, "/sitemap.xml")
    assert parts, "the index lists at least one part"
    return [url for part in parts for url in xml_locations(client, urlsplit_path(part))]


def urlsplit_path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_sitemap_lists_every_live_public_page_and_nothing_else(client, demo_site):
    index = GuidanceIndexPage.objects.get(slug="online-safety")
    index.add_child(instance=GuidancePage(title="Draft guidance", slug="draft", live=False))
    private = GuidancePage(title="Private guidance", slug="private")
    index.add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    locations = sitemap_locations(client)
    expected = [
        page.full_url for page in Page.objects.live().public().filter(depth__gt=1).order_by("path")
    ]
    assert len(expected) > 15
    assert locations == expected
    assert len(set(locations)) == len(locations)
    assert not any("/draft/" in url or "/private/" in url for url in locations)


def test_a_large_sitemap_comes_in_parts_that_together_list_every_page(client, demo_site, settings):
    settings.SITEMAP_PAGE_SIZE = 7
    expected = [
        page.full_url for page in Page.objects.live().public().filter(depth__gt=1).order_by("path")
    ]
    parts = xml_locations(client, "/sitemap.xml")
    assert len(parts) == -(-len(expected) // 7) > 2
    assert parts[0].endswith("/sitemap-pages.xml") and parts[1].endswith("?p=2")
    assert sitemap_locations(client) == expected
    assert client.get("/sitemap-pages.xml", {"p": len(parts) + 1}).status_code == 404
    assert client.get("/sitemap-pages.xml", {"p": "x"}).status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_robots_allows_crawling_except_admin_and_search_and_names_the_sitemap(client, demo_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines and "Disallow: /search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def meta(html: str) -> dict[str, str]:
    pairs = re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', html)
    found = {name: html_lib.unescape(value) for name, value in pairs}
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    if canonical:
        found["canonical"] = canonical.group(1)
    return found


def test_pages_have_description_open_graph_and_canonical_url(client, seed_page):
    tags = meta(client.get(seed_page.url).content.decode())
    assert tags["canonical"] == seed_page.full_url
    assert tags["canonical"].startswith("http") and tags["canonical"].endswith(seed_page.url)
    assert tags["og:url"] == tags["canonical"]
    assert tags["og:title"] == seed_page.title
    assert tags["description"] == seed_page.summary
    assert tags["og:description"] == tags["description"]
    assert tags["og:type"] == "website"
    assert tags["og:site_name"] == "Manchester Safeguarding Partnership"
    assert "og:image" not in tags


def test_article_with_an_image_shares_it_from_this_site(client, demo_site):
    article = NewsArticlePage.objects.published().exclude(listing_image=None).first()
    assert article is not None, "the demo news should have a listing image"
    tags = meta(client.get(article.url).content.decode())
    assert tags["og:type"] == "article"
    assert tags["og:image"].startswith("http://testserver/media/images/")
    assert client.get(tags["og:image"].removeprefix("http://testserver")).status_code == 200
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")


def test_article_image_is_a_responsive_picture_with_dimensions(client, demo_site):
    article = NewsArticlePage.objects.published().exclude(listing_image=None).first()
    html = client.get(article.url).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/webp"' in picture
    assert re.search(r'<img [^>]*width="\d+"', picture)
    assert re.search(r'<img [^>]*height="\d+"', picture)
    assert "400w" in picture and "800w" in picture
    assert "sizes=" in picture


def test_search_and_error_pages_have_no_page_meta(client, demo_site):
    html = client.get("/no-such-page/").content.decode()
    assert "og:title" not in html and 'rel="canonical"' not in html
