"""Page feedback, moved from the portal app.

The table stays where it is (``portal_pagefeedback``, with its one-row-per-page-per-day
constraint): only Django's record of which app owns the model changes.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("portal", "0010_site_settings_phone_lines_contact_footer_pages"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PageFeedback",
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
                        ("day", models.DateField()),
                        ("yes_count", models.PositiveIntegerField(default=0)),
                        ("no_count", models.PositiveIntegerField(default=0)),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="feedback",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "page feedback",
                        "verbose_name_plural": "page feedback",
                        "db_table": "portal_pagefeedback",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("page", "day"), name="one_feedback_row_per_page_day"
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        )
    ]
