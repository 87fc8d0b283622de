"""Query helpers that keep public pages to a fixed, small number of SQL queries."""

from django.db import connection
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet


def restricted_ancestor_exists() -> Exists:
    """True for a page when it, or any page above it, has a view restriction.

    Wagtail's own `.public()` runs a query to list restricted pages first; this is the same
    test done inside the listing's own query.
    """
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def alias_ancestor_exists() -> Exists:
    """True for a page when it, or any page above it, is an alias of another page."""
    return Exists(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length("path")), alias_of__isnull=False
        )
    )


class PortalPageQuerySet(PageQuerySet):
    def published(self):
        """Live pages that anyone may see."""
        return self.live().exclude(restricted_ancestor_exists())


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
