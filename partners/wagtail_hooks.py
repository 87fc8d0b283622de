from wagtail import hooks
from wagtail.admin.ui.tables import Column, StatusFlagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.groups import MODERATORS

from .models import Partner


class LogoColumn(Column):
    """The logo as a small thumbnail: the rendition the site's logo strip already uses."""

    cell_template_name = "partners/admin/logo_cell.html"


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = "Partners"
    menu_order = 300
    add_to_admin_menu = True
    list_display = [
        "name",
        LogoColumn("logo_url", label="Logo"),
        StatusFlagColumn(
            "active", label="On the site", true_label="Shown on the site", false_label="Hidden"
        ),
        "sort_order",
        "website",
    ]
    list_filter = ["active"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(PartnerViewSet)


@hooks.register("register_site_wide_models")
def site_wide_models():
    """The partner strip is on every page: a change to a partner purges the whole site."""
    return [Partner]


@hooks.register("register_editorial_permissions")
def partner_permissions():
    """Moderators look after the partners shown in the logo strip."""
    return {MODERATORS: [f"partners.{action}_partner" for action in ("add", "change", "delete")]}
