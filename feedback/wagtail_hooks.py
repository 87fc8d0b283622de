from wagtail import hooks

from portal.reports import ReportMenuItem, report_urls

from .report import PageFeedbackReportView


@hooks.register("register_admin_urls")
def page_feedback_report_urls():
    return report_urls(PageFeedbackReportView, "page-feedback")


@hooks.register("register_reports_menu_item")
def page_feedback_report_menu_item():
    return ReportMenuItem(PageFeedbackReportView, order=1000)
