"""Review dates: dashboard panel, review report, "Mark as reviewed" and owner reminders."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks import default_task_backend
from wagtail.models import PageLogEntry

from guidance import tasks
from guidance.models import GuidancePage
from guidance.review import MARK_REVIEWED_ACTION, send_review_reminders
from tests.factories import GuidancePageFactory

pytestmark = pytest.mark.django_db


LONG_AGO = datetime.date(2001, 3, 14)


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user(
        "rhea.owner", email="rhea@example.org", first_name="Rhea", last_name="Owner"
    )


@pytest.fixture
def overdue_page(owner):
    """Long overdue, so it heads every list of guidance due (soonest due first)."""
    return GuidancePageFactory(title="Overdue guidance", owner_user=owner, last_reviewed=LONG_AGO)


@pytest.fixture
def current_page(owner):
    """Reviewed today: not due for a year."""
    return GuidancePageFactory(title="Current guidance", owner_user=owner)


def sent_to(email: str) -> list:
    return [message for message in mail.outbox if message.to == [email]]


def test_dashboard_lists_overdue_page_with_owner_and_date(admin_client, overdue_page, current_page):
    response = admin_client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    assert "Due for review" in html
    panel = html[html.index("Due for review") :]
    assert overdue_page.title in panel
    assert overdue_page.next_review_due.strftime("%-d %B %Y") in panel
    assert overdue_page.owner_user.get_full_name() in panel
    assert current_page.title not in panel


def test_review_report_filters_and_exports_csv(admin_client, overdue_page, current_page):
    url = reverse("guidance_review")
    response = admin_client.get(url, {"review_state": "overdue"})
    assert response.status_code == 200
    html = response.content.decode()
    assert overdue_page.title in html
    assert current_page.title not in html
    response = admin_client.get(url, {"review_state": "nonsense"})
    assert response.status_code == 200
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert body.splitlines()[0].startswith("Title,Owner,Last reviewed,Next review due,Review state")
    row = next(line for line in body.splitlines() if line.startswith(overdue_page.title))
    assert row.endswith(",Overdue")
    row = next(line for line in body.splitlines() if line.startswith(current_page.title))
    assert not row.endswith(",Overdue")


def test_mark_as_reviewed_sets_dates_keeps_content_and_logs_history(admin_client, overdue_page):
    today = timezone.localdate()
    live_summary = overdue_page.summary
    draft = overdue_page.get_latest_revision_as_object()
    draft.summary = "An unpublished draft change."
    draft.save_revision()
    url = reverse("guidance_mark_reviewed", args=[overdue_page.pk])
    assert admin_client.get(url).status_code == 200
    revisions_before = overdue_page.revisions.count()

    response = admin_client.post(url)
    assert response.status_code == 302
    page = GuidancePage.objects.get(pk=overdue_page.pk)
    assert page.last_reviewed == today
    assert page.next_review_due == today.replace(year=today.year + 1) or (
        page.next_review_due - today
    ).days in (365, 366)
    assert page.summary == live_summary, "live content unchanged"
    assert page.revisions.count() == revisions_before
    entry = PageLogEntry.objects.filter(page=page, action=MARK_REVIEWED_ACTION).get()
    assert entry.user.username == "test-admin"
    assert (
        "Marked as reviewed"
        in admin_client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    )

    # Publishing the pending draft later keeps the new dates.
    page.get_latest_revision().publish()
    page.refresh_from_db()
    assert page.summary == "An unpublished draft change."
    assert page.last_reviewed == today
    # The public page shows the new date and no overdue notice.
    public = admin_client.get(page.url).content.decode()
    assert today.strftime("%-d %B %Y") in public
    assert "due for review" not in public


def test_editor_sees_mark_as_reviewed_button(admin_client, overdue_page):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[overdue_page.pk])).content
    assert reverse("guidance_mark_reviewed", args=[overdue_page.pk]).encode() in html


def test_reminders_email_each_owner_once_a_day(owner, overdue_page, current_page):
    also_overdue = GuidancePageFactory(owner_user=owner, last_reviewed=LONG_AGO)
    mail.outbox.clear()
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (message,) = sent_to(owner.email)  # one email for both pages due
    assert overdue_page.title in message.body and also_overdue.title in message.body
    assert current_page.title not in message.body  # not due yet
    sent = len(mail.outbox)
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == sent, "the second run on the same day sends nothing"
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert send_review_reminders(today=tomorrow) == len(mail.outbox) - sent
    assert len(sent_to(owner.email)) == 2, "a day later the owner is reminded again"


def test_the_command_only_queues_the_reminders_and_the_task_sends_them(overdue_page, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    mail.outbox.clear()
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == [], "the command sends nothing itself"
    (queued,) = default_task_backend.results
    assert queued.task.name == tasks.send_review_reminders.name
    assert queued.kwargs == {"today": timezone.localdate().isoformat()}

    assert queued.task.call(*queued.args, **queued.kwargs) == len(mail.outbox)
    (message,) = sent_to(overdue_page.owner_user.email)
    assert overdue_page.title in message.body


def test_new_guidance_gets_review_dates():
    index = GuidancePageFactory().get_parent()
    page = GuidancePage(title="New guidance", slug="new-guidance", summary="New.")
    index.add_child(instance=page)
    assert page.last_reviewed == timezone.localdate()
    assert page.next_review_due > page.last_reviewed
