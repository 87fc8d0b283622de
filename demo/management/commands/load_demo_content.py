"""Build the demo site: the seed guidance page and everything around it. Safe to run again."""

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils import timezone

from demo.bulk import bulk_scale
from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the demo content (idempotent). --scale N adds N news articles and N events."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=int, default=0, help="Extra generated items.")

    def handle(self, *args, scale: int = 0, **options) -> None:
        if scale < 0:
            self.stderr.write("--scale must be zero or more.")
            return
        with transaction.atomic():
            loader = DemoLoader(today=timezone.localdate())
            loader.load()
            if scale:
                # Bulk inserts and search indexing, then ANALYZE once the transaction
                # commits (see demo.bulk).
                made = bulk_scale(scale, today=loader.today, index=True)
                if made:
                    loader.created.append(f"{made} generated articles and events")
        self.stdout.write(self.style.SUCCESS(loader.summary()))
