"""Page feedback becomes Yes/No counts per page per day: the new fields (0008 moves the data)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_site_settings_security_contact"),
    ]

    operations = [
        migrations.AddField(
            model_name="pagefeedback", name="day", field=models.DateField(null=True)
        ),
        migrations.AddField(
            model_name="pagefeedback",
            name="yes_count",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="pagefeedback",
            name="no_count",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AlterField(
            model_name="pagefeedback", name="created", field=models.DateField(null=True)
        ),
        migrations.AlterField(
            model_name="pagefeedback", name="useful", field=models.BooleanField(null=True)
        ),
    ]
