"""Which pages anyone may see, without a query per listing; index probes for listing facets.

Wagtail's ``.public()`` reads every view restriction each time it is called, so a page
with three listings reads them three times. The restricted sections change rarely, so
their paths are kept in the shared cache (Redis in production) and forgotten whenever a
restriction is saved or deleted or a page moves. The filter is then Wagtail's own: leave
out every page whose path starts with a restricted page's path.
"""

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F, Q
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

RESTRICTED_PATHS_KEY = "portal:restricted-section-paths"
# A safety net only: every change that matters forgets the entry at once.
RESTRICTED_PATHS_SECONDS = 24 * 60 * 60


def restricted_paths() -> list[str]:
    """The tree paths of the pages that carry a view restriction."""

    def load() -> list[str]:
        return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))

    return cache.get_or_set(RESTRICTED_PATHS_KEY, load, RESTRICTED_PATHS_SECONDS)


def forget_restricted_paths(**_signal) -> None:
    """Call when a restriction or the tree changes: now, and again once committed, so a
    request that read the old rows in between does not keep them."""
    cache.delete(RESTRICTED_PATHS_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTED_PATHS_KEY))


def restricted_q() -> Q:
    """Pages in a restricted section (the restricted page and everything below it)."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q


class PortalPageQuerySet(PageQuerySet):
    def published(self):
        """Live pages that anyone may see: ``.live().public()`` without its query."""
        live = self.live()
        q = restricted_q()
        return live.exclude(q) if q else live


# In the SQL below, OFFSET 0 keeps PostgreSQL from turning each EXISTS into a join over every
# row (a hash or a merge of the whole listing): as it is, each is one probe of an index.


def years_in_use_sql(queryset, field: str) -> tuple[str, tuple]:
    """PostgreSQL: SQL and parameters for the years of the date `field` among `queryset`'s
    rows, one a row as `year`.

    With an index on `field`, it probes the index once a year from the oldest row's to the
    newest's, where a DISTINCT over the years reads every row.
    """
    sql, params = queryset.order_by().values(listed=F(field)).query.sql_with_params()
    end = f"(SELECT d.listed FROM ({sql}) d ORDER BY d.listed {{}} LIMIT 1)"  # noqa: S608
    years = (
        f"SELECT year FROM generate_series(EXTRACT(YEAR FROM {end.format('ASC')})::int, "  # noqa: S608
        f"EXTRACT(YEAR FROM {end.format('DESC')})::int) AS year WHERE EXISTS (SELECT 1 FROM "
        f"({sql}) d WHERE d.listed >= make_date(year, 1, 1) "
        f"AND d.listed < make_date(year + 1, 1, 1) OFFSET 0)"
    )
    return years, params * 3


def related_in_use_sql(queryset, field: str, columns: list[str]) -> tuple[str, tuple]:
    """PostgreSQL: SQL and parameters for `columns` of the objects that the many-to-many
    `field` links at least one of `queryset`'s rows to (the topics in use, say).

    One probe of the link table's index per object, where a join reads every row.
    """
    link = queryset.model._meta.get_field(field)
    related = link.related_model._meta
    sql, params = queryset.order_by().values(listed=F("pk")).query.sql_with_params()
    selected = ", ".join(f"r.{quote(related.get_field(name).column)}" for name in columns)
    found = (
        f"SELECT {selected} FROM {quote(related.db_table)} r WHERE EXISTS (SELECT 1 FROM "  # noqa: S608
        f"{quote(link.m2m_db_table())} m INNER JOIN ({sql}) d "
        f"ON d.listed = m.{quote(link.m2m_column_name())} "
        f"WHERE m.{quote(link.m2m_reverse_name())} = r.{quote(related.pk.column)} OFFSET 0)"
    )
    return found, params


def quote(name: str) -> str:
    return connection.ops.quote_name(name)
