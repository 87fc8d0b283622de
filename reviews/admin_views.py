"""Admin report: every recommendation of every review, its status and agency, for tracking."""

import django_filters
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column

from partners.models import Partner
from portal.reports import EditorsReport

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


class RecommendationReport(EditorsReport):
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
    filename_prefix = "review-recommendations"

    def get_queryset(self):
        self.queryset = Recommendation.objects.select_related("page", "agency").order_by(
            "-page__published_on", "page_id", "sort_order"
        )
        return super().get_queryset()
