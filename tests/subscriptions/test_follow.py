"""A significant publish tells the page's followers once; nobody else hears of it."""

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from subscriptions.models import FollowerNotice

pytestmark = pytest.mark.django_db

PUBLISH = {"action-publish": "action-publish"}


def publish(page, *, notify: bool, note: str = ""):
    page.notify_followers = notify
    page.follower_note = note
    page.save_revision().publish()


@pytest.fixture
def followers(make_subscriber, guidance_page, online_safety):
    return {
        "page": make_subscriber("page@example.org", pages=[guidance_page]),
        "topic": make_subscriber("topic@example.org", topics=[online_safety]),
        "bulletin only": make_subscriber("bulletin@example.org", bulletin=True),
        "unconfirmed": make_subscriber(
            "pending@example.org", confirmed=False, pages=[guidance_page]
        ),
        "weekly": make_subscriber("weekly@example.org", pages=[guidance_page], frequency="weekly"),
    }


def test_a_significant_change_emails_the_followers_only(guidance_page, followers, run_on_commit):
    with run_on_commit():
        publish(guidance_page, notify=True, note="The referral steps have changed.")
    assert sorted(m.to[0] for m in mail.outbox) == ["page@example.org", "topic@example.org"]
    message = mail.outbox[0]
    assert guidance_page.title in message.subject
    assert "The referral steps have changed." in message.body
    assert guidance_page.get_full_url() in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<http://localhost/updates/unsubscribe/"
    )
    html = message.alternatives[0][0]
    assert "<img" not in html and "The referral steps have changed." in html


def test_at_most_one_email_a_page_a_day(guidance_page, followers, run_on_commit):
    with run_on_commit():
        publish(guidance_page, notify=True, note="First change.")
    with run_on_commit():
        publish(guidance_page, notify=True, note="Second change the same day.")
    assert len(mail.outbox) == 2


def test_an_ordinary_publish_emails_nobody(guidance_page, followers, run_on_commit):
    with run_on_commit():
        publish(guidance_page, notify=False, note="Typo fixed.")
    assert mail.outbox == []
    assert not FollowerNotice.objects.filter(page_id=guidance_page.pk).exists()


def test_weekly_followers_get_the_change_in_their_digest(guidance_page, followers, run_on_commit):
    with run_on_commit():
        publish(guidance_page, notify=True, note="New section on livestreaming.")
    assert "weekly@example.org" not in [m.to[0] for m in mail.outbox]
    mail.outbox.clear()
    call_command("send_follower_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [m.to[0] for m in mail.outbox] == ["weekly@example.org"]
    assert "New section on livestreaming." in mail.outbox[0].body
    mail.outbox.clear()
    call_command("send_follower_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []  # nothing new since


def test_a_page_type_can_decide_for_itself(guidance_page, followers, run_on_commit, monkeypatch):
    """Any page with follower_notice() (procedures chapters, say) is handled the same way."""
    monkeypatch.setattr(type(guidance_page), "follower_notice", lambda self: "Amended: level 2.")
    with run_on_commit():
        guidance_page.save_revision().publish()
    assert len(mail.outbox) == 2
    assert "Amended: level 2." in mail.outbox[0].body


def test_the_edit_form_starts_with_notify_unticked(admin_client, guidance_page):
    publish(guidance_page, notify=True, note="Earlier note.")
    html = admin_client.get(f"/admin/pages/{guidance_page.pk}/edit/").content.decode()
    assert 'name="notify_followers"' in html
    checkbox = html[
        html.index('name="notify_followers"') - 200 : html.index('name="notify_followers"') + 200
    ]
    assert "checked" not in checkbox
    assert "Earlier note." not in html


def edit_data(page, **changes):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "audience": page.audience,
            "body": streamfield([]),
            "comments": inline_formset([]),
            **changes,
        }
    )


def test_an_editor_chooses_at_publish_to_notify_followers(
    admin_client, guidance_page, followers, run_on_commit
):
    url = f"/admin/pages/{guidance_page.pk}/edit/"
    with run_on_commit():
        refused = admin_client.post(
            url, edit_data(guidance_page, notify_followers="on", follower_note="", **PUBLISH)
        )
    assert refused.status_code == 200
    assert "Say what changed" in refused.content.decode()
    with run_on_commit():
        response = admin_client.post(
            url,
            edit_data(
                guidance_page,
                notify_followers="on",
                follower_note="Section 3 rewritten.",
                **PUBLISH,
            ),
        )
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["page@example.org", "topic@example.org"]
    assert "Section 3 rewritten." in mail.outbox[0].body
