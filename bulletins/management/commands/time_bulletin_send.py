"""Time a bulletin sending to many subscribers through the task queue (a measurement tool).

Adds throwaway confirmed subscribers at example.invalid, queues a sending of the newest live
bulletin, waits until the worker (or the immediate backend) has finished, prints the time
taken, then removes the throwaway subscribers and the sending. Point EMAIL_BACKEND at a
backend that sends nowhere (the locmem backend, say) before running it.
"""

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from bulletins.models import BulletinPage, BulletinSend
from bulletins.tasks import start_sending
from subscriptions.models import Subscriber

DOMAIN = "bulletin-timing.example.invalid"


class Command(BaseCommand):
    help = "Time sending the newest bulletin to N throwaway subscribers through the task queue."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--subscribers", type=int, default=10_000)
        parser.add_argument("--timeout", type=int, default=1800, help="Seconds to wait.")

    def handle(self, *args, subscribers: int, timeout: int, **options) -> None:
        page = BulletinPage.objects.live().order_by("-date").first()
        if page is None:
            raise CommandError("No live bulletin: load the demo content first.")
        now = timezone.now()
        Subscriber.objects.bulk_create(
            [
                Subscriber(email=f"reader{n}@{DOMAIN}", bulletin=True, confirmed_at=now)
                for n in range(subscribers)
            ],
            batch_size=2000,
        )
        send = None
        try:
            send = BulletinSend.objects.create(page=page)
            started = time.monotonic()
            result = start_sending.enqueue(send_id=send.pk)
            self.stdout.write(f"Queued with {result.backend} ({result.status}).")
            while True:
                send.refresh_from_db()
                if send.finished_at:
                    break
                if time.monotonic() - started > timeout:
                    raise CommandError(f"Not finished after {timeout} s: {send.done}/{send.total}")
                time.sleep(0.2)
            elapsed = time.monotonic() - started
            self.stdout.write(
                f"Sent {send.sent}, failed {send.failed}, skipped {send.skipped} of {send.total} "
                f"in {elapsed:.1f} s ({send.total / elapsed:.0f} emails a second)."
            )
        finally:
            if send is not None:
                BulletinSend.objects.filter(pk=send.pk).delete()
            Subscriber.objects.filter(email__endswith=f"@{DOMAIN}").delete()
