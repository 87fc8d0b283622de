"""Email content owners the guidance they must review (run daily from cron)."""

from django.core.management.base import BaseCommand

from guidance.review import send_review_reminders


class Command(BaseCommand):
    help = "Email each owner their guidance that is overdue or due for review within 30 days."

    def handle(self, *args, **options) -> None:
        sent = send_review_reminders()
        self.stdout.write(f"Review reminders sent: {sent}")
