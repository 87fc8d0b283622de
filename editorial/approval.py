"""Approving a page in the workflow says what it does: the last approval publishes the page.

Wagtail's own wording ("Approve"; then "Page ... has been updated.") leaves staff unsure
whether the page is now on the site. Both are reworded through Wagtail's public hooks.
"""

from django.contrib import messages
from django.http import HttpRequest
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.models import Page, Task

APPROVE = "approve"


def approval_publishes(page: Page) -> bool:
    """True when the task waiting on the page is the workflow's last, so approving publishes."""
    state = page.current_workflow_state
    if state is None:
        return False
    remaining = (
        Task.objects.filter(workflow_tasks__workflow=state.workflow, active=True)
        .exclude(task_states__in=state.successful_task_states)
        .count()
    )
    return remaining <= 1


def relabel_approve_actions(menu_items: list, request: HttpRequest, context: dict) -> None:
    """On the edit page's action menu: "Approve and publish" when approving will publish."""
    approve_items = [
        item for item in menu_items if isinstance(item, WorkflowMenuItem) and item.name == APPROVE
    ]
    page = context.get("page")
    if not approve_items or page is None or not approval_publishes(page):
        return
    for item in approve_items:
        item.label = (
            "Approve with comment and publish" if item.launch_modal else "Approve and publish"
        )


def say_approved_and_published(request: HttpRequest, page: Page) -> None:
    """After "Approve" on the edit page: say the page was approved and published, when it was.

    Wagtail has queued "Page ... has been updated." by now; that message is replaced.
    """
    if request.POST.get("workflow-action-name") != APPROVE:
        return
    fresh = Page.objects.filter(pk=page.pk).only("live", "live_revision", "latest_revision")
    fresh = fresh.first()
    if fresh is None or not fresh.live or fresh.live_revision_id != fresh.latest_revision_id:
        return  # approved, but still waiting on another task or a scheduled time
    title = page.get_admin_display_title()
    # Reading the queued messages consumes them; all but Wagtail's "updated" are put back.
    queued = list(messages.get_messages(request))
    for message in queued:
        if "has been updated" not in str(message.message):
            messages.add_message(request, message.level, message.message, message.extra_tags)
    messages.success(request, f"Page ‘{title}’ has been approved and published.")
