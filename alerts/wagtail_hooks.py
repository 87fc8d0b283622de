from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.groups import MODERATORS

from .models import AlertBanner


class AlertBannerViewSet(SnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = "Alert banners"
    menu_order = 330
    add_to_admin_menu = True
    list_display = ["message", "level", "starts_at", "ends_at"]
    list_filter = ["level"]
    search_fields = ["message"]


register_snippet(AlertBannerViewSet)


@hooks.register("register_editorial_permissions")
def alert_banner_permissions():
    """Moderators put up and take down alert banners."""
    return {MODERATORS: [f"alerts.{action}_alertbanner" for action in ("add", "change", "delete")]}
