"""Cache-Control: public with explicit lifetimes for anonymous readers, never for anyone else."""

import re

import pytest
from django.urls import reverse

from tests.factories import GuidancePageFactory, TrainingEventPageFactory
from tests.page_types import factory_page_type_urls

pytestmark = pytest.mark.django_db

MACHINE_READABLE = [
    "/news/feed/",
    "/training/calendar.ics",
    "/sitemap.xml",
    "/sitemap-pages.xml",
    "/robots.txt",
]


def lifetimes(response) -> dict[str, int]:
    return {
        k: int(v) for k, v in re.findall(r"(s-maxage|max-age)=(\d+)", response["Cache-Control"])
    }


def anonymous_urls() -> dict[str, str]:
    urls = factory_page_type_urls()
    event = TrainingEventPageFactory()
    urls["event .ics"] = reverse("training_event_ics", kwargs={"pk": event.pk})
    urls.update({url: url for url in MACHINE_READABLE})
    return urls


def test_every_anonymous_page_type_is_public_with_lifetimes_and_no_cookie(client):
    for name, url in anonymous_urls().items():
        for method in (client.get, client.head):
            response = method(url)
            assert response.status_code in (200, 404), name
            control = response["Cache-Control"]
            assert "public" in control and "private" not in control, (name, control)
            ages = lifetimes(response)
            assert ages["s-maxage"] >= 60 and 0 < ages["max-age"] <= ages["s-maxage"], name
            assert not response.cookies and "Set-Cookie" not in response.headers, name
    assert lifetimes(client.get("/no-such-page/"))["s-maxage"] == 60, "404s are kept briefly"


def test_signed_in_editors_are_never_cached(admin_client):
    for name, url in anonymous_urls().items():
        control = admin_client.get(url)["Cache-Control"]
        assert "public" not in control and "private" in control, (name, control)
        assert "no-store" in control


def test_admin_previews_posts_and_booking_state_are_never_cached(client, admin_client):
    guidance_page = GuidancePageFactory()
    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[guidance_page.pk]))
    assert preview.status_code == 200
    assert "public" not in preview["Cache-Control"]
    assert "public" not in client.get("/admin/login/").get("Cache-Control", "")
    vote = client.post(reverse("page_feedback", args=[guidance_page.pk]), {"useful": "yes"})
    assert "public" not in vote["Cache-Control"] and "no-store" in vote["Cache-Control"]
    event = TrainingEventPageFactory(booking_open=True)
    booking = client.post(event.url + "book/", {"name": "x"})
    assert "no-store" in booking["Cache-Control"]
    state = client.get(reverse("training_booking_state", kwargs={"pk": event.pk}))
    assert "no-store" in state["Cache-Control"] and "public" not in state["Cache-Control"]
    page = client.get(event.url + "booking-form/")
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert "public" not in page["Cache-Control"]


def test_a_reader_with_a_session_cookie_is_not_served_a_shared_page(client):
    guidance_page = GuidancePageFactory()
    client.cookies["sessionid"] = "whatever"
    control = client.get(guidance_page.url)["Cache-Control"]
    assert "public" not in control and "private" in control


def test_uploaded_images_and_renditions_are_cached_for_a_year(client, settings, db):
    folder = settings.MEDIA_ROOT / "images"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cache-test.fill-100x100.webp").write_bytes(b"RIFF0000WEBP")
    response = client.get("/media/images/cache-test.fill-100x100.webp")
    assert response.status_code == 200
    control = response["Cache-Control"]
    assert "public" in control and "immutable" in control
    assert lifetimes(response)["max-age"] == 365 * 24 * 3600
    assert not response.cookies
