"""Delete addresses not confirmed within 7 days, and sent follower notices no longer needed.

Run daily (or more often) from the scheduled jobs.
"""

from django.core.management.base import BaseCommand

from subscriptions import services


class Command(BaseCommand):
    help = "Delete unconfirmed email addresses older than 7 days and old sent notices."

    def handle(self, *args, **options) -> None:
        subscribers, notices = services.prune()
        self.stdout.write(f"Deleted {subscribers} unconfirmed addresses and {notices} old notices.")
