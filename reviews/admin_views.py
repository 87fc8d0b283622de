"""Admin report: every recommendation of every review, its status and agency, for tracking."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from partners.models import Partner
from portal.exports import SafeSpreadsheetExportMixin

from .models import Recommendation


class RecommendationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label="Status", choices=Recommendation.Status.choices, empty_label="Any status"
    )
    agency = django_filters.ModelChoiceFilter(
        label="Agency responsible", queryset=Partner.objects.order_by("name")
    )

    class Meta:
        model = Recommendation
        fields = ["status", "agency"]


class RecommendationReport(SafeSpreadsheetExportMixin, ReportView):
    """Where each review's recommendations have got to, by status and agency; CSV/XLSX export."""

    page_title = "Review recommendations"
    header_icon = "tasks"
    index_url_name = "review_recommendations"
    index_results_url_name = "review_recommendations_results"
    filterset_class = RecommendationFilterSet
    columns = [
        Column("review_name", label="Review", accessor="page.short_name"),
        Column("text", label="Recommendation"),
        Column("status", label="Status", accessor="get_status_display"),
        Column("agency", label="Agency responsible"),
        Column("what_changed", label="What changed"),
    ]
    list_export = ["page.short_name", "text", "get_status_display", "agency", "what_changed"]
    export_headings = {
        "page.short_name": "Review",
        "text": "Recommendation",
        "get_status_display": "Status",
        "agency": "Agency responsible",
        "what_changed": "What changed",
    }

    def dispatch(self, request, *args, **kwargs):
        if not user_has_any_page_permission(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self) -> str:
        return f"review-recommendations-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        self.queryset = Recommendation.objects.select_related("page", "agency").order_by(
            "-page__published_on", "page_id", "sort_order"
        )
        return super().get_queryset()
