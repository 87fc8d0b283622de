"""Confirmed bookings never exceed capacity, however many people book at the same moment.

PostgreSQL only: row locks (SELECT ... FOR UPDATE) and the capacity trigger are what is
being tested, and SQLite serialises every write anyway. Threads each use their own
database connection, start together from a barrier, and close their connection at the end.
Run with -s to see the figures.

To keep the rushes quick, commits do not wait for the disk (synchronous_commit off, for the
test database only): that changes durability after a crash, not locking or visibility.
"""

import http.client
import json
import random
import re
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from http.cookies import SimpleCookie
from unittest import mock

import pytest
from django.core import mail
from django.db import IntegrityError, connection

from tests.training.helpers import add_event, booking_details, ensure_training_site
from training import services
from training.models import Booking

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

CAPACITY = 10
PEOPLE = 50
# Without the event's row lock the first rush already fails (the trigger turns the extra
# places away); the repeats are for rarer orderings.
RUSHES = 8


@pytest.fixture
def training_site(transactional_db):
    """A site with a training index, rebuilt after the flush that ends a transactional test."""
    with connection.cursor() as cursor:
        name = connection.ops.quote_name(connection.settings_dict["NAME"])
        cursor.execute(f"ALTER DATABASE {name} SET synchronous_commit = off")
    ensure_training_site()
    yield
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER DATABASE {name} RESET synchronous_commit")


class Crowd:
    """A fixed set of threads, each with its own connection, that act together on a signal.

    `rush(jobs)` gives each thread one job, releases them all at once from a barrier, waits
    for them to finish, and meanwhile watches how many places the event has taken.
    """

    def __init__(self, size: int, *, database: bool = True):
        self.size = size
        self.database = database
        self.jobs: list[Callable[[], object]] | None = None
        self.start = threading.Barrier(size + 1)
        self.finish = threading.Barrier(size + 1)
        self.results: list[object] = []
        self.errors: list[Exception] = []
        self.threads = [threading.Thread(target=self._work, args=(i,)) for i in range(size)]
        for thread in self.threads:
            thread.start()

    def _work(self, index: int) -> None:
        try:
            if self.database:
                connection.ensure_connection()  # connected before the start, not after
            while True:
                self.start.wait(timeout=60)
                if self.jobs is None:
                    return
                try:
                    self.results.append(self.jobs[index]())
                except Exception as error:  # noqa: BLE001 - any failure is reported by rush()
                    self.errors.append(error)
                self.finish.wait(timeout=120)
        finally:
            connection.close()

    def rush(self, jobs, *, event) -> tuple[list[object], list[Exception], int]:
        """Results, errors, and the most places ever seen taken while the jobs ran."""
        assert len(jobs) == self.size
        self.jobs, self.results, self.errors = jobs, [], []
        most = [0]
        done = threading.Event()

        def watch():
            try:
                while not done.is_set():
                    most[0] = max(most[0], places_taken(event))
                    time.sleep(0.005)
            finally:
                connection.close()

        watcher = threading.Thread(target=watch)
        watcher.start()
        self.start.wait(timeout=60)
        self.finish.wait(timeout=120)
        done.set()
        watcher.join()
        return self.results, self.errors, max(most[0], places_taken(event))

    def close(self) -> None:
        self.jobs = None
        self.start.wait(timeout=60)
        for thread in self.threads:
            thread.join(timeout=30)


def places_taken(event) -> int:
    return Booking.objects.filter(event=event, status__in=Booking.HOLDING_PLACE).count()


@pytest.fixture
def crowd():
    crowds: list[Crowd] = []

    def make(size: int, *, database: bool = True) -> Crowd:
        crowds.append(Crowd(size, database=database))
        return crowds[-1]

    yield make
    for each in crowds:
        each.close()


def booker(event, number: int) -> Callable[[], Booking]:
    return lambda: services.book_place(event=event, **booking_details(number))


