"""Synonyms and the search vocabulary, moved from the portal app.

The tables stay where they are (``portal_synonym``, ``portal_searchterm``, with the trigram
index made by portal's migration 0005): only Django's record of which app owns the models
changes, so nothing is copied or lost.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [("portal", "0010_site_settings_phone_lines_contact_footer_pages")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Synonym",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "term",
                            models.CharField(
                                help_text="For example: LADO", max_length=100, unique=True
                            ),
                        ),
                        (
                            "alternatives",
                            models.CharField(
                                help_text="What the term means or other ways of saying it, "
                                "separated by commas. For example: Local Authority Designated "
                                "Officer, designated officer",
                                max_length=500,
                            ),
                        ),
                    ],
                    options={"db_table": "portal_synonym", "ordering": ["term"]},
                ),
                migrations.CreateModel(
                    name="SearchTerm",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("term", models.CharField(max_length=100, unique=True)),
                        (
                            "weight",
                            models.PositiveIntegerField(
                                default=1, help_text="How often the word is used."
                            ),
                        ),
                    ],
                    options={"db_table": "portal_searchterm", "ordering": ["term"]},
                ),
            ],
            database_operations=[],
        )
    ]
