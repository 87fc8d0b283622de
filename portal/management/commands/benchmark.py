"""Measure public pages against a static file served by the same server, as ratios.

Starts gunicorn with the production settings (DEBUG off, WhiteNoise for static files) on a
free local port, sends the same number of requests to each URL from a few client threads,
and prints requests per second for each page and its ratio to the static file. Absolute
figures depend on the machine; ratios measured in one run are comparable between runs.
"""

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

DEFAULT_PATHS = [
    "/",
    "/online-safety/",
    "/online-safety/social-media-practitioners-volunteers/",
    "/questions/",
    "/resources/",
    "/news/",
    "/training/",
    "/search/?q=social+media",
]
STATIC_PATH = "/static/css/site.css"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise CommandError("The server did not start.")


def measure(port: int, path: str, *, requests: int, concurrency: int) -> tuple[float, set[int]]:
    """Requests per second for `path`, and the status codes seen."""
    per_thread = max(1, requests // concurrency)
    statuses: set[int] = set()
    lock = threading.Lock()

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        seen = set()
        for _ in range(per_thread):
            connection.request("GET", path, headers={"Host": "localhost"})
            response = connection.getresponse()
            response.read()
            seen.add(response.status)
        connection.close()
        with lock:
            statuses.update(seen)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return per_thread * concurrency / elapsed, statuses


class Command(BaseCommand):
    help = "Benchmark public pages against a static file (ratios, one run)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--requests", type=int, default=400, help="Requests per URL.")
        parser.add_argument("--concurrency", type=int, default=4, help="Client threads.")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers.")
        parser.add_argument("--scale", type=int, default=0, help="Load demo content at scale.")
        parser.add_argument("paths", nargs="*", help="Paths to measure (default: main pages).")

    def handle(self, *args, **options) -> None:
        if options["scale"]:
            call_command("load_demo_content", scale=options["scale"], stdout=self.stdout)
        static_root = Path(tempfile.mkdtemp(prefix="portal-bench-static-"))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-" + "x" * 40),
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "DEBUG": "0",
            "STATIC_ROOT": str(static_root),
            "DATABASE_URL": os.environ.get("DATABASE_URL", ""),
        }
        if not env["DATABASE_URL"]:
            env["DATABASE_URL"] = f"sqlite:///{settings.DATABASES['default']['NAME']}"
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        manage = [sys.executable, "manage.py"]
        subprocess.run(  # noqa: S603 - our own manage.py
            [*manage, "collectstatic", "--noinput", "-v0"], env=env, check=True
        )
        port = free_port()
        server = subprocess.Popen(  # noqa: S603 - gunicorn from this environment
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi",
                "--workers",
                str(options["workers"]),
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            env=env,
        )
        try:
            wait_for(port)
            paths = options["paths"] or DEFAULT_PATHS
            for path in [STATIC_PATH, *paths]:  # warm up every worker
                measure(port, path, requests=options["workers"] * 4, concurrency=2)
            static_rate, _ = measure(
                port, STATIC_PATH, requests=options["requests"], concurrency=options["concurrency"]
            )
            self.stdout.write(f"{'path':58} {'req/s':>8} {'ratio':>7}  status")
            self.stdout.write(f"{STATIC_PATH:58} {static_rate:8.1f} {1:7.3f}  static file")
            for path in paths:
                rate, statuses = measure(
                    port, path, requests=options["requests"], concurrency=options["concurrency"]
                )
                codes = ",".join(str(code) for code in sorted(statuses))
                self.stdout.write(f"{path:58} {rate:8.1f} {rate / static_rate:7.3f}  {codes}")
        finally:
            server.terminate()
            server.wait(timeout=10)
