"""Public pages go out gzipped to clients that take it, compressed once and kept so."""

import gzip

import pytest
from django.core.cache import cache
from django.test import Client

from tests.factories import GuidancePageFactory

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture
def page_cache_on(settings):
    settings.CACHING_PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def guidance_page():
    """A guidance page with a few paragraphs, as readers get them."""
    body = [("paragraph", f"<p>What practitioners do at step {n}.</p>") for n in range(5)]
    return GuidancePageFactory(body=body)


def test_a_public_page_is_gzipped_for_a_client_that_takes_it(client, guidance_page):
    plain = client.get(guidance_page.url)
    packed = client.get(guidance_page.url, **GZIP)
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"] and "Accept-Encoding" in plain["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content) / 3
    assert packed["Cache-Control"] == plain["Cache-Control"]


def test_the_page_cache_keeps_the_compressed_page_and_unpacks_it_when_asked(
    client, guidance_page, page_cache_on
):
    first = client.get(guidance_page.url, **GZIP)
    assert first["X-Page-Cache"] == "miss" and first["Content-Encoding"] == "gzip"
    packed = client.get(guidance_page.url, **GZIP)
    plain = client.get(guidance_page.url)
    assert packed["X-Page-Cache"] == plain["X-Page-Cache"] == "hit"
    assert packed["Content-Encoding"] == "gzip" and "Content-Encoding" not in plain
    assert packed.content == first.content
    assert plain.content == gzip.decompress(first.content)
    assert "<html" in plain.content.decode()
    assert int(plain["Content-Length"]) == len(plain.content)
    assert int(packed["Content-Length"]) == len(packed.content)
    assert "Accept-Encoding" in plain["Vary"]


def test_a_page_first_stored_for_a_plain_client_is_gzipped_for_the_next(
    client, guidance_page, page_cache_on
):
    first = client.get(guidance_page.url)
    assert first["X-Page-Cache"] == "miss" and "Content-Encoding" not in first
    packed = client.get(guidance_page.url, **GZIP)
    assert packed["X-Page-Cache"] == "hit" and packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == first.content


def test_pages_for_editors_and_small_answers_are_not_compressed_here(
    admin_user, guidance_page, client
):
    editor = Client()
    editor.force_login(admin_user)
    assert "Content-Encoding" not in editor.get(guidance_page.url, **GZIP)
    live = client.get("/health/live/", **GZIP)
    assert live.status_code == 200 and "Content-Encoding" not in live
