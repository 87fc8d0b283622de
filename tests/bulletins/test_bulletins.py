"""E-bulletins: the page type, the archive, the email, and sending in batches."""

import datetime
import re

import pytest
from django.core import mail
from django.utils.html import escape
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from bulletins import tasks
from bulletins.models import BulletinIndexPage, BulletinPage, BulletinSend
from bulletins.services import CannotSend, send_to_subscribers
from portal.models import HomePage
from subscriptions.models import Subscriber
from tests.bulletins.backends import REFUSED
from tests.factories import NewsArticlePageFactory, TrainingEventPageFactory
from tests.factories.bulletins import BulletinIndexPageFactory, BulletinPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulletin(db):
    """An issue as editors make them: an introduction, chosen news and events, free text."""
    return BulletinPageFactory(
        title="E-bulletin: winter",
        body=[
            ("intro", RichText("<p>Hello from the partnership.</p>")),
            ("news", {"heading": "News", "items": [NewsArticlePageFactory()]}),
            (
                "events",
                {"heading": "Upcoming training and events", "items": [TrainingEventPageFactory()]},
            ),
            ("text", {"heading": "A note", "text": RichText('<p>See <a href="/">us</a>.</p>')}),
        ],
    )


@pytest.fixture
def subscribers(make_subscriber):
    emails = [
        "one@example.org",
        REFUSED,
        "two@example.org",
        "three@example.org",
        "four@example.org",
    ]
    made = [make_subscriber(email, bulletin=True) for email in emails]
    make_subscriber("pending@example.org", bulletin=True, confirmed=False)
    make_subscriber("topics-only@example.org", bulletin=False)
    return made


def test_the_page_tree():
    assert BulletinIndexPage.parent_page_types == ["portal.HomePage"]
    assert "bulletins.BulletinIndexPage" in HomePage.subpage_types
    assert BulletinPage.parent_page_types == ["bulletins.BulletinIndexPage"]
    assert BulletinPage.subpage_types == []


def test_the_public_archive_lists_past_bulletins(client, bulletin):
    archive = BulletinIndexPageFactory()
    older = BulletinPageFactory(date=bulletin.date - datetime.timedelta(days=365))
    response = client.get(archive.url)
    assert response.status_code == 200 and not response.cookies
    html = response.content.decode()
    assert html.index(escape(bulletin.title)) < html.index(escape(older.title))  # newest first
    page = client.get(bulletin.url)
    html = page.content.decode()
    assert page.status_code == 200 and "Upcoming training and events" in html
    assert not page.cookies
    assert client.get(f"{archive.url}?page=abc").status_code == 200


def test_the_email_is_accessible_html_and_text_without_images_or_tracking(bulletin, settings):
    message = tasks.render_bulletin(bulletin, root_url="https://partnership.example").message_for(
        email="reader@example.org", root_url="https://partnership.example"
    )
    html = message.alternatives[0][0]
    assert message.alternatives[0][1] == "text/html"
    assert '<html lang="en-GB">' in html and "<h1>" in html and "<main>" in html
    assert "<img" not in html.lower() and "url(" not in html
    assert re.findall(r'href="/', html) == []  # every link is absolute
    links = re.findall(r'href="([^"]+)"', html)
    assert links and all(re.match(r"https?://[a-z.]+/", link) for link in links), links
    assert "https://partnership.example/updates/unsubscribe/" in html
    assert "UPCOMING TRAINING AND EVENTS" in message.body and "<p>" not in message.body
    assert "/updates/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_preview_as_the_email(rf, bulletin):
    assert ("", "Web page") in bulletin.preview_modes
    assert ("email", "Email") in bulletin.preview_modes
    html = bulletin.serve_preview(rf.get("/"), "email").content.decode()
    assert "<h1>" in html and "#unsubscribe" in html
    assert escape(bulletin.title) in html


def test_staff_create_a_bulletin_in_the_admin(admin_client):
    archive = BulletinIndexPageFactory()
    data = nested_form_data(
        {
            "title": "E-bulletin: spring",
            "slug": "e-bulletin-spring",
            "date": "2026-03-01",
            "summary": "Spring news.",
            "body": streamfield(
                [
                    ("intro", rich_text("<p>Hello from the partnership.</p>")),
                    ("text", {"heading": "A note", "text": rich_text("<p>Some words.</p>")}),
                ]
            ),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/bulletins/bulletinpage/{archive.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    created = BulletinPage.objects.get(slug="e-bulletin-spring")
    assert [block.block_type for block in created.get_latest_revision_as_object().body] == [
        "intro",
        "text",
    ]
    send_page = admin_client.get(f"/admin/bulletins/{created.pk}/send/")
    assert send_page.status_code == 200
    assert "Send a test to myself" in send_page.content.decode()


def test_send_a_test_to_myself(admin_client, bulletin, run_on_commit):
    bulletin.title = "Draft title not yet published"
    bulletin.save_revision()
    with run_on_commit():
        response = admin_client.post(f"/admin/bulletins/{bulletin.pk}/send/", {"action": "test"})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["admin@example.invalid"]]
    assert mail.outbox[0].subject == "[Test] Draft title not yet published"


def test_send_to_subscribers_from_the_admin(admin_client, bulletin, subscribers, run_on_commit):
    with run_on_commit():
        admin_client.post(f"/admin/bulletins/{bulletin.pk}/send/", {"action": "subscribers"})
    send = BulletinSend.objects.get()
    assert send.sent == 5
    html = admin_client.get(f"/admin/bulletins/{bulletin.pk}/send/").content.decode()
    assert "Finished (100%)" in html


def test_batches_with_one_failing_address(
    settings, bulletin, subscribers, admin_user, admin_client, run_on_commit, monkeypatch
):
    settings.EMAIL_BACKEND = "tests.bulletins.backends.RefusingEmailBackend"
    monkeypatch.setattr(tasks, "BATCH_SIZE", 2)
    with run_on_commit():
        send = send_to_subscribers(page=bulletin, user=admin_user)
    send.refresh_from_db()
    assert (send.total, send.sent, send.failed, send.skipped) == (5, 4, 1, 0)
    assert send.status == BulletinSend.Status.FINISHED and send.finished_at
    assert [(f.email, "550" in f.error) for f in send.failures.all()] == [(REFUSED, True)]
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == [
        "four@example.org",
        "one@example.org",
        "three@example.org",
        "two@example.org",
    ]
    unsubscribe_links = {m.extra_headers["List-Unsubscribe"] for m in mail.outbox}
    assert len(unsubscribe_links) == 4  # each reader's own link
    with pytest.raises(CannotSend):
        send_to_subscribers(page=bulletin, user=admin_user)
    admin_page = admin_client.get(f"/admin/bulletins/{bulletin.pk}/send/").content.decode()
    assert "Finished (100%)" in admin_page and REFUSED in admin_page
    # Deleting the person deletes the record of the failure too; the counts stay.
    Subscriber.objects.filter(email=REFUSED).delete()
    assert not send.failures.exists()
    send.refresh_from_db()
    assert send.failed == 1


def test_someone_unsubscribing_during_a_sending_is_skipped(
    bulletin, subscribers, admin_user, run_on_commit
):
    send = BulletinSend.objects.create(page=bulletin, started_by=admin_user)
    ids = list(tasks.recipients().values_list("pk", flat=True))
    BulletinSend.objects.filter(pk=send.pk).update(total=len(ids))
    Subscriber.objects.filter(email="one@example.org").delete()
    tasks.send_batch.call(send_id=send.pk, subscriber_ids=ids)
    send.refresh_from_db()
    assert (send.sent, send.failed, send.skipped) == (4, 0, 1)
