"""Index entries go straight into the search's GIN index, not into a pending list first.

By default a GIN index keeps new entries in an unsorted "pending list" until VACUUM (or
autovacuum) merges it, and every search reads that whole list. After `update_index` at
20,000 pages the list held 400 pages of entries and made each search several times slower
until the next vacuum. Without it, writes to the index cost a little more and searches cost
the same whenever they run. Other databases have no such index: nothing to do.
"""

from django.db import migrations

INDEX = "search_indexentry_text_gin"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER INDEX IF EXISTS {INDEX} SET (fastupdate = off)")
        # Merge what is already pending (no-op on a new database).
        schema_editor.execute(
            f"SELECT gin_clean_pending_list(to_regclass('{INDEX}')) WHERE to_regclass('{INDEX}')"
            " IS NOT NULL"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER INDEX IF EXISTS {INDEX} RESET (fastupdate)")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_index_entry_text_gin")]

    operations = [migrations.RunPython(forwards, backwards)]
