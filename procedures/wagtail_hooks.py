from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Amendment


class AmendmentViewSet(SnippetViewSet):
    """The amendments log in the admin, to read and correct notes (rows come from publishing)."""

    model = Amendment
    icon = "history"
    menu_label = "Amendments log"
    list_display = ["page", "level", "note", "published_at"]
    list_filter = ["level"]
    form_fields = ["page", "level", "note", "published_at"]
    add_to_admin_menu = False
    ordering = ["-published_at"]

    def get_queryset(self, request):
        return Amendment.objects.select_related("page")


register_snippet(AmendmentViewSet)
