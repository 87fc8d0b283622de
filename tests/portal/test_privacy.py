"""Anonymous readers get no cookies and the pages ask no other site for anything."""

import re

import pytest
from django.urls import reverse

from guidance.models import GuidancePage
from news.models import NewsArticlePage
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db

# Tags that make the browser fetch something: scripts, styles, fonts, frames, media.
FETCHING_TAG = re.compile(
    r"<(script|link|iframe|img|source|video|audio|embed|object|frame)\b([^>]*)>", re.IGNORECASE
)
ATTRIBUTE = re.compile(r'\b(src|href|srcset|data|poster)="([^"]*)"', re.IGNORECASE)
# <link rel=...> values that only describe the page and fetch nothing.
NON_FETCHING_RELS = {"canonical", "alternate", "author", "license", "me", "help"}


def public_urls() -> list[str]:
    return [
        "/",
        "/online-safety/",
        GuidancePage.objects.get(slug="social-media-practitioners-volunteers").url,
        GuidancePage.objects.get(slug="self-neglect-and-hoarding").url,
        "/questions/",
        "/resources/",
        "/resources/?topic=online-safety&type=toolkit",
        "/safer-browsing/",
        "/accessibility-statement/",
        "/news/",
        NewsArticlePage.objects.published().first().url,
        "/training/",
        "/training/?when=past",
        TrainingEventPage.objects.past().first().url,
        "/search/",
        "/search/?q=social+media",
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


def test_anonymous_readers_get_no_cookies(client, demo_site):
    for url in public_urls():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert "Set-Cookie" not in response.headers, url
        assert not response.cookies, (url, list(response.cookies))
    assert "csrftoken" not in client.cookies
    assert "sessionid" not in client.cookies


def test_only_the_booking_state_sets_the_csrf_cookie(client, demo_site):
    """The booking form is the one public form that needs CSRF protection. Its page is cached
    and cookie-free; the token (and the cookie) come from the uncached booking state."""
    event = TrainingEventPage.objects.upcoming().filter(booking_open=True).first()
    response = client.get(event.url)
    assert not response.cookies
    assert 'name="csrfmiddlewaretoken" value=""' in response.content.decode()
    state = client.get(reverse("training_booking_state", kwargs={"pk": event.pk}))
    assert list(state.cookies) == ["csrftoken"]
    assert state.json()["csrfToken"]
    assert state.cookies["csrftoken"]["samesite"] == "Lax"
    assert "no-store" in state["Cache-Control"]


def test_voting_on_a_page_sets_no_cookie_either(client, seed_page):
    response = client.post(f"/feedback/{seed_page.pk}/", {"useful": "yes"})
    assert response.status_code == 302
    assert not response.cookies
    response = client.get(response["Location"])
    assert not response.cookies


def test_pages_fetch_nothing_from_other_sites(client, demo_site):
    for url in public_urls():
        html = client.get(url).content.decode()
        assert external_fetches(html) == [], url
        # Every script is the site's own file (or inert JSON data: JSON-LD, schedules).
        for attributes in re.findall(r"<script\b([^>]*)>", html):
            if re.search(r'type="application/(ld\+)?json"', attributes):
                continue
            assert re.search(r'src="/static/', attributes), (url, attributes)


def test_the_checker_would_spot_third_party_requests():
    html = (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<script src="//cdn.example.com/a.js"></script>'
        '<iframe src="https://www.youtube.com/embed/x"></iframe>'
        '<img src="/media/ok.png" srcset="/media/a.png 1x, https://img.example.com/b.png 2x">'
        '<link rel="canonical" href="https://example.com/page/">'
    )
    assert len(external_fetches(html)) == 4


def test_the_search_form_needs_no_csrf_cookie(client, demo_site):
    html = client.get("/").content.decode()
    form = re.search(r'<form class="search-form"[^>]*>', html).group(0)
    assert 'method="get"' in form
    assert "csrfmiddlewaretoken" not in html
