"""A GIN index on the text Wagtail's PostgreSQL search matches (`title || body`).

Wagtail's database backend filters index entries with `(title || body) @@ query`; without an
index on that expression PostgreSQL checks every entry's text, which at 20,000 pages took
about half of a search's time. Other databases keep their own full-text tables: nothing to do.
"""

from django.db import migrations

INDEX = "search_indexentry_text_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry"
            " USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_content_types_from_portal"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
