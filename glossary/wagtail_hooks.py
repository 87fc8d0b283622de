from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm
from .terms import glossary_entries


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossary"
    list_display = ["abbreviation", "term", "related_page"]
    search_fields = ["term", "abbreviation", "definition"]
    ordering = ["term"]


register_snippet(GlossaryTermViewSet)


@hooks.register("register_search_synonyms")
def glossary_search_synonyms():
    """Glossary terms with an abbreviation work as search synonyms (LADO finds the long form)."""
    return [entry for entry in glossary_entries().entries if entry.abbreviation]
