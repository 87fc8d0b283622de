"""Approving a page in the workflow says that it was approved and published."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState

from editorial.groups import EDITORS, MODERATORS
from tests.editorial.test_groups import edit_post_data
from tests.factories import GuidancePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, django_user_model):
    editor = django_user_model.objects.create_user("writer", password="pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    moderator = django_user_model.objects.create_user("approver", password="pw")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    page = GuidancePageFactory(title="Approval wording", summary="S", live=False)
    assert page.revisions.count() == 1
    client.force_login(editor)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(edit, edit_post_data(page, **{"action-submit": "submit"}))
    assert WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").exists()
    client.force_login(moderator)
    return page


def test_edit_page_offers_approve_and_publish(client, submitted):
    edit = reverse("wagtailadmin_pages:edit", args=[submitted.pk])
    html = client.get(edit).content.decode()
    assert "Approve and publish" in html
    assert "Approve with comment and publish" in html


def test_approving_from_the_edit_page_says_approved_and_published(client, submitted):
    edit = reverse("wagtailadmin_pages:edit", args=[submitted.pk])
    response = client.post(
        edit,
        edit_post_data(
            submitted, **{"action-workflow-action": "true", "workflow-action-name": "approve"}
        ),
        follow=True,
    )
    texts = [str(message) for message in get_messages(response.wsgi_request)]
    html = response.content.decode()
    submitted.refresh_from_db()
    assert submitted.live
    assert "Page ‘Approval wording’ has been approved and published." in html + "".join(texts)
    assert "has been updated" not in html
