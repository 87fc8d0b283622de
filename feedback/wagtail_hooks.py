from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy

from .report import PageFeedbackReportView


@hooks.register("register_admin_urls")
def page_feedback_report_urls():
    return [
        path(
            "reports/page-feedback/",
            PageFeedbackReportView.as_view(),
            name="page_feedback_report",
        ),
        path(
            "reports/page-feedback/results/",
            PageFeedbackReportView.as_view(results_only=True),
            name="page_feedback_report_results",
        ),
    ]


class PageFeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def page_feedback_report_menu_item():
    return PageFeedbackMenuItem(
        "Page feedback",
        reverse("page_feedback_report"),
        name="page-feedback",
        icon_name="help",
        order=1000,
    )
