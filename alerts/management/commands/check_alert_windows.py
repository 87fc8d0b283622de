"""Purge cached pages when an alert banner's window starts or ends. Run every minute."""

from django.core.management.base import BaseCommand

from alerts.windows import check_windows


class Command(BaseCommand):
    help = "Send alerts_changed (purging cached pages) when an alert started or ended."

    def handle(self, *args, **options) -> None:
        crossed = check_windows()
        if crossed:
            self.stdout.write(f"{crossed} alert(s) started or ended: pages purged.")
