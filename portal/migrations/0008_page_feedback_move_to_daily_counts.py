"""Page feedback: each day's single answers become that day's Yes and No counts."""

from django.db import migrations
from django.db.models import Count, Q


def rows_to_daily_counts(apps, schema_editor):
    feedback = apps.get_model("portal", "PageFeedback")
    totals = (
        feedback.objects.filter(day__isnull=True)
        .values("page_id", "created")
        .annotate(yes=Count("id", filter=Q(useful=True)), no=Count("id", filter=Q(useful=False)))
    )
    daily = [
        feedback(
            page_id=row["page_id"], day=row["created"], yes_count=row["yes"], no_count=row["no"]
        )
        for row in totals
    ]
    feedback.objects.filter(day__isnull=True).delete()
    feedback.objects.bulk_create(daily)


def daily_counts_to_rows(apps, schema_editor):
    feedback = apps.get_model("portal", "PageFeedback")
    rows = []
    for day in feedback.objects.all():
        for useful, count in ((True, day.yes_count), (False, day.no_count)):
            rows += [
                feedback(page_id=day.page_id, created=day.day, useful=useful) for _ in range(count)
            ]
    feedback.objects.all().delete()
    feedback.objects.bulk_create(rows)


class Migration(migrations.Migration):
    dependencies = [("portal", "0007_page_feedback_daily_counts")]

    operations = [migrations.RunPython(rows_to_daily_counts, daily_counts_to_rows)]
