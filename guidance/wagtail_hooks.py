from django.urls import path
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.groups import EDITORS, MODERATORS
from portal.reports import ReportMenuItem, report_urls
from portal.sidebar import SIDEBAR_PANELS_HOOK

from .admin_views import GuidanceReviewReport, hand_over_view, mark_reviewed_view
from .models import GuidancePage, Resource
from .ownership import HAND_OVER_ACTION, can_hand_over, unowned_guidance
from .review import MARK_REVIEWED_ACTION, due_for_review
from .search import search_answers


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full-inverse"
    menu_label = "Resources library"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["title", "topic", "resource_type", "updated_at"]
    list_filter = ["resource_type", "topic"]
    search_fields = ["title", "description"]


register_snippet(ResourceViewSet)


# Review dates ---------------------------------------------------------------------------


class DueForReviewPanel(Component):
    """Dashboard panel: guidance overdue or due for review within 30 days, with owners."""

    name = "due_for_review"
    order = 150
    template_name = "guidance/admin/due_for_review_panel.html"
    limit = 20

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["today"] = timezone.localdate()
        pages = due_for_review(today=context["today"])
        context["pages"] = pages[: self.limit]
        context["more"] = max(pages.count() - self.limit, 0)
        context["unowned_count"] = unowned_guidance().count()
        return context


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    if user_has_any_page_permission(request.user):
        panels.append(DueForReviewPanel())


@hooks.register("register_admin_urls")
def review_urls():
    return [
        *report_urls(GuidanceReviewReport, "guidance-review"),
        path(
            "pages/<int:page_id>/mark-reviewed/",
            mark_reviewed_view,
            name="guidance_mark_reviewed",
        ),
        path("pages/<int:page_id>/hand-over/", hand_over_view, name="guidance_hand_over"),
    ]


@hooks.register("register_reports_menu_item")
def register_guidance_review_report():
    return ReportMenuItem(GuidanceReviewReport, order=1050)


class MarkReviewedButton(PageMenuItem):
    label = "Mark as reviewed"
    icon_name = "calendar-check"
    url_name = "guidance_mark_reviewed"

    def is_shown(self, user):
        return issubclass(self.page.specific_class or Page, GuidancePage) and (
            self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def mark_reviewed_header_button(page, user, view_name, next_url=None):
    yield MarkReviewedButton(page=page, priority=64)


@hooks.register("register_page_listing_more_buttons")
def mark_reviewed_listing_button(page, user, next_url=None):
    yield MarkReviewedButton(page=page, priority=45)


class HandOverButton(PageMenuItem):
    label = "Hand over to another owner"
    icon_name = "user"
    url_name = "guidance_hand_over"

    def is_shown(self, user):
        page = self.page.specific_deferred
        return isinstance(page, GuidancePage) and can_hand_over(page=page, user=user)


@hooks.register("register_page_header_buttons")
def hand_over_header_button(page, user, view_name, next_url=None):
    yield HandOverButton(page=page, priority=65)


class HandOverFormatter(LogFormatter):
    label = "Hand over to another owner"

    def format_message(self, log_entry):
        data = log_entry.data
        previous = data.get("from") or "no owner"
        return f"Handed over from {previous} to {data.get('to', '')}"


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    actions.register_action(MARK_REVIEWED_ACTION, "Mark as reviewed", "Marked as reviewed")
    actions.register_action(HAND_OVER_ACTION)(HandOverFormatter)


@hooks.register("register_editorial_permissions")
def resource_permissions():
    """Editors add to the resources library; only Moderators remove from it."""
    return {
        EDITORS: ["guidance.add_resource", "guidance.change_resource"],
        MODERATORS: ["guidance.delete_resource"],
    }


# Single Q&A answers are found by site search, each linking to its place on the Q&A page.
hooks.register("register_site_search_source", search_answers)


@hooks.register(SIDEBAR_PANELS_HOOK, order=200)
def help_panel():
    """Links to the Q&A and resources pages, in the sidebar."""
    return "guidance/sidebar_help.html"
