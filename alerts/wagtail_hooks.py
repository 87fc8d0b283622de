from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
