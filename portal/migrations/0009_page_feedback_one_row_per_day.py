"""Page feedback: drop the one-row-per-answer fields once their counts are moved (0008)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("portal", "0008_page_feedback_move_to_daily_counts")]

    operations = [
        migrations.RemoveIndex(model_name="pagefeedback", name="portal_page_page_id_a51b9c_idx"),
        migrations.RemoveField(model_name="pagefeedback", name="useful"),
        migrations.RemoveField(model_name="pagefeedback", name="created"),
        migrations.AlterField(model_name="pagefeedback", name="day", field=models.DateField()),
        migrations.AddConstraint(
            model_name="pagefeedback",
            constraint=models.UniqueConstraint(
                fields=("page", "day"), name="one_feedback_row_per_page_day"
            ),
        ),
    ]
