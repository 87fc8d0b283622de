"""Site search: pages, documents and what apps add, with synonyms and editors' promoted results.

Each source is searched once (no per-result queries) and the hits are merged by score, so
the search page costs the same few queries whatever it finds. Apps add sources of their own
(single Q&A answers, say) with Wagtail's hook registry::

    @hooks.register(SEARCH_SOURCE_HOOK)
    def answers(*, search_query, request):
        ...
        return results, covered_page_ids

A source takes the parsed query and the request and returns its ``SearchResult``s with the
ids of the pages they stand in for (those pages are left out of the page results).
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import DateField, Exists, F, OuterRef, Q, TextField, Value
from django.db.models.functions import Coalesce, Length, Substr, TruncDate
from django.utils import timezone
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, Site
from wagtail.search.query import MATCH_NONE, Or
from wagtail.search.utils import normalise_query_string, parse_query_string

from portal.query import PortalPageQuerySet

from .models import Synonym
from .pages import rank_pages
from .promotions import is_secure_outside_url
from .vocabulary import suggest

SEARCH_SOURCE_HOOK = "register_site_search_source"

MAX_QUERY_LENGTH = 200  # longer queries are cut; nobody types more, and it bounds the work
MAX_HITS_PER_SOURCE = 100  # results past these are not worth paging through
SUMMARY_WORDS = 40
MAX_VARIANTS = 10  # forms of one query searched at once (jargon, spellings)


@dataclass
class SearchResult:
    title: str
    url: str
    type_label: str
    summary: str = ""
    date: datetime.date | None = None
    score: float = 0.0
    external: bool = False  # leaves the site: said so beside the link
    # A page found by the search, and its type: address, summary and date are read once shown.
    page_id: int | None = None
    page_type_id: int | None = None


@dataclass
class SearchOutcome:
    query: str
    promoted: list[SearchResult] = field(default_factory=list)
    results: list[SearchResult] = field(default_factory=list)
    expansions: list[str] = field(default_factory=list)  # other forms of jargon searched too
    suggestion: str = ""  # the site's own spelling of a word it does not use, searched too


def clean_query(raw: str | None) -> str:
    """A query safe for every database: no NUL or control characters, no lone surrogates,
    single spaces, at most MAX_QUERY_LENGTH characters."""
    text = (raw or "").encode("utf-8", "ignore").decode("utf-8")
    text = "".join(" " if unicodedata.category(ch) in {"Cc", "Cs", "Co"} else ch for ch in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_variants(*, query: str, synonyms) -> tuple[list[str], list[str]]:
    """The query, plus a copy with each piece of jargon swapped for each of its other forms.

    Returns (variants, expansions): "LADO advice" with the synonym LADO = Local Authority
    Designated Officer gives ["LADO advice", "Local Authority Designated Officer advice"].
    """
    variants = [query]
    expansions: list[str] = []
    for synonym in synonyms:
        forms = synonym.forms
        for form in forms:
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
            if not pattern.search(query):
                continue
            for other in forms:
                if other.lower() == form.lower():
                    continue
                variant = pattern.sub(lambda _match, other=other: other, query)
                if variant not in variants:
                    variants.append(variant)
                    expansions.append(other)
            break
    return variants[:MAX_VARIANTS], expansions


def build_search_query(variants: list[str]):
    """Any of the variants, each parsed like Wagtail parses a search box (quotes = phrases).

    Filter syntax (`word:value`) is ignored; a query with no words matches nothing.
    """
    parsed = []
    for variant in variants:
        _filters, parsed_query = parse_query_string(variant, operator="and")
        if parsed_query is not MATCH_NONE:
            parsed.append(parsed_query)
    if not parsed:
        return None
    return parsed[0] if len(parsed) == 1 else Or(parsed)


def _summary_and_date_annotations(models) -> dict:
    """The summary and the date to show, read through the tables of the page types `models`.

    Page types with a `summary` field give it; `search_date_field` on a page type names the
    date readers care about (an article's date, an event's start), else the last publication.
    """
    summaries = []
    dates = []
    for model in models:
        if model is Page or model._meta.abstract:
            continue
        link = model._meta.model_name
        names = {f.name for f in model._meta.get_fields()}
        if "summary" in names and model._meta.get_field("summary").model is model:
            summaries.append(F(f"{link}__summary"))
        date_field = getattr(model, "search_date_field", None)
        if date_field:
            if model._meta.get_field(date_field).get_internal_type() == "DateTimeField":
                dates.append(
                    TruncDate(f"{link}__{date_field}", tzinfo=timezone.get_current_timezone())
                )
            else:
                dates.append(F(f"{link}__{date_field}"))
    dates.append(TruncDate("last_published_at", tzinfo=timezone.get_current_timezone()))
    return {
        "result_summary": Coalesce(
            *summaries, F("search_description"), Value(""), output_field=TextField()
        ),
        "result_date": Coalesce(*dates, Value(None), output_field=DateField()),
    }


def _type_label(content_type_id: int) -> str:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return "Page"
    label = str(model._meta.verbose_name)
    return label[:1].upper() + label[1:]


def as_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def published_page_ids():
    """A subquery of the live, unrestricted pages (the root excluded), for search filters."""
    return PortalPageQuerySet(Page).published().filter(depth__gt=1).values("pk")


def routable(pages):
    """The pages that have an address: those under a site's root page (as `Page.get_url`)."""
    under_a_root = Q()
    for root in {site_root.root_path for site_root in Site.get_site_root_paths()}:
        under_a_root |= Q(url_path__startswith=root)
    return pages.filter(under_a_root) if under_a_root else pages.none()