def test_fifty_people_booking_ten_places_at_once(training_site, crowd, monkeypatch):
    # The emails queued after each commit are counted rather than rendered, for speed;
    # the cancellation race sends them for real.
    queued: list[str] = []
    monkeypatch.setattr(
        services, "send_booking_email", lambda *, booking, kind: queued.append(kind)
    )
    event = add_event(capacity=CAPACITY)
    people = crowd(PEOPLE)
    most_seen = 0
    started = time.monotonic()
    for number in range(RUSHES):
        Booking.objects.filter(event=event).delete()
        queued.clear()
        jobs = [booker(event, person) for person in range(PEOPLE)]
        results, errors, most = people.rush(jobs, event=event)
        most_seen = max(most_seen, most)
        assert not errors, errors[:3]
        bookings = list(Booking.objects.filter(event=event).order_by("pk"))
        statuses = Counter(booking.status for booking in bookings)
        assert statuses == {"confirmed": CAPACITY, "waiting": PEOPLE - CAPACITY}, number
        assert len({booking.email.lower() for booking in bookings}) == PEOPLE
        assert sorted(booking.pk for booking in results) == [booking.pk for booking in bookings]
        # Places went in the order the lock was granted, which is the order of the ids.
        assert [booking.status for booking in bookings[:CAPACITY]] == ["confirmed"] * CAPACITY
        assert Counter(queued) == {"confirmed": CAPACITY, "waiting": PEOPLE - CAPACITY}
    print(
        f"\nservice rush: {RUSHES} rushes of {PEOPLE} bookings for {CAPACITY} places in "
        f"{time.monotonic() - started:.1f}s; most confirmed ever seen: "
        f"{most_seen} (capacity {CAPACITY})"
    )
    assert most_seen == CAPACITY


def test_cancellations_racing_bookings_promote_in_order(training_site, crowd):
    rounds, max_seen = 5, 0
    people = crowd(28)
    # Seeded, so a failure can be run again with the same cancellations in the same order.
    chance = random.Random(5)  # noqa: S311 (test data, not secrets)
    for _round in range(rounds):
        event = add_event(capacity=CAPACITY)
        # Their emails are not looked at (the outbox is emptied below): not rendered, for speed.
        with mock.patch.object(services, "send_booking_email", return_value=True):
            originals = [services.book_place(event=event, **booking_details(n)) for n in range(20)]
        confirmed = [booking for booking in originals if booking.status == "confirmed"]
        waiting = [booking for booking in originals if booking.status == "waiting"]
        assert len(confirmed) == len(waiting) == CAPACITY
        cancelled = chance.sample(confirmed, 5) + chance.sample(waiting, 3)
        mail.outbox.clear()
        jobs = [lambda b=booking: services.cancel_booking(booking=b) for booking in cancelled]
        jobs += [booker(event, number) for number in range(100, 120)]
        chance.shuffle(jobs)
        _results, errors, most = people.rush(jobs, event=event)
        assert not errors, errors[:3]
        max_seen = max(max_seen, most)
        assert most <= CAPACITY

        bookings = list(Booking.objects.filter(event=event).order_by("pk"))
        by_pk = {booking.pk: booking for booking in bookings}
        assert {by_pk[booking.pk].status for booking in cancelled} == {"cancelled"}
        assert sum(booking.status == "confirmed" for booking in bookings) == CAPACITY
        original_confirmed = {booking.pk for booking in confirmed}
        queue = [
            booking
            for booking in bookings
            if booking.pk not in original_confirmed and booking.status != "cancelled"
        ]
        statuses = [booking.status for booking in queue]
        promoted = statuses.count("confirmed")
        assert promoted == 5
        assert statuses == ["confirmed"] * promoted + ["waiting"] * (len(queue) - promoted), (
            "people come off the waiting list in the order they joined it"
        )
        told = {m.to[0] for m in mail.outbox if m.subject.startswith("A place has come free")}
        # Everyone promoted was told; anyone else told was promoted, then cancelled.
        assert {booking.email for booking in queue[:promoted]} <= told
        cancelled_waiting = {by_pk[booking.pk].email for booking in cancelled if booking in waiting}
        assert told - {booking.email for booking in queue[:promoted]} <= cancelled_waiting
    print(
        f"\ncancellation race: {rounds} rounds of 8 cancellations against 20 bookings; "
        f"most confirmed ever seen: {max_seen} (capacity {CAPACITY})"
    )


