"""Get updates by email: the form, double opt-in, the same answer for every address."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.utils.html import escape

from subscriptions import tokens
from subscriptions.models import Subscriber

pytestmark = pytest.mark.django_db


def link_in(message, name: str) -> str:
    match = re.search(rf"http://[^\s\"<>]+/updates/{name}/[^\s\"<>]+/", message.body)
    assert match, message.body
    return match.group(0).replace("http://localhost", "")


def test_the_form_is_its_own_uncached_page_with_csrf(client, online_safety):
    response = client.get("/updates/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert 'name="topics"' in html and escape(online_safety.name) in html
    assert '<meta name="robots" content="noindex">' in html


def test_subscribe_sends_a_confirmation_and_nothing_else(client, run_on_commit, online_safety):
    with run_on_commit():
        response = client.post(
            "/updates/",
            {
                "email": "Practitioner@Example.ORG",
                "bulletin": "on",
                "topics": [online_safety.pk],
                "frequency": "immediate",
            },
        )
    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    subscriber = Subscriber.objects.get(email__iexact="practitioner@example.org")
    assert subscriber.email == "Practitioner@example.org"
    assert subscriber.confirmed_at is None
    assert not subscriber.bulletin and not subscriber.follows.exists()  # nothing until confirmed
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Practitioner@example.org"]
    assert "/updates/confirm/" in message.body
    assert message.alternatives and message.alternatives[0][1] == "text/html"


def test_confirming_takes_a_post_and_stores_the_follows(
    client, run_on_commit, online_safety, guidance_page
):
    with run_on_commit():
        client.post(
            "/updates/",
            {
                "email": "lead@example.org",
                "topics": [online_safety.pk],
                "pages": [guidance_page.pk],
                "frequency": "weekly",
            },
        )
    confirm = link_in(mail.outbox[0], "confirm")
    # A mail scanner fetching the link confirms nothing.
    page = client.get(confirm)
    assert page.status_code == 200
    assert escape(guidance_page.title) in page.content.decode()
    assert Subscriber.objects.get(email="lead@example.org").confirmed_at is None
    # The button's POST needs no CSRF cookie: the signed link is the proof.
    response = Client(enforce_csrf_checks=True).post(confirm)
    assert response.status_code == 200
    subscriber = Subscriber.objects.get(email="lead@example.org")
    assert subscriber.confirmed_at is not None
    assert subscriber.frequency == "weekly"
    assert set(subscriber.follows.values_list("topic_id", "page_id")) == {
        (online_safety.pk, None),
        (None, guidance_page.pk),
    }


def test_the_answer_is_the_same_whether_or_not_the_address_is_subscribed(
    client, run_on_commit, make_subscriber
):
    make_subscriber("known@example.org", bulletin=True)
    answers = []
    for email in ("known@example.org", "new@example.org"):
        with run_on_commit():
            response = client.post(
                "/updates/", {"email": email, "bulletin": "on", "frequency": "immediate"}
            )
        answers.append((response.status_code, response.content))
    assert answers[0] == answers[1]
    assert sorted(m.to[0] for m in mail.outbox) == ["known@example.org", "new@example.org"]
    assert Subscriber.objects.filter(email__endswith="@example.org").count() == 2


def test_bad_input_gets_a_form_error_not_an_email(client, run_on_commit):
    with run_on_commit():
        nothing = client.post("/updates/", {"email": "x@example.org", "frequency": "immediate"})
        bad = client.post(
            "/updates/", {"email": "not-an-address", "bulletin": "on", "frequency": "immediate"}
        )
    assert "Choose at least one thing" in nothing.content.decode()
    assert "Enter an email address like" in bad.content.decode()
    assert not mail.outbox
    assert not Subscriber.objects.filter(email__in=["x@example.org", "not-an-address"]).exists()


def test_a_page_can_be_followed_from_its_link(client, guidance_page):
    html = client.get(guidance_page.url).content.decode()
    assert f"/updates/?page={guidance_page.pk}" in html
    form = client.get(f"/updates/?page={guidance_page.pk}").content.decode()
    assert escape(guidance_page.title) in form
    assert re.search(rf'value="{guidance_page.pk}"[^>]*checked', form)
    # A page that cannot be followed (or junk) is just left out.
    assert client.get("/updates/?page=abc&page=999999999").status_code == 200


def test_tampered_and_foreign_links_get_a_clear_answer(client, db):
    token = tokens.confirm_token(tokens.Request(email="a@example.org", bulletin=True))
    assert client.get(f"/updates/confirm/{token}x/").status_code == 400
    # An unsubscribe token is not a confirm token.
    unsubscribe = tokens.unsubscribe_token("a@example.org")
    assert client.post(f"/updates/confirm/{unsubscribe}/").status_code == 400
    assert client.get("/updates/manage/nonsense/").status_code == 400
    assert not Subscriber.objects.filter(email="a@example.org").exists()


def test_confirm_links_expire_after_seven_days(monkeypatch):
    token = tokens.confirm_token(tokens.Request(email="a@example.org", bulletin=True))
    assert tokens.read_confirm_token(token) is not None
    real_time = tokens.signing.time.time
    monkeypatch.setattr(tokens.signing.time, "time", lambda: real_time() + 8 * 24 * 3600)
    assert tokens.read_confirm_token(token) is None


def test_too_many_posts_from_one_connection_are_refused(client, run_on_commit):
    with run_on_commit():
        answers = [
            client.post("/updates/manage/", {"email": f"x{n}@example.org"}).status_code
            for n in range(12)
        ]
    assert answers[:10] == [200] * 10
    assert answers[10:] == [429, 429]
    assert "Too many requests" in client.post("/updates/", {}).content.decode()
