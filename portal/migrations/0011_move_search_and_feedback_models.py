"""Synonym, SearchTerm and PageFeedback now belong to the search and feedback apps.

Only Django's record changes: the tables keep their names and rows (the new apps' models
name them with ``db_table``).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0010_site_settings_phone_lines_contact_footer_pages"),
        ("search", "0001_initial"),
        ("feedback", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Synonym"),
                migrations.DeleteModel(name="SearchTerm"),
                migrations.DeleteModel(name="PageFeedback"),
            ],
            database_operations=[],
        )
    ]
