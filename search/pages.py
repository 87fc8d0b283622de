"""Page hits for site search on PostgreSQL, ranked in the search index and then checked.

Wagtail's database backend joins the page table to the index entries and only then ranks:
at 20,000 pages PostgreSQL read and hashed the whole page table twice (once for the join,
once for the list of public pages) for every search, and a broad word ("training" is in
10,000 titles) was joined and ranked 10,000 times. Here the index entries are ranked alone,
with Wagtail's own parsed query and score, and only the best `CANDIDATES` are looked up by
primary key and checked for being pages anyone may see. One query, whatever the volume.

Other databases (SQLite in development) keep Wagtail's search as it is: `rank_pages` gives
None and the caller falls back.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import connection
from django.db.models import F, IntegerField
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import get_descendants_content_types_pks

# The best-ranked index entries that are checked. Drafts and pages in private sections are
# indexed too (for the admin); the margin over the hits wanted keeps them from crowding out
# public pages, and it bounds the lookups whatever the number of matches.
CANDIDATES = 400
PAGE_FIELDS = ("id", "title", "content_type_id")


def postgres_backend():
    """Wagtail's PostgreSQL search backend when it is the one in use, else None."""
    # Imported here: search.search (which uses this module) is imported while models load.
    from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

    backend = get_search_backend()
    if connection.vendor == "postgresql" and isinstance(backend, PostgresSearchBackend):
        return backend
    return None


def ranked_entries(backend, search_query, model=Page):
    """Index entries of `model` (and its subclasses) that match, best first, as `page_id` and
    `score`: Wagtail's match, `(title || body) @@ query`, which the GIN index of migration
    0003 serves, and Wagtail's score, title rank (scaled by title length) plus body rank.

    Equal scores go in the order the entries were first indexed (Wagtail puts the newest page
    first): PostgreSQL reads matches in about that order, so keeping the best few hundred of
    10,000 equally scored entries costs a comparison each, not a reshuffle of the kept ones.
    """
    from wagtail.search.models import IndexEntry

    compiler = backend.query_compiler_class(model.objects.none(), search_query)
    config = compiler.get_config(backend)
    score = compiler.build_tsrank(F("title"), search_query, config=config) * F(
        "title_norm"
    ) + compiler.build_tsrank(F("body"), search_query, config=config)
    text = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
    return (
        IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(model))
        .annotate(text=text)
        .filter(text=compiler.build_tsquery(search_query, config=config))
        .annotate(page_id=Cast("object_id", IntegerField()), score=score, entry_id=F("pk"))
        .order_by("-score", "entry_id")
        .values("page_id", "score", "entry_id")
    )


def rank_pages(*, search_query, pages, limit: int) -> list[tuple] | None:
    """The pages of `pages` (a queryset of those that may be shown) that match, best first,
    at most `limit`, as (id, title, content_type_id, score); None when the search backend is
    not Wagtail's PostgreSQL one."""
    backend = postgres_backend()
    if backend is None:
        return None
    hits_sql, hits_params = ranked_entries(backend, search_query)[
        :CANDIDATES
    ].query.sql_with_params()
    # No ordering: a subquery with ORDER BY is not merged into the join, and would be read
    # (every public page, each checked for a restriction) before it.
    pages_sql, pages_params = pages.order_by().values(*PAGE_FIELDS).query.sql_with_params()
    sql = (
        f"SELECT page.*, hit.score FROM ({pages_sql}) page"  # noqa: S608 - SQL from the ORM
        f" JOIN ({hits_sql}) hit ON hit.page_id = page.id"
        " ORDER BY hit.score DESC, hit.entry_id LIMIT %s"
    )
    params = (*pages_params, *hits_params, limit)
    with connection.cursor() as cursor:
        if without_sequential_scans():
            cursor.execute(f"SET LOCAL enable_seqscan = off; {sql}", params)
            cursor.nextset()
        else:
            cursor.execute(sql, params)
        return cursor.fetchall()


def without_sequential_scans() -> bool:
    """Whether the search query can rule out reading the whole index table, for itself only.

    A broad word is in half the entries, and PostgreSQL's estimates then favour reading the
    whole table and testing `title || body` on every row: at 20,000 pages ten times slower
    than the GIN index, as its costing takes joining two tsvectors to be cheap. `SET LOCAL`
    sent with the query lasts as long as the query's own implicit transaction; inside a
    transaction it would outlive the query, and with server-side binding (or psycopg 2) one
    execute cannot carry two statements and return the second's rows, so then the choice is
    left to PostgreSQL.
    """
    from django.db.backends.postgresql.psycopg_any import is_psycopg3

    options = connection.settings_dict.get("OPTIONS") or {}
    return is_psycopg3 and not connection.in_atomic_block and not options.get("server_side_binding")
