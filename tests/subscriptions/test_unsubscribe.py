"""One-click unsubscribe, manage links by email, pruning and staff tools."""

import csv
import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from subscriptions import tokens
from subscriptions.admin_views import neutralise
from subscriptions.models import Follow, Subscriber
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db


def test_one_post_unsubscribes_without_csrf_and_a_get_does_not(make_subscriber, online_safety):
    leaving = make_subscriber("leaving@example.org", bulletin=True, topics=[online_safety])
    url = f"/updates/unsubscribe/{tokens.unsubscribe_token('leaving@example.org')}/"
    page = Client().get(url)
    assert page.status_code == 200 and "Unsubscribe" in page.content.decode()
    assert not page.cookies
    assert Subscriber.objects.filter(pk=leaving.pk).exists()
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email="leaving@example.org").exists()
    assert not Follow.objects.filter(subscriber_id=leaving.pk).exists()


def test_manage_link_is_sent_only_to_subscribers_with_the_same_answer(
    client, make_subscriber, run_on_commit
):
    make_subscriber("known@example.org", bulletin=True)
    answers = []
    for email in ("known@example.org", "stranger@example.org"):
        with run_on_commit():
            answers.append(client.post("/updates/manage/", {"email": email}).content)
    assert answers[0] == answers[1]
    assert [m.to[0] for m in mail.outbox] == ["known@example.org"]
    assert "/updates/manage/" in mail.outbox[0].body


def test_the_manage_page_changes_what_is_followed(make_subscriber, online_safety, guidance_page):
    neglect = TopicFactory()
    subscriber = make_subscriber(
        "lead@example.org", bulletin=True, topics=[online_safety, neglect], pages=[guidance_page]
    )
    url = f"/updates/manage/{tokens.manage_token(subscriber.email)}/"
    html = Client().get(url).content.decode()
    assert re.search(rf'value="{guidance_page.pk}"[^>]*checked', html)
    response = Client(enforce_csrf_checks=True).post(
        url, {"bulletin": "on", "topics": [neglect.pk], "frequency": "weekly"}
    )
    assert "Your choices are saved" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.frequency == "weekly" and subscriber.bulletin
    assert list(subscriber.follows.values_list("topic_id", "page_id")) == [(neglect.pk, None)]
    # Unticking everything unsubscribes.
    Client().post(url, {"frequency": "weekly"})
    assert not Subscriber.objects.filter(email="lead@example.org").exists()


def test_unconfirmed_addresses_are_deleted_after_seven_days(make_subscriber):
    old = make_subscriber("old@example.org", confirmed=False)
    recent = make_subscriber("recent@example.org", confirmed=False)
    confirmed = make_subscriber("kept@example.org")
    Subscriber.objects.filter(pk__in=[old.pk, confirmed.pk]).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    recent.created_at = timezone.now() - datetime.timedelta(days=6)
    recent.save()
    call_command("prune_subscribers", stdout=io.StringIO())
    emails = ["old@example.org", "recent@example.org", "kept@example.org"]
    assert sorted(Subscriber.objects.filter(email__in=emails).values_list("email", flat=True)) == [
        "kept@example.org",
        "recent@example.org",
    ]


def test_staff_export_a_persons_data_as_safe_csv(admin_client, make_subscriber):
    topic = TopicFactory(name='=HYPERLINK("http://evil.example")')
    subscriber = make_subscriber("person@example.org", bulletin=True, topics=[topic])
    listing = admin_client.get("/admin/subscribers/?q=person").content.decode()
    assert "person@example.org" in listing
    assert f"/admin/subscribers/{subscriber.pk}/export/" in listing
    response = admin_client.get(f"/admin/subscribers/{subscriber.pk}/export/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert ["Email address", "person@example.org"] in rows
    assert ["Follows topic", '\'=HYPERLINK("http://evil.example")'] in rows


def test_staff_delete_a_persons_data(admin_client, make_subscriber, guidance_page):
    subscriber = make_subscriber("person@example.org", pages=[guidance_page])
    response = admin_client.post(f"/admin/subscribers/delete/{subscriber.pk}/")
    assert response.status_code == 302
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()
    assert not Follow.objects.filter(subscriber_id=subscriber.pk).exists()


def test_export_needs_permission(client, django_user_model, make_subscriber):
    subscriber = make_subscriber("person@example.org")
    user = django_user_model.objects.create_user("nobody", password="x")
    client.force_login(user)
    assert client.get(f"/admin/subscribers/{subscriber.pk}/export/").status_code in (302, 403)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+44", "'+44"),
        ("-2", "'-2"),
        ("@SUM", "'@SUM"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        (None, ""),
    ],
)
def test_cells_that_would_run_as_formulas_are_neutralised(value, expected):
    assert neutralise(value) == expected
