"""An index on the tree's (depth, path) for a page's children.

Every page fetches the home page's children for the menu (`depth = n AND path LIKE 'p%'`);
the only index on paths matches every page below the home page, so without this one
PostgreSQL read the whole page table, 20,000 rows at 10,000 articles and events. The path
column uses the "C" collation, so a plain btree serves the LIKE prefix.
"""

from django.db import migrations

INDEX = "portal_page_depth_path"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0011_move_search_and_feedback_models"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