def test_the_database_refuses_overbooking_that_skips_the_services(training_site, crowd):
    """The constraint trigger alone: unlocked inserts from 30 threads, and a plain update."""
    event = add_event(capacity=CAPACITY)

    def insert(number):
        return lambda: Booking.objects.create(
            event=event,
            status="confirmed",
            **{k: v for k, v in booking_details(number).items() if k != "consent"},
        )

    jobs = [insert(number) for number in range(30)]
    results, errors, most = crowd(30).rush(jobs, event=event)
    assert len(results) == CAPACITY
    assert len(errors) == 30 - CAPACITY
    assert all(isinstance(error, IntegrityError) for error in errors)
    assert most == places_taken(event) == CAPACITY

    waiting = Booking.objects.create(
        event=event, status="waiting", name="W", email="w@example.invalid", organisation="O"
    )
    with pytest.raises(IntegrityError, match="would be taken"):
        Booking.objects.filter(pk=waiting.pk).update(status="confirmed")
    print(f"\ntrigger: 30 unlocked inserts, {len(results)} accepted (capacity {CAPACITY})")


# over HTTP ---------------------------------------------------------------------------

RESULT = re.compile(r"/book/(\w+)/$")
STATE_URL = re.compile(r'data-booking-state="([^"]+)"')


def booking_state_url(server: str, path: str) -> str:
    """The event page's address for its booking state, as the page's script finds it."""
    with urllib.request.urlopen(server + path, timeout=30) as page:  # noqa: S310 - live_server
        return STATE_URL.search(page.read().decode()).group(1)


def http_booker(server: str, path: str, state_url: str, number: int) -> Callable[[], str]:
    """Fetch the booking state (for a CSRF cookie and token, as the page's script does) on a
    connection kept open for the post; send the post when released, so every request
    reaches the server at the same moment."""
    host, port = urllib.parse.urlsplit(server).netloc.split(":")
    post = http.client.HTTPConnection(host, int(port), timeout=120)
    post.request("GET", state_url)
    response = post.getresponse()
    cookie = SimpleCookie(response.headers["Set-Cookie"])["csrftoken"].value
    token = json.loads(response.read())["csrfToken"]
    data = {**booking_details(number), "consent": "on", "csrfmiddlewaretoken": token}

    def send() -> str:
        post.request(
            "POST",
            path + "book/",
            body=urllib.parse.urlencode(data),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={cookie}",
            },
        )
        answer = post.getresponse()
        answer.read()
        post.close()
        assert answer.status == 303, answer.status
        return RESULT.search(answer.getheader("Location")).group(1)

    return send


def test_the_same_rush_over_http(live_server, training_site, crowd, settings, monkeypatch):
    settings.BOOKING_RATE_LIMIT = 0
    # The server runs in this process: its emails are counted rather than rendered, as in
    # the first test, for speed.
    queued: list[str] = []
    monkeypatch.setattr(
        services, "send_booking_email", lambda *, booking, kind: queued.append(kind)
    )
    http_rushes, max_seen = 3, 0
    people = crowd(PEOPLE, database=False)  # the server's threads use the database
    started = time.monotonic()
    for _number in range(http_rushes):
        event = add_event(capacity=CAPACITY)
        # The page is the same for everyone: read once, not rendered 50 times.
        state_url = booking_state_url(live_server.url, event.url)
        # Eight get ready at a time: fewer than the server's queue of unaccepted connections
        # (10), beyond which a connection waits a second for its SYN to be sent again.
        with ThreadPoolExecutor(max_workers=8) as pool:
            jobs = list(
                pool.map(partial(http_booker, live_server.url, event.url, state_url), range(PEOPLE))
            )
        queued.clear()
        results, errors, most = people.rush(jobs, event=event)
        assert not errors, errors[:3]
        assert Counter(results) == {"confirmed": CAPACITY, "waiting": PEOPLE - CAPACITY}
        assert Counter(queued) == {"confirmed": CAPACITY, "waiting": PEOPLE - CAPACITY}
        statuses = Counter(Booking.objects.filter(event=event).values_list("status", flat=True))
        assert statuses == {"confirmed": CAPACITY, "waiting": PEOPLE - CAPACITY}
        max_seen = max(max_seen, most)
    print(
        f"\nHTTP rush: {http_rushes} rushes of {PEOPLE} form posts for {CAPACITY} places in "
        f"{time.monotonic() - started:.1f}s; most confirmed ever seen: {max_seen} "
        f"(capacity {CAPACITY})"
    )
    assert max_seen == CAPACITY
