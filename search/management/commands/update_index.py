"""Wagtail's `update_index`, then the search index table tidied on PostgreSQL.

A full reindex writes every index entry again, and rewrites them once more to refresh the
title lengths, which leaves two or three dead versions of each row and the planner's figures
from before. A broad search reads every dead version until autovacuum runs (never, where it
is off): at 20,000 pages that doubled its time. VACUUM ANALYZE straight away takes a second.
"""

from django.db import connection
from wagtail.search.management.commands.update_index import Command as UpdateIndexCommand

INDEX_TABLE = "wagtailsearch_indexentry"


class Command(UpdateIndexCommand):
    def handle(self, **options):
        super().handle(**options)
        if connection.vendor != "postgresql":
            return
        with connection.cursor() as cursor:
            # VACUUM cannot run inside a transaction (a test's, say): ANALYZE can.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            cursor.execute(f"{command} {INDEX_TABLE}")
