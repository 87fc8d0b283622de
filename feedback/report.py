"""The admin report of "Is this page useful?" answers: Yes and No totals for each page."""

from django.db.models import F, Sum
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from portal.exports import SafeSpreadsheetExportMixin

from .models import PageFeedback


class PageFeedbackReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = "Page feedback"
    header_icon = "help"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    # Anyone who edits pages may see how readers rate them.
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    list_export = ["title", "useful_yes", "useful_no", "answers"]
    export_headings = {"title": "Page", "useful_yes": "Yes", "useful_no": "No"}
    columns = [
        TitleColumn("title", label="Page", url_name="wagtailadmin_pages:edit"),
        Column("useful_yes", label="Yes"),
        Column("useful_no", label="No"),
        Column("answers", label="Answers"),
    ]

    @property
    def permission_policy(self):
        return page_permission_policy

    @classmethod
    def is_visible_to(cls, user) -> bool:
        return page_permission_policy.user_has_any_permission(user, cls.any_permission_required)

    def get_queryset(self):
        voted = PageFeedback.objects.values("page_id")
        return (
            Page.objects.filter(pk__in=voted)
            .annotate(
                useful_yes=Sum("feedback__yes_count"),
                useful_no=Sum("feedback__no_count"),
            )
            .annotate(answers=F("useful_yes") + F("useful_no"))
            .order_by("-answers", "title")
        )
