"""Every glossary term, read in one query and kept in the cache until a term changes."""

from dataclasses import dataclass

from django.apps import apps
from django.core.cache import cache

from caching.fragments import new_generation

CACHE_KEY = "glossary:entries:v1"
# A safety net only: saving a term or the glossary page clears the cache at once.
CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    abbreviation: str
    definition: str
    slug: str
    case_sensitive: bool
    related_url: str
    related_title: str

    @property
    def name(self) -> str:
        return self.abbreviation or self.term

    @property
    def sort_key(self) -> str:
        return self.name.upper()

    @property
    def forms(self) -> list[str]:
        """The short and the long form, as the search's synonyms give them."""
        return [form for form in (self.abbreviation, self.term) if form]


@dataclass(frozen=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...]
    page_url: str  # the A to Z page, or "" when there is none yet


def load_glossary() -> Glossary:
    term_model = apps.get_model("glossary", "GlossaryTerm")
    page_model = apps.get_model("glossary", "GlossaryPage")
    entries = []
    for term in term_model.objects.select_related("related_page"):
        related = term.related_page
        related_url = (related.url or "") if related and related.live else ""
        entries.append(
            GlossaryEntry(
                term=term.term,
                abbreviation=term.abbreviation,
                definition=term.definition,
                slug=term.slug,
                case_sensitive=term.case_sensitive,
                related_url=related_url,
                related_title=related.title if related_url else "",
            )
        )
    page = page_model.objects.live().first()
    return Glossary(entries=tuple(entries), page_url=(page.url or "") if page else "")


def glossary_entries() -> Glossary:
    """The whole glossary: one query the first time, none after until something changes."""
    return cache.get_or_set(CACHE_KEY, load_glossary, CACHE_SECONDS)


def forget_glossary(**_kwargs) -> None:
    """Drop the cached glossary, and the page text marked with it (caching.fragments)."""
    cache.delete(CACHE_KEY)
    new_generation()