def search_pages(*, search_query, exclude_ids=()) -> list[SearchResult]:
    """The best page matches, in one query whatever the site's size (search.pages), or
    Wagtail's search on databases other than PostgreSQL. Addresses, summaries and dates are
    read later, for the results shown (`add_page_details`)."""
    exclude_ids = list(exclude_ids)
    shown = PortalPageQuerySet(Page).published().filter(depth__gt=1).exclude(pk__in=exclude_ids)
    shown = routable(shown)
    hits = rank_pages(search_query=search_query, pages=shown, limit=MAX_HITS_PER_SOURCE)
    if hits is None:  # Wagtail's search filters on a list of page ids, not on conditions
        pages = Page.objects.filter(pk__in=published_page_ids()).exclude(pk__in=exclude_ids)
        found = routable(pages).search(search_query).annotate_score("_score")
        hits = [
            (page.pk, page.title, page.content_type_id, page._score)
            for page in found[:MAX_HITS_PER_SOURCE]
        ]
    return [
        SearchResult(
            title=title,
            url="",
            type_label=_type_label(content_type_id),
            score=score or 0.0,
            page_id=pk,
            page_type_id=content_type_id,
        )
        for pk, title, content_type_id, score in hits
    ]


def add_page_details(results: list[SearchResult], request) -> None:
    """Fill in the address, summary and date of the page results among `results`, in one query.

    Read through the tables of their page types, for the results on show only: joining every
    page type's table for every match, before the ranking cut, made a search take most of a
    second at 20,000 pages, and even for 100 hits it cost more than the search itself.
    """
    wanted = {result.page_id: result for result in results if result.page_id is not None}
    if not wanted:
        return
    models = {
        ContentType.objects.get_for_id(result.page_type_id).model_class()
        for result in wanted.values()
    }
    pages = (
        Page.objects.filter(pk__in=list(wanted))
        .order_by()
        .only("url_path")
        .annotate(**_summary_and_date_annotations(models))
    )
    for page in pages:
        result = wanted[page.pk]
        result.url = page.get_url(request) or ""
        result.summary = Truncator(page.result_summary or "").words(SUMMARY_WORDS)
        result.date = as_date(page.result_date)


def public_collection_ids():
    """A subquery of the collections with no view restriction on them or above them."""
    restricted = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("path"), 1, Length("collection__path"))
    )
    return Collection.objects.exclude(Exists(restricted)).values("pk")


def search_documents(*, search_query) -> list[SearchResult]:
    documents = get_document_model().objects.filter(collection__in=public_collection_ids())
    hits = documents.search(search_query).annotate_score("_score")[:MAX_HITS_PER_SOURCE]
    return [
        SearchResult(
            title=document.title,
            url=document.url,
            type_label=f"Document ({document.file_extension.upper()})"
            if document.file_extension
            else "Document",
            date=as_date(document.created_at),
            score=document._score or 0.0,
        )
        for document in hits
    ]


def search_sources(*, search_query, request) -> tuple[list[SearchResult], set[int]]:
    """The results of every source apps add, and the ids of the pages those results cover."""
    results: list[SearchResult] = []
    page_ids: set[int] = set()
    for source in hooks.get_hooks(SEARCH_SOURCE_HOOK):
        found, covered = source(search_query=search_query, request=request)
        results.extend(found)
        page_ids.update(covered)
    return results, page_ids


def promoted_results(*, query: str, request) -> tuple[list[SearchResult], set[int]]:
    """Editors' picks for this exact query (Wagtail search promotions), in their order."""
    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query)
    ).select_related("page")
    results = []
    page_ids: set[int] = set()
    for pick in picks.order_by("sort_order"):
        if pick.page_id:
            if not pick.page.live:
                continue
            url = pick.page.get_url(request)
            page_ids.add(pick.page_id)
        else:
            url = pick.external_link_url
            if not is_secure_outside_url(url):
                continue  # saved before the https rule, or by other means
        if url:
            results.append(
                SearchResult(
                    title=pick.title or url,
                    url=url,
                    type_label="Recommended: another website"
                    if not pick.page_id
                    else "Recommended",
                    summary=pick.description,
                    external=not pick.page_id,
                )
            )
    return results, page_ids


def search_site(*, query: str, request) -> SearchOutcome:
    """Everything that matches `query` (already cleaned), best first.

    A word the site does not use, close to one it does ("safegaurding"), is searched in
    both spellings at once, and the page asks "Did you mean safeguarding?". The page's
    queries stay the same in number whatever is typed.
    """
    outcome = SearchOutcome(query=query)
    if not query:
        return outcome
    synonyms = list(Synonym.objects.all())
    variants, outcome.expansions = query_variants(query=query, synonyms=synonyms)
    outcome.suggestion = suggest(query) or ""
    if outcome.suggestion:
        corrected, _expansions = query_variants(query=outcome.suggestion, synonyms=synonyms)
        variants = list(dict.fromkeys(variants + corrected))[:MAX_VARIANTS]
    search_query = build_search_query(variants)
    outcome.promoted, promoted_ids = promoted_results(query=query, request=request)
    if search_query is None:
        return outcome
    # What a source finds stands in for the pages it is on (answers for their Q&A page).
    added, covered_ids = search_sources(search_query=search_query, request=request)
    pages = search_pages(search_query=search_query, exclude_ids=promoted_ids | covered_ids)
    documents = search_documents(search_query=search_query)
    outcome.results = sorted(pages + added + documents, key=lambda r: -r.score)
    if not outcome.results:
        outcome.suggestion = ""  # a spelling that finds nothing either is no help
    return outcome
