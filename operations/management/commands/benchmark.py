"""`make bench`: every public page type through Varnish, the application cache and uncached.

Starts the production stack (operations/stack.py) with one app node behind Varnish, plus one
app node with the page cache off, and measures with wrk in one run:

(a) pages through Varnish, as a share of a static file fetched through the same Varnish;
(b) pages from the application cache (the app node, directly), as a share of a constant
    Django view on that same node (/health/live/: never cached, through every middleware);
    for (a) and (b) each page alternates with its reference three times (each page run
    set against the reference runs just before and after it) and the median ratio counts;
(c) pages rendered every time (the uncached node), as a share of a static file from it.

Also: database queries per page (in this process), listing pages at 100 generated items
against --scale items, and search p95 over single requests. Ratios go to stdout and JSON.
Absolute figures depend on the machine; ratios measured in one run are comparable.
"""

import contextlib
import json
import re
import shutil
import statistics
import subprocess
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from demo.bulk import bulk_scale
from operations.stack import Stack, StackError, free_port

STATIC = "/static/css/site.css"
CONSTANT = "/health/live/"
FIXED_PATHS = {
    "home": "/",
    "guidance index": "/online-safety/",
    "guidance": "/online-safety/social-media-practitioners-volunteers/",
    "Q&A": "/questions/",
    "resources": "/resources/",
    "news index": "/news/",
    "training index": "/training/",
    "search": "/search/?q=social+media",
    "news feed": "/news/feed/",
    "calendar": "/training/calendar.ics",
    "robots": "/robots.txt",
}
# Measured last: the largest bodies (a sitemap part holds SITEMAP_PAGE_SIZE addresses).
LAST_PATHS = {"sitemap index": "/sitemap.xml", "sitemap part": "/sitemap-pages.xml"}
LISTINGS = ["/news/", "/training/"]
SEARCHES = ["social media", "neglect", "domestic abuse", "training", "LADO", "online safety"]
WRK_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")


def get(base: str, path: str, attempts: int = 5) -> str:
    for attempt in range(attempts):
        try:
            with urllib.request.urlopen(base + path, timeout=60) as response:  # noqa: S310
                return response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError:
            if attempt == attempts - 1:
                raise
            time.sleep(1)
    return ""


def first_link(html: str, prefix: str) -> str | None:
    for href in re.findall(r'href="(/[^"?#]+/)"', html):
        if href.startswith(prefix) and href.count("/") == 3 and not href.endswith("/feed/"):
            return href
    return None


def timed(base: str, path: str) -> float:
    started = time.perf_counter()
    with contextlib.suppress(OSError):  # a timeout or an error status counts as its time
        get(base, path, attempts=1)
    return (time.perf_counter() - started) * 1000


