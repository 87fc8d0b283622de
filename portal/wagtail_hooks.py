from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import approval, two_factor, two_factor_recovery
from .feedback_report import PageFeedbackReportView
from .models import SiteSettings, Synonym, Topic
from .query import PortalPageQuerySet
from .vocabulary import VOCABULARY_HOOK


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


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("2fa/verify/", two_factor.verify, name="portal_2fa_verify"),
        path("2fa/setup/", two_factor.setup, name="portal_2fa_setup"),
        path("2fa/backup-codes/", two_factor_recovery.backup_codes, name="portal_2fa_backup_codes"),
        path("2fa/reset/<id:user_id>/", two_factor_recovery.reset, name="portal_2fa_reset"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_backup_codes_item(request):
    return {
        "url": reverse("portal_2fa_backup_codes"),
        "label": "Two-factor backup codes",
        "help_text": "One-time codes for signing in if you lose your phone.",
    }


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if request_user.is_superuser and user.pk != request_user.pk:
        yield ListingMenuItem(
            "Reset two-factor authentication",
            url=two_factor_recovery.reset_url(user),
            icon_name="key",
            priority=50,
        )


@hooks.register("register_log_actions")
def two_factor_log_actions(actions):
    for action, label in two_factor_recovery.LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("portal_2fa_setup"),
        "label": "Two-factor authentication",
        "help_text": "Add an authenticator app, so signing in needs a code as well.",
    }


class ContentChecksItem(ContentCheckerItem):
    """The accessibility checker, limited to what editors write in the page's main content.

    Site furniture (header, menus, footer, quick exit) is left to the template tests.
    """

    axe_include = ["main"]
    axe_run_only = [
        "alt-text-quality",
        "button-name",
        "empty-heading",
        "empty-table-header",
        "frame-title",
        "heading-order",
        "input-button-name",
        "link-name",
        "p-as-heading",
        "empty-meta-description",
    ]


@hooks.register("construct_wagtail_userbar")
def use_content_checks(request, items, page=None):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ContentChecksItem):
            items[index] = ContentChecksItem(in_editor=getattr(item, "in_editor", False))


@hooks.register(VOCABULARY_HOOK)
def page_titles():
    """The titles of live pages anyone may see (never those of restricted pages)."""
    return PortalPageQuerySet(Page).published().filter(depth__gt=1).values_list("title", flat=True)


@hooks.register(VOCABULARY_HOOK)
def synonym_forms():
    """Jargon and what it stands for, as editors keep them under Search synonyms."""
    return [form for synonym in Synonym.objects.all() for form in synonym.forms]


hooks.register("construct_page_action_menu", approval.relabel_approve_actions)
hooks.register("after_edit_page", approval.say_approved_and_published)


@hooks.register("register_site_wide_models")
def site_wide_models():
    """Shown on every page (settings, topics) or in every search: a change purges the site."""
    return [SiteSettings, Synonym, Topic, SearchPromotion]
