from wagtail import hooks

from portal.reports import ReportMenuItem, report_urls

from .admin_views import RecommendationReport


@hooks.register("register_admin_urls")
def recommendation_report_urls():
    return report_urls(RecommendationReport, "review-recommendations")


@hooks.register("register_reports_menu_item")
def register_recommendation_report():
    return ReportMenuItem(RecommendationReport, order=1100)
