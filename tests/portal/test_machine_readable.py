"""sitemap.xml, robots.txt, meta description, Open Graph tags and canonical links."""

import html as html_lib
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from portal.models import SiteSettings
from tests.factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ImageFactory,
    NewsArticlePageFactory,
)

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ORGANISATION = "Testshire Safeguarding Partnership"


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


def all_public_page_urls() -> list[str]:
    return [
        page.full_url for page in Page.objects.live().public().filter(depth__gt=1).order_by("path")
    ]


def test_sitemap_lists_every_live_public_page_and_nothing_else(client):
    index = GuidanceIndexPageFactory()
    listed = GuidancePageFactory(parent=index)
    GuidancePageFactory(parent=index, title="Draft guidance", slug="draft", live=False)
    private = GuidancePageFactory(parent=index, title="Private guidance", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    locations = sitemap_locations(client)
    expected = all_public_page_urls()
    assert {index.full_url, listed.full_url} <= set(expected)
    assert locations == expected
    assert len(set(locations)) == len(locations)
    assert not any("/draft/" in url or "/private/" in url for url in locations)


def test_a_large_sitemap_comes_in_parts_that_together_list_every_page(client, settings):
    settings.SITEMAP_PAGE_SIZE = 7
    GuidancePageFactory.create_batch(15, parent=GuidanceIndexPageFactory())  # 16: three parts
    expected = all_public_page_urls()
    parts = xml_locations(client, "/sitemap.xml")
    assert len(parts) == -(-len(expected) // 7) > 2
    assert parts[0].endswith("/sitemap-pages.xml") and parts[1].endswith("?p=2")
    assert sitemap_locations(client) == expected
    assert client.get("/sitemap-pages.xml", {"p": len(parts) + 1}).status_code == 404
    assert client.get("/sitemap-pages.xml", {"p": "x"}).status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_robots_allows_crawling_except_admin_and_search_and_names_the_sitemap(client):
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


def test_pages_have_description_open_graph_and_canonical_url(client):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = ORGANISATION
    site_settings.save()
    page = GuidancePageFactory()
    tags = meta(client.get(page.url).content.decode())
    assert tags["canonical"] == page.full_url
    assert tags["canonical"].startswith("http") and tags["canonical"].endswith(page.url)
    assert tags["og:url"] == tags["canonical"]
    assert tags["og:title"] == page.title
    assert tags["description"] == page.summary
    assert tags["og:description"] == tags["description"]
    assert tags["og:type"] == "website"
    assert tags["og:site_name"] == ORGANISATION
    assert "og:image" not in tags


@pytest.fixture
def article(db):
    """An article with a listing image larger than any size the site shows it at."""
    image = ImageFactory(file__width=1600, file__height=900)
    return NewsArticlePageFactory(listing_image=image)


def test_article_with_an_image_shares_it_from_this_site(client, article):
    assert article.listing_image is not None
    tags = meta(client.get(article.url).content.decode())
    assert tags["og:type"] == "article"
    assert tags["og:image"].startswith("http://testserver/media/images/")
    assert client.get(tags["og:image"].removeprefix("http://testserver")).status_code == 200
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")


def test_article_image_is_a_responsive_picture_with_dimensions(client, article):
    html = client.get(article.url).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/webp"' in picture
    assert re.search(r'<img [^>]*width="\d+"', picture)
    assert re.search(r'<img [^>]*height="\d+"', picture)
    assert "400w" in picture and "800w" in picture
    assert "sizes=" in picture


def test_search_and_error_pages_have_no_page_meta(client):
    html = client.get("/no-such-page/").content.decode()
    assert "og:title" not in html and 'rel="canonical"' not in html
