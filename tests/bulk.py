"""Many live pages in a few queries, for tests that measure how the site copes with volume.

Wagtail's add_child() costs a dozen queries and more a page (the tree, the page, the search
and reference indexes), a revision and its publishing as many again. Here the tree rows go in
with one bulk_create and each page type's own rows with one executemany, as `demo.bulk` does
for `load_demo_content --scale`.
"""

from collections.abc import Sequence
from typing import TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from caching import fragments
from portal import listings

P = TypeVar("P", bound=Page)


def add_live_children(parent: Page, pages: Sequence[P], *, index: bool = True) -> list[P]:
    """Save the unsaved `pages` (all of one type) as live children of `parent`, after any
    children it has, and return them saved.

    They are what add_child() and publishing would have made, revisions apart: placed in the
    tree (path, depth, URL path, the parent's count of children), live and published now,
    their parental relations (topics, recommendations) saved, and, with `index`, in the
    search index. What a page save forgets is forgotten (shared page parts, listing counts).
    Left out: the reference index, which only the admin reads.
    """
    if not pages:
        return []
    model = type(pages[0])
    assert all(type(page) is model for page in pages), "one page type at a time"
    fresh_parent = Page.objects.get(pk=parent.pk)
    slugs = [page.slug for page in pages]
    taken = set(fresh_parent.get_children().filter(slug__in=slugs).values_list("slug", flat=True))
    assert len(set(slugs)) == len(slugs) and not taken, f"slugs already in use: {taken}"

    last = fresh_parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(fresh_parent.path, fresh_parent.depth + 1, step)
        page.depth = fresh_parent.depth + 1
        page.numchild = 0
        page.url_path = f"{fresh_parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.content_type = content_type
        page.locale_id = fresh_parent.locale_id
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = now

    _insert_rows(model, pages)
    Page.objects.filter(pk=fresh_parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild = fresh_parent.numchild + len(pages)
    for page in pages:
        for relation in get_all_child_relations(page):
            getattr(page, relation.get_accessor_name()).commit()
        for field in get_all_child_m2m_relations(page):
            getattr(page, field.name).commit()
    if index:
        saved = list(model.objects.filter(pk__in=[page.pk for page in pages]))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, saved)
    fragments.new_generation()
    listings.next_generation()
    return list(pages)


def _insert_rows(model, pages: Sequence[Page]) -> None:
    """The wagtailcore_page rows with bulk_create, then those of each table below it."""
    rows = Page.objects.bulk_create(
        Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
        for page in pages
    )
    tables = [m for m in reversed(model._meta.get_parent_list()) if m is not Page] + [model]
    for page, row in zip(pages, rows, strict=True):
        for table in [Page, *tables]:
            setattr(page, table._meta.pk.attname, row.pk)
        page._state.adding, page._state.db = False, row._state.db
    with connection.cursor() as cursor:
        for table in tables:
            fields = table._meta.local_concrete_fields
            sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608 - model names
                connection.ops.quote_name(table._meta.db_table),
                ", ".join(connection.ops.quote_name(f.column) for f in fields),
                ", ".join(["%s"] * len(fields)),
            )
            cursor.executemany(
                sql,
                [
                    [f.get_db_prep_save(f.pre_save(page, True), connection) for f in fields]
                    for page in pages
                ],
            )
