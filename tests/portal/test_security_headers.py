"""Security headers on every public response type, scored by the Observatory's rules.

The production settings' security values are copied in (HSTS, secure cookies, referrer
policy, frame options), and requests are made over https as in production.
"""

import datetime
import importlib
import re

import pytest
from django.conf import settings as django_settings
from django.utils import timezone
from wagtail.models import Site

from portal.models import SiteSettings
from tests.factories import (
    DocumentFactory,
    GuidancePageFactory,
    ImageFactory,
    TrainingEventPageFactory,
)
from tests.page_types import factory_page_type_urls
from tests.portal.observatory import parse_csp, score_response

pytestmark = pytest.mark.django_db

PRODUCTION_SECURITY_SETTINGS = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "SECURE_PROXY_SSL_HEADER",
]
PUBLIC_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'; frame-ancestors 'none'"
)


@pytest.fixture
def production(settings, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "p" * 40)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    importlib.reload(importlib.import_module("portal.settings.base"))  # reads the variables
    module = importlib.reload(importlib.import_module("portal.settings.production"))
    for name in PRODUCTION_SECURITY_SETTINGS:
        setattr(settings, name, getattr(module, name))
    settings.SECURE_SSL_REDIRECT = False  # requests below are already https
    return settings


def default_site() -> Site:
    return Site.objects.get(is_default_site=True)


def response_types() -> dict[str, tuple[str, str]]:
    """(method, path) for each kind of public response, named for the report."""
    types = {name: ("GET", path) for name, path in factory_page_type_urls().items()}
    image = ImageFactory()
    event = TrainingEventPageFactory(booking_open=True)
    document = DocumentFactory()
    guidance = GuidancePageFactory()
    types.update(
        {
            "event with booking form": ("GET", event.url),
            "booking answer (POST)": ("POST", event.url + "book/"),
            "feedback vote (POST, 302)": ("POST", f"/feedback/{guidance.pk}/"),
            "news feed (RSS)": ("GET", "/news/feed/"),
            "calendar (iCalendar)": ("GET", "/training/calendar.ics"),
            "sitemap.xml": ("GET", "/sitemap.xml"),
            "robots.txt": ("GET", "/robots.txt"),
            "security.txt": ("GET", "/.well-known/security.txt"),
            "static CSS": ("GET", "/static/css/site.css"),
            "static JavaScript": ("GET", "/static/js/quick-exit.js"),
            "uploaded image": ("GET", image.file.url),
            "image rendition": ("GET", image.get_rendition("width-200").url),
            "document download": ("GET", document.url),
        }
    )
    return types


def fetch(client, method: str, path: str):
    if method == "POST":
        data = {"useful": "yes"} if path.startswith("/feedback/") else {"name": "A"}
        return client.post(path, data, secure=True)
    return client.get(path, secure=True)


def body_text(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def observatory(response) -> tuple[int, list]:
    cookies = [morsel.OutputString() for morsel in response.cookies.values()]
    score = score_response(dict(response.headers), cookies, body_text(response), "testserver")
    return score.value, score.modifiers


def test_every_public_response_type_scores_a_plus(client, production):
    SiteSettings.objects.filter(site=default_site()).update(
        security_contact="mailto:security@partnership.invalid"
    )
    report = []
    for name, (method, path) in response_types().items():
        response = fetch(client, method, path)
        assert response.status_code < 500, name
        value, modifiers = observatory(response)
        report.append((name, response.status_code, value))
        assert value >= 100, (name, modifiers)
        assert response["Permissions-Policy"].startswith("accelerometer=()"), name
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]
        assert "microphone=()" in response["Permissions-Policy"]
        assert "payment=()" in response["Permissions-Policy"]
        assert response["Cross-Origin-Resource-Policy"] == "same-origin", name
        if name == "document download":
            assert response["Content-Security-Policy"] == "default-src 'none'"  # Wagtail's own
        else:
            assert parse_csp(response["Content-Security-Policy"]) == parse_csp(PUBLIC_CSP), name
    print("\n".join(f"{name:28} {status} {value}" for name, status, value in report))


def test_public_policy_is_strict():
    policy = parse_csp(PUBLIC_CSP)
    directives = django_settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert {k: list(v) for k, v in directives.items()} == policy
    assert policy["default-src"] == ["'none'"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["form-action"] == ["'self'"]
    for values in policy.values():
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "https:"} & set(values)


def test_admin_gets_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    policy = parse_csp(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_public_templates_need_nothing_inline(client):
    for path in factory_page_type_urls().values():
        html = client.get(path).content.decode()
        assert not re.search(r"\sstyle=", html), path
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html), path
        for attributes in re.findall(r"<script\b([^>]*)>", html):
            assert "src=" in attributes or "application/" in attributes, (path, attributes)


def test_security_txt_names_the_contact_and_expires_within_a_year(client):
    SiteSettings.objects.filter(site=default_site()).update(
        security_contact="mailto:security@partnership.invalid"
    )
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:security@partnership.invalid"
    expires = datetime.datetime.fromisoformat(fields["Expires"])
    assert timezone.now() < expires < timezone.now() + datetime.timedelta(days=365)
    assert fields["Canonical"].endswith("/.well-known/security.txt")
    assert "Set-Cookie" not in response


def test_security_txt_is_absent_rather_than_wrong_without_a_contact(client, settings):
    settings.SECURITY_CONTACT = ""
    SiteSettings.objects.filter(site=default_site()).update(security_contact="")
    assert client.get("/.well-known/security.txt").status_code == 404
    settings.SECURITY_CONTACT = "https://partnership.invalid/security"
    assert (
        b"Contact: https://partnership.invalid/security"
        in client.get("/.well-known/security.txt").content
    )
