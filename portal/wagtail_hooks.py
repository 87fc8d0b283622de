from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .feedback_report import PageFeedbackReportView
from .models import Synonym, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "Search synonyms"
    list_display = ["term", "alternatives"]
    search_fields = ["term", "alternatives"]


register_snippet(TopicViewSet)
register_snippet(SynonymViewSet)


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
