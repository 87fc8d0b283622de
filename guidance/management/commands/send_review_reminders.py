"""Queue the emails to content owners about guidance they must review (run daily from cron)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from guidance import tasks


class Command(BaseCommand):
    help = (
        "Queue an email to each owner of guidance that is overdue or due for review within "
        "30 days; the task worker sends them."
    )

    def handle(self, *args, **options) -> None:
        today = timezone.localdate().isoformat()
        result = tasks.send_review_reminders.enqueue(today=today)
        self.stdout.write(f"Review reminders queued ({result.status}).")
