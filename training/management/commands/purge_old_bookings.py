"""Remove personal data from bookings for events that ended more than N months ago."""

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from training.models import Booking


class Command(BaseCommand):
    help = (
        "Anonymise bookings for training events that ended more than --months months ago "
        "(default: the BOOKING_RETENTION_MONTHS setting, 12): names, emails, organisations, "
        "roles and needs are removed; the status stays so attendance figures survive."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--months",
            type=int,
            default=settings.BOOKING_RETENTION_MONTHS,
            help="Keep this many months.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be removed; change nothing."
        )

    def handle(self, *args, months: int, dry_run: bool = False, **options) -> None:
        if months < 0:
            raise CommandError("--months must be zero or more.")
        cutoff: datetime.datetime = timezone.now() - relativedelta(months=months)
        bookings = Booking.objects.filter(event__end__lt=cutoff, anonymised=False)
        events = bookings.values("event").distinct().count()
        count = bookings.count()
        if dry_run:
            self.stdout.write(
                f"Would anonymise {count} bookings for {events} events that ended before "
                f"{cutoff:%Y-%m-%d}."
            )
            return
        # Each address stays distinct, so the one-booking-per-email rule still holds.
        bookings.update(
            name="(removed)",
            email=Concat(Value("removed-"), Cast("pk", CharField()), Value("@removed.invalid")),
            organisation="",
            role="",
            needs="",
            email_error="",
            consent_to_contact=False,
            anonymised=True,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Anonymised {count} bookings for {events} events that ended before "
                f"{cutoff:%Y-%m-%d}."
            )
        )