class Command(BaseCommand):
    help = "Measure every public page type through Varnish, the page cache and uncached."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=int, default=0, help="Generated articles+events.")
        parser.add_argument("--duration", type=int, default=3, help="Seconds per wrk run.")
        parser.add_argument("--connections", type=int, default=16, help="wrk connections.")
        parser.add_argument("--json", default="bench-results.json", help="Where to write.")

    def handle(self, *args, scale: int, duration: int, connections: int, **options) -> None:
        if not shutil.which("wrk"):
            raise CommandError("wrk is missing: apt-get install wrk")
        if connection.vendor != "postgresql":
            raise CommandError("Set DATABASE_URL to a PostgreSQL database.")
        self.duration, self.connections = duration, connections
        db = settings.DATABASES["default"]
        url = f"postgres://{db['USER']}{':' + db['PASSWORD'] if db.get('PASSWORD') else ''}"
        url += f"@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        stack = Stack(
            database_url=url,
            port=free_port(),
            app_nodes=1,
            worker=False,
            scheduler=False,
            extra_env={"CACHE_KEY_PREFIX": f"bench-{time.time_ns()}", "LOG_LEVEL": "ERROR"},
            log=lambda message: self.stdout.write(message),
        )
        try:
            stack.start()
            plain = stack.start_plain_node(PAGE_CACHE="0")
            results = self.measure(stack, plain, scale)
        except StackError as error:
            raise CommandError(str(error)) from error
        finally:
            stack.stop()
        with open(options["json"], "w") as out:
            json.dump(results, out, indent=2)
        self.stdout.write(f"\nWritten to {options['json']}")

    # --- measuring ---------------------------------------------------------------

    def rate(self, base: str, path: str) -> float:
        result = subprocess.run(  # noqa: S603
            [shutil.which("wrk"), "-t2", f"-c{self.connections}", f"-d{self.duration}s"]
            # As browsers and crawlers ask: Varnish then sends its stored gzip as it is.
            + ["--timeout", "10s", "-H", "Accept-Encoding: gzip, deflate, br", base + path],
            capture_output=True,
            text=True,
            check=True,
        )
        found = WRK_RATE.search(result.stdout)
        self.settle(base)
        return float(found.group(1)) if found else 0.0

    def paired(self, base: str, path: str, reference: str, rounds: int = 3) -> tuple[float, float]:
        """The rate of ``path`` and of ``reference`` (the mean of the runs just before and
        after it), from the round whose ratio is the median of ``rounds`` alternating ones."""
        references = [self.rate(base, reference)]
        pairs = []
        for _ in range(rounds):
            measured = self.rate(base, path)
            references.append(self.rate(base, reference))
            pairs.append((measured, (references[-2] + references[-1]) / 2))
        pairs.sort(key=lambda pair: pair[0] / pair[1] if pair[1] else 0.0)
        return pairs[len(pairs) // 2]

    def queries(self, path: str) -> int:
        client = Client(HTTP_HOST="localhost")
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        return len(captured)

    def paths(self, base: str) -> dict[str, str]:
        paths = dict(FIXED_PATHS)
        paths["news article"] = first_link(get(base, "/news/"), "/news/") or "/news/"
        paths["training event"] = first_link(get(base, "/training/"), "/training/") or "/"
        return {**paths, **LAST_PATHS}

    def settle(self, base: str, timeout: float = 120.0) -> None:
        """Wait until the node has worked through what a wrk run left queued."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and timed(base, CONSTANT) > 50:
            time.sleep(0.5)

    def listing_times(self, base: str) -> dict[str, float]:
        times = {}
        for path in LISTINGS:
            timed(base, path)
            times[path] = statistics.median(timed(base, path) for _ in range(15))
        return times

    def measure(self, stack: Stack, plain: str, scale: int) -> dict:
        front, cached = stack.url, stack.node_url(0)
        results: dict = {"scale": scale, "pages": {}}
        if scale:
            bulk_scale(min(scale, 100))
            results["listing_ms_at_100"] = self.listing_times(plain)
            started = time.monotonic()
            bulk_scale(scale)
            results["load_seconds"] = round(time.monotonic() - started, 1)
            stack.manage("update_index", "-v0", TASKS_IMMEDIATE="1", quiet=True)
            results[f"listing_ms_at_{scale}"] = self.listing_times(plain)
        paths = self.paths(plain)
        for path in [STATIC, *paths.values()]:  # warm every cache and worker
            for base in (front, cached, plain):
                get(base, path)
                get(base, path)
        refs = {
            "static_varnish": self.rate(front, STATIC),
            "static_node": self.rate(plain, STATIC),
            "constant_view": self.rate(cached, CONSTANT),
        }
        results["references_rps"] = refs
        self.stdout.write(
            f"static via Varnish {refs['static_varnish']:.0f} req/s, static from a node "
            f"{refs['static_node']:.0f}, constant view on the caching node "
            f"{refs['constant_view']:.0f}\n"
        )
        header = f"{'page':16} {'Varnish':>9} {'app cache':>10} {'uncached':>9} {'queries':>8}"
        self.stdout.write(header + "   (ratios: a/static via Varnish, b/constant, c/static)")
        for name, path in paths.items():
            # Each cached rate is set against its reference measured just before and just
            # after it, so a drift in the machine's speed during the run cancels out.
            a, ref_a = self.paired(front, path, STATIC)
            b, ref_b = self.paired(cached, path, CONSTANT)
            c = self.rate(plain, path)
            row = {
                "path": path,
                "rps": {"varnish": a, "app_cache": b, "uncached": c},
                "reference_rps": {"static_varnish": ref_a, "constant_view": ref_b},
                "ratio_varnish_to_static": round(a / ref_a, 3),
                "ratio_app_cache_to_constant_view": round(b / ref_b, 3),
                "ratio_uncached_to_static": round(c / refs["static_node"], 3),
                "queries": self.queries(path),
            }
            results["pages"][name] = row
            self.stdout.write(
                f"{name:16} {row['ratio_varnish_to_static']:9.2f} "
                f"{row['ratio_app_cache_to_constant_view']:10.2f} "
                f"{row['ratio_uncached_to_static']:9.3f} {row['queries']:8d}"
            )
        samples = sorted(
            timed(plain, f"/search/?q={query.replace(' ', '+')}")
            for _ in range(10)
            for query in SEARCHES
        )
        results["search_p95_ms"] = round(samples[int(len(samples) * 0.95) - 1], 1)
        p95 = results["search_p95_ms"]
        self.stdout.write(f"\nsearch p95 (single requests, uncached): {p95} ms")
        if scale:
            for path in LISTINGS:
                small = results["listing_ms_at_100"][path]
                big = results[f"listing_ms_at_{scale}"][path]
                results.setdefault("listing_ratio", {})[path] = round(big / small, 2)
                self.stdout.write(
                    f"listing {path}: {small:.1f} ms at 100, {big:.1f} ms at {scale} "
                    f"({big / small:.2f}x)"
                )
        return results
