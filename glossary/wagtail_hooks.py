from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossary"
    list_display = ["abbreviation", "term", "related_page"]
    search_fields = ["term", "abbreviation", "definition"]
    ordering = ["term"]


register_snippet(GlossaryTermViewSet)
