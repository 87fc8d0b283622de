"""Anonymous readers get no cookies and the pages ask no other site for anything."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from guidance.models import Resource
from portal.models import SiteSettings
from tests.factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    QAPageFactory,
    ResourcesPageFactory,
    StandardPageFactory,
    TopicFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
)

pytestmark = pytest.mark.django_db

# Tags that make the browser fetch something: scripts, styles, fonts, frames, media.
FETCHING_TAG = re.compile(
    r"<(script|link|iframe|img|source|video|audio|embed|object|frame)\b([^>]*)>", re.IGNORECASE
)
ATTRIBUTE = re.compile(r'\b(src|href|srcset|data|poster)="([^"]*)"', re.IGNORECASE)
# <link rel=...> values that only describe the page and fetch nothing.
NON_FETCHING_RELS = {"canonical", "alternate", "author", "license", "me", "help"}


@pytest.fixture
def public_urls(db) -> list[str]:
    """A page of every public kind, built here, and the listings, filters and searches."""
    topic = TopicFactory(name="Sharing photos")
    index = GuidanceIndexPageFactory(topic=topic)
    image = ImageFactory()
    pictured = GuidancePageFactory(
        parent=index,
        title="Sharing photos of children",
        body=[
            (
                "paragraph",
                RichText(
                    f'<p>A picture:</p><embed embedtype="image" id="{image.pk}"'
                    ' format="fullwidth" alt="A picture"/>'
                ),
            ),
        ],
    )
    linked = GuidancePageFactory(
        body=[("paragraph", RichText('<p>See <a href="https://example.org/">a site</a>.</p>'))]
    )
    Resource.objects.create(
        title="A toolkit", topic=topic, resource_type="toolkit", url="https://example.org/kit"
    )
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.safe_browsing_page = StandardPageFactory(title="Browsing without a trace")
    settings.accessibility_page = StandardPageFactory(title="How accessible the site is")
    settings.save()
    start = timezone.now() - datetime.timedelta(days=40)
    past_event = TrainingEventPageFactory(start=start, end=start + datetime.timedelta(hours=2))
    resources = ResourcesPageFactory().url
    training = TrainingIndexPageFactory().url
    return [
        "/",
        index.url,
        pictured.url,
        linked.url,
        QAPageFactory().url,
        resources,
        f"{resources}?topic={topic.slug}&type=toolkit",
        settings.safe_browsing_page.url,
        settings.accessibility_page.url,
        NewsIndexPageFactory().url,
        NewsArticlePageFactory().url,
        training,
        f"{training}?when=past",
        past_event.url,
        "/search/",
        "/search/?q=sharing+photos",
        "/search/?q=xqzvwk",
        "/no-such-page/",
    ]


def external_fetches(html: str) -> list[str]:
    found = []
    for tag, attributes in FETCHING_TAG.findall(html):
        rel = re.search(r'\brel="([^"]*)"', attributes)
        if tag.lower() == "link" and rel and set(rel.group(1).lower().split()) <= NON_FETCHING_RELS:
            continue
        for _name, value in ATTRIBUTE.findall(attributes):
            for url in value.split(","):
                url = url.strip().split(" ")[0]
                external = url.startswith("//") or re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I)
                if external and not url.startswith("data:"):
                    found.append(f"<{tag} {url}>")
    found += [f"@import/url() {u}" for u in re.findall(r"url\(\s*['\"]?(https?:|//)", html)]
    return found


def assert_no_cookies_for(client, urls) -> None:
    """Each address answers an anonymous reader without setting any cookie."""
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert "Set-Cookie" not in response.headers, url
        assert not response.cookies, (url, list(response.cookies))
    assert "csrftoken" not in client.cookies
    assert "sessionid" not in client.cookies


def assert_nothing_fetched_elsewhere(client, urls) -> None:
    """No page at these addresses makes the browser fetch anything from another site, and
    every script on them is the site's own file (or inert JSON data: JSON-LD, schedules)."""
    for url in urls:
        html = client.get(url).content.decode()
        assert external_fetches(html) == [], url
        for attributes in re.findall(r"<script\b([^>]*)>", html):
            if re.search(r'type="application/(ld\+)?json"', attributes):
                continue
            assert re.search(r'src="/static/', attributes), (url, attributes)


def test_anonymous_readers_get_no_cookies(client, public_urls):
    assert_no_cookies_for(client, public_urls)


def test_only_the_booking_state_sets_the_csrf_cookie(client):
    """The booking form is the one public form that needs CSRF protection. Its page is cached
    and cookie-free; the token (and the cookie) come from the uncached booking state."""
    event = TrainingEventPageFactory()
    response = client.get(event.url)
    assert not response.cookies
    assert 'name="csrfmiddlewaretoken" value=""' in response.content.decode()
    state = client.get(reverse("training_booking_state", kwargs={"pk": event.pk}))
    assert list(state.cookies) == ["csrftoken"]
    assert state.json()["csrfToken"]
    assert state.cookies["csrftoken"]["samesite"] == "Lax"
    assert "no-store" in state["Cache-Control"]


def test_voting_on_a_page_sets_no_cookie_either(client):
    page = GuidancePageFactory()
    response = client.post(f"/feedback/{page.pk}/", {"useful": "yes"})
    assert response.status_code == 302
    assert not response.cookies
    response = client.get(response["Location"])
    assert not response.cookies


def test_pages_fetch_nothing_from_other_sites(client, public_urls):
    assert_nothing_fetched_elsewhere(client, public_urls)


def test_the_checker_would_spot_third_party_requests():
    html = (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<script src="//cdn.example.com/a.js"></script>'
        '<iframe src="https://www.youtube.com/embed/x"></iframe>'
        '<img src="/media/ok.png" srcset="/media/a.png 1x, https://img.example.com/b.png 2x">'
        '<link rel="canonical" href="https://example.com/page/">'
    )
    assert len(external_fetches(html)) == 4


def test_the_search_form_needs_no_csrf_cookie(client):
    html = client.get("/").content.decode()
    form = re.search(r'<form class="search-form"[^>]*>', html).group(0)
    assert 'method="get"' in form
    assert "csrfmiddlewaretoken" not in html
