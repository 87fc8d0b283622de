"""A database outage answers 503 with Retry-After and the static page; health endpoints.

The outage is real: gunicorn runs the production settings against a PostgreSQL address
where nothing listens.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.test import Client

from portal.health import service_unavailable

ROOT = Path(__file__).resolve().parents[2]
STATIC_503 = (ROOT / "templates" / "503.html").read_text()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, data: bytes | None = None, cookie: str = "") -> tuple[int, dict, str]:
    headers = {"X-Forwarded-Proto": "https"}
    if cookie:
        headers["Cookie"] = cookie
    request = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310 - local
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - local
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture(scope="module")
def site_without_database(tmp_path_factory):
    """gunicorn with production settings; the database address refuses connections.

    Its log goes to a file: every refused connection logs a traceback, and an unread pipe
    would fill up and stop the server."""
    log_path = tmp_path_factory.mktemp("outage") / "gunicorn.log"
    log = log_path.open("w")
    port, dead_port = free_port(), free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "o" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{dead_port}/gone",
        "PGCONNECT_TIMEOUT": "3",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "portal/gunicorn.conf.py", "portal.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
        start_new_session=True,  # its own process group, with its worker: see the end
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            if fetch(base + "/health/live/")[0] == 200:
                break
        except OSError:
            pass
        assert server.poll() is None, log_path.read_text()[-2000:]
        assert time.monotonic() < deadline, "gunicorn did not start"
        time.sleep(0.05)
    yield base
    # Stopping gracefully takes a second or more, and is not what is tested here: the
    # server and its worker end at once, together.
    os.killpg(server.pid, signal.SIGKILL)
    server.wait(timeout=30)
    log.close()


@pytest.mark.parametrize(
    "path, data",
    [
        ("/", None),
        ("/online-safety/", None),
        ("/search/?q=neglect", None),
        ("/news/feed/", None),
        ("/no-such-page/", None),
        ("/admin/pages/", None),  # signed in: the session is in the database
        ("/feedback/5/", b"useful=yes"),
    ],
)
def test_pages_answer_503_with_retry_after_and_the_static_page(site_without_database, path, data):
    cookie = "sessionid=abcdefghijklmnopqrstuvwxyz123456" if path.startswith("/admin/") else ""
    status, headers, body = fetch(site_without_database + path, data, cookie)
    assert status == 503, (path, status, body[:300])
    assert int(headers["Retry-After"]) > 0
    assert body == STATIC_503
    assert "data-quick-exit" in body and 'href="tel:999"' in body
    assert "Content-Security-Policy" in headers


def test_liveness_needs_nothing_and_readiness_reports_the_outage(site_without_database):
    status, _headers, body = fetch(site_without_database + "/health/live/")
    assert (status, body) == (200, "ok\n")
    status, headers, _body = fetch(site_without_database + "/health/ready/?format=json")
    assert status == 503
    assert int(headers["Retry-After"]) > 0


@pytest.mark.django_db
def test_the_static_page_has_no_template_tags_and_costs_no_query(django_assert_num_queries):
    assert "{%" not in STATIC_503 and "{{" not in STATIC_503
    with django_assert_num_queries(0):
        response = service_unavailable()
    assert response.status_code == 503
    assert response.content.decode() == STATIC_503


@pytest.mark.django_db
def test_readiness_checks_database_cache_and_tasks(client: Client):
    response = client.get("/health/ready/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    checks = response.json()
    names = " ".join(checks)
    assert "Database" in names and "Cache" in names and "TaskQueue" in names
    assert client.get("/health/live/").content == b"ok\n"
