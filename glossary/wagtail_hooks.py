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


@hooks.register("register_search_vocabulary")
def glossary_vocabulary() -> list[str]:
    """Glossary terms and abbreviations, for the search's "did you mean" suggestions."""
    return [form for entry in glossary_entries().entries for form in entry.forms]
