"""Content owners: unowned guidance is flagged, owners show by full name, pages are handed over."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageLogEntry

from editorial.groups import EDITORS, MODERATORS
from guidance.models import GuidancePage
from guidance.ownership import HAND_OVER_ACTION, hand_over
from tests.factories import GuidancePageFactory

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date(2001, 3, 14)


@pytest.fixture
def people(django_user_model):
    def make(username, first, last, group):
        user = django_user_model.objects.create_user(
            username, password="pw", first_name=first, last_name=last
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "asha": make("asha.k", "Asha", "Khan", EDITORS),
        "tom": make("tom.b", "Tom", "Brennan", EDITORS),
        "mo": make("mo.r", "Mo", "Reid", MODERATORS),
    }


@pytest.fixture
def owned_page(people):
    return GuidancePageFactory(title="Guidance Asha owns", owner_user=people["asha"])


def due_panel(admin_client) -> str:
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    return html[html.index('id="due-for-review-heading"') :]


def test_due_for_review_panel_flags_guidance_with_no_owner(admin_client, people):
    GuidancePageFactory(title="Owned guidance", owner_user=people["asha"])
    GuidancePageFactory(title="Guidance nobody owns")
    unowned = GuidancePage.objects.filter(owner_user__isnull=True).count()
    panel = due_panel(admin_client)
    assert f'data-unowned-guidance="{unowned}"' in panel
    assert f"{unowned} guidance pages have no owner" in panel
    assert "?whose=unowned" in panel
    GuidancePageFactory(title="More guidance nobody owns")
    assert f'data-unowned-guidance="{unowned + 1}"' in due_panel(admin_client)

    # An unowned page due for review says so in its row (the oldest due is listed first).
    overdue = GuidancePageFactory(title="Overdue guidance nobody owns", last_reviewed=LONG_AGO)
    panel = due_panel(admin_client)
    row = panel[panel.index(overdue.title) :]
    assert "No owner" in row[: row.index("</tr>")]


def test_review_report_flags_unowned_and_filters_to_my_pages(client, owned_page, people):
    # Long overdue, so they head the report (soonest due first).
    GuidancePage.objects.filter(pk=owned_page.pk).update(next_review_due=LONG_AGO)
    nobodys = GuidancePageFactory(title="Guidance nobody owns", last_reviewed=LONG_AGO)
    toms = GuidancePageFactory(title="Guidance Tom owns", owner_user=people["tom"])
    client.force_login(people["asha"])
    url = reverse("guidance_review")
    html = client.get(url).content.decode()
    assert nobodys.title in html and "No owner" in html and "Asha Khan" in html
    assert "asha.k" not in html, "owners by full name, not login name"

    mine = client.get(url, {"whose": "mine"}).content.decode()
    assert owned_page.title in mine
    assert toms.title not in mine and nobodys.title not in mine
    unowned = client.get(url, {"whose": "unowned"}).content.decode()
    assert owned_page.title not in unowned and toms.title not in unowned
    assert nobodys.title in unowned and "No owner" in unowned
    assert client.get(url, {"whose": "nonsense"}).status_code == 200

    export = client.get(url, {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    owners = {row["Title"]: row["Owner"] for row in rows}
    assert owners[owned_page.title] == "Asha Khan"
    assert owners[nobodys.title] == "No owner"
    assert owners[toms.title] == "Tom Brennan"


def test_owner_chosen_by_full_name_on_the_edit_form(admin_client, owned_page):
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[owned_page.pk])
    ).content.decode()
    assert ">Asha Khan</option>" in html


def test_owner_hands_a_page_over_recorded_in_its_history(client, owned_page, people):
    draft = owned_page.get_latest_revision_as_object()
    draft.summary = "A draft change, not yet published."
    draft.save_revision()
    revisions = owned_page.revisions.count()
    client.force_login(people["asha"])
    url = reverse("guidance_hand_over", args=[owned_page.pk])
    form = client.get(url).content.decode()
    assert ">Tom Brennan</option>" in form and ">Asha Khan</option>" not in form
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[owned_page.pk])).content.decode()
    assert url in edit, "the page's header menu offers the hand-over"

    response = client.post(url, {"new_owner": people["tom"].pk}, follow=True)
    assert "now owned by Tom Brennan" in response.content.decode()
    page = GuidancePage.objects.get(pk=owned_page.pk)
    assert page.owner_user == people["tom"]
    assert page.get_latest_revision_as_object().owner_user_id == people["tom"].pk
    assert page.get_latest_revision_as_object().summary == "A draft change, not yet published."
    assert page.revisions.count() == revisions, "no new revision"

    entry = PageLogEntry.objects.get(page=page, action=HAND_OVER_ACTION)
    assert entry.user == people["asha"]
    assert entry.data["from"] == "Asha Khan" and entry.data["to"] == "Tom Brennan"
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert "Handed over from Asha Khan to Tom Brennan" in history.content.decode()


def test_only_the_owner_or_a_moderator_can_hand_over(client, owned_page, people):
    url = reverse("guidance_hand_over", args=[owned_page.pk])
    client.force_login(people["tom"])
    assert client.get(url).status_code in (302, 403)
    client.post(url, {"new_owner": people["tom"].pk})
    owned_page.refresh_from_db()
    assert owned_page.owner_user == people["asha"]

    client.force_login(people["mo"])
    assert client.get(url).status_code == 200
    client.post(url, {"new_owner": people["tom"].pk})
    owned_page.refresh_from_db()
    assert owned_page.owner_user == people["tom"]


def test_hand_over_of_an_unowned_page_says_so(owned_page, people):
    GuidancePage.objects.filter(pk=owned_page.pk).update(owner_user=None)
    page = GuidancePage.objects.get(pk=owned_page.pk)
    hand_over(page=page, new_owner=people["tom"], user=people["mo"])
    entry = PageLogEntry.objects.get(page=page, action=HAND_OVER_ACTION)
    assert entry.data["from"] == "" and entry.data["to"] == "Tom Brennan"
    assert entry.message == "Handed over from no owner to Tom Brennan"


def test_hand_over_rejects_someone_who_cannot_use_the_admin(
    client, owned_page, people, django_user_model
):
    outsider = django_user_model.objects.create_user("reader", password="pw")
    client.force_login(people["asha"])
    url = reverse("guidance_hand_over", args=[owned_page.pk])
    response = client.post(url, {"new_owner": outsider.pk})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    owned_page.refresh_from_db()
    assert owned_page.owner_user == people["asha"]
