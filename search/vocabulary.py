"""The site's own words, and "Did you mean ...?" for searches that find nothing.

Any app adds the phrases readers might search for (its titles, jargon, glossary terms) with
Wagtail's hook registry; search/wagtail_hooks.py adds page titles and search synonyms::

    @hooks.register(VOCABULARY_HOOK)
    def glossary_terms():
        return GlossaryTerm.objects.values_list("term", flat=True)

and, when those phrases change, calls `rebuild_soon()` (from a signal, say). The words are kept
in one table (`SearchTerm`), rebuilt by a task after the change commits, and compared with the
reader's words by trigram similarity (PostgreSQL's pg_trgm, created by a migration), in one
query. Other databases get no suggestions.
"""

import re
from collections import Counter
from collections.abc import Iterable

from django.contrib.postgres.lookups import TrigramSimilar
from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Greatest
from django.db.models.signals import post_delete, post_save
from django_tasks import task
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from .models import SearchTerm, Synonym

VOCABULARY_HOOK = "register_search_vocabulary"
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_WORD_LENGTH = 3  # shorter words are left alone: too many near neighbours
MAX_TERM_LENGTH = 100
MAX_WORDS_CHECKED = 8  # bounds the work of one search, whatever is typed
MAX_CANDIDATES = 200
MIN_SIMILARITY = 0.3  # pg_trgm's own default threshold for its % operator


def words_in(text: str) -> list[str]:
    """The words of `text` worth keeping: letters (and inner apostrophes), lower case."""
    return [
        word
        for word in (match.group(0).lower() for match in WORD.finditer(text or ""))
        if MIN_WORD_LENGTH <= len(word) <= MAX_TERM_LENGTH
    ]


def collect_vocabulary() -> Counter:
    """Every word the registered hooks give, with how often it appears."""
    counts: Counter = Counter()
    for source in hooks.get_hooks(VOCABULARY_HOOK):
        phrases: Iterable[str] = source()
        for phrase in phrases:
            counts.update(words_in(phrase))
    return counts


@transaction.atomic
def rebuild_vocabulary() -> int:
    """Bring the SearchTerm table in line with the hooks' words; the number of changes."""
    wanted = collect_vocabulary()
    current = dict(SearchTerm.objects.values_list("term", "weight"))
    removed = [term for term in current if term not in wanted]
    added = [SearchTerm(term=term, weight=n) for term, n in wanted.items() if term not in current]
    changed = [
        SearchTerm(term=term, weight=n)
        for term, n in wanted.items()
        if term in current and current[term] != n
    ]
    if removed:
        SearchTerm.objects.filter(term__in=removed).delete()
    SearchTerm.objects.bulk_create(added, batch_size=500, ignore_conflicts=True)
    for term in changed:
        SearchTerm.objects.filter(term=term.term).update(weight=term.weight)
    return len(removed) + len(added) + len(changed)


@task()
def rebuild_vocabulary_task() -> int:
    return rebuild_vocabulary()


def rebuild_soon(*_args, **_kwargs) -> None:
    """Queue a rebuild for when the current transaction commits (usable as a signal receiver)."""
    transaction.on_commit(rebuild_vocabulary_task.enqueue, robust=True)


def rebuild_after_migrate(**_kwargs) -> None:
    """After `migrate`: a new install, or an upgrade, starts with the words it already has."""
    rebuild_vocabulary()


def _page_deleted(sender, instance, **_kwargs) -> None:
    if isinstance(instance, Page):
        rebuild_soon()


def connect_signals() -> None:
    """Rebuild after what the built-in sources read changes: pages, their privacy, synonyms."""
    page_published.connect(rebuild_soon, dispatch_uid="search.vocabulary.published")
    page_unpublished.connect(rebuild_soon, dispatch_uid="search.vocabulary.unpublished")
    post_delete.connect(_page_deleted, dispatch_uid="search.vocabulary.page_deleted")
    for model in (Synonym, PageViewRestriction):
        name = model._meta.label_lower
        post_save.connect(rebuild_soon, sender=model, dispatch_uid=f"vocabulary.saved.{name}")
        post_delete.connect(rebuild_soon, sender=model, dispatch_uid=f"vocabulary.gone.{name}")


def suggest(query: str) -> str | None:
    """The query with misspelt words replaced by the nearest words of the site, or None.

    One query on PostgreSQL; None elsewhere, or when every word is known or has no neighbour.
    """
    if connection.vendor != "postgresql":
        return None
    words = list(dict.fromkeys(words_in(query)))[:MAX_WORDS_CHECKED]
    if not words:
        return None
    similarity = {f"s{i}": TrigramSimilarity("term", Value(word)) for i, word in enumerate(words)}
    near = Q()
    for word in words:
        near |= Q(TrigramSimilar(F("term"), Value(word)))
    best_first = (
        Greatest(*similarity.values()) if len(words) > 1 else next(iter(similarity.values()))
    )
    rows = (
        SearchTerm.objects.filter(near)
        .annotate(**similarity, best=best_first)
        .order_by("-best", "-weight", "term")
        .values_list("term", "weight", *similarity)[:MAX_CANDIDATES]
    )
    rows = list(rows)
    known = {row[0] for row in rows}
    replacements: dict[str, str] = {}
    for index, word in enumerate(words):
        if word in known:
            continue
        scored = [(row[2 + index], row[1], row[0]) for row in rows]
        scored = [item for item in scored if item[0] >= MIN_SIMILARITY]
        if scored:
            replacements[word] = max(scored, key=lambda item: (item[0], item[1]))[2]
    if not replacements:
        return None

    def replace(match: re.Match) -> str:
        original = match.group(0)
        better = replacements.get(original.lower())
        if better is None:
            return original
        return better.capitalize() if original[:1].isupper() else better

    return WORD.sub(replace, query)
