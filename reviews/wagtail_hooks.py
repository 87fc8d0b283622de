from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem

from .admin_views import RecommendationReport


@hooks.register("register_admin_urls")
def recommendation_report_urls():
    return [
        path(
            "reports/review-recommendations/",
            RecommendationReport.as_view(),
            name="review_recommendations",
        ),
        path(
            "reports/review-recommendations/results/",
            RecommendationReport.as_view(results_only=True),
            name="review_recommendations_results",
        ),
    ]


class RecommendationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_reports_menu_item")
def register_recommendation_report():
    return RecommendationReportMenuItem(
        "Review recommendations",
        reverse("review_recommendations"),
        name="review-recommendations",
        icon_name="tasks",
        order=1100,
    )
