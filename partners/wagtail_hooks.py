from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = "Partners"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "sort_order", "active", "website"]
    list_filter = ["active"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(PartnerViewSet)


@hooks.register("register_site_wide_models")
def site_wide_models():
    """The partner strip is on every page: a change to a partner purges the whole site."""
    return [Partner]
