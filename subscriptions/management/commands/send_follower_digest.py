"""Queue the weekly digest of changes for followers who chose it. Run once a week."""

from django.core.management.base import BaseCommand

from subscriptions import tasks


class Command(BaseCommand):
    help = "Queue the weekly email of page changes for subscribers who chose the digest."

    def handle(self, *args, **options) -> None:
        result = tasks.send_weekly_digests.enqueue()
        self.stdout.write(f"Weekly digest queued ({result.status}).")
