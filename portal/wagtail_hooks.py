from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.groups import EDITORS, MODERATORS

from .models import SiteSettings, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


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


@hooks.register("register_site_wide_models")
def site_wide_models():
    """Shown on every page (settings, topics): a change purges the site."""
    return [SiteSettings, Topic]


@hooks.register("register_editorial_permissions")
def topic_and_settings_permissions():
    """Editors keep the shared topics; Moderators also remove them and change site settings."""
    return {
        EDITORS: ["portal.add_topic", "portal.change_topic"],
        MODERATORS: ["portal.delete_topic", "portal.change_sitesettings"],
    }
