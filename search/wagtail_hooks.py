from wagtail import hooks
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.groups import EDITORS, MODERATORS
from portal.query import PortalPageQuerySet

from .models import Synonym
from .vocabulary import VOCABULARY_HOOK


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "Search synonyms"
    list_display = ["term", "alternatives"]
    search_fields = ["term", "alternatives"]
    # The admin addresses synonyms had before search was an app of its own, so links and
    # bookmarks to them keep working.
    url_prefix = "snippets/portal/synonym"
    url_namespace = "wagtailsnippets_portal_synonym"


register_snippet(SynonymViewSet)


@hooks.register(VOCABULARY_HOOK)
def page_titles():
    """The titles of live pages anyone may see (never those of restricted pages)."""
    return PortalPageQuerySet(Page).published().filter(depth__gt=1).values_list("title", flat=True)


@hooks.register(VOCABULARY_HOOK)
def synonym_forms():
    """Jargon and what it stands for, as editors keep them under Search synonyms."""
    return [form for synonym in Synonym.objects.all() for form in synonym.forms]


@hooks.register("register_editorial_permissions")
def search_permissions():
    """Editors keep the synonyms. Promoted results go to the top of the results at once, with
    no approval step, so only Moderators add or change them."""
    return {
        EDITORS: ["search.add_synonym", "search.change_synonym"],
        MODERATORS: [
            "search.delete_synonym",
            "wagtailsearchpromotions.add_searchpromotion",
            "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion",
        ],
    }


@hooks.register("register_site_wide_models")
def site_wide_models():
    """Used by every search: a change purges the site."""
    return [Synonym, SearchPromotion]
