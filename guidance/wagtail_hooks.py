from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Resource


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full-inverse"
    menu_label = "Resources library"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["title", "topic", "resource_type", "updated_at"]
    list_filter = ["resource_type", "topic"]
    search_fields = ["title", "description"]


register_snippet(ResourceViewSet)
