"""The production stack for the stack tests: real Varnish, two gunicorn app nodes, Redis and
the task worker, on free ports, with a database copied from the test database (demo site
included) and a Redis key prefix of its own."""

import fcntl
import http.client
import os
import secrets
import subprocess
import sys
import tempfile
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connections

from operations.stack import VARNISHD, Stack, free_port
from tests.fixtures import restore_demo_site_into
from tests.processes import database_url

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    text: str


def fetch(
    base: str,
    path: str,
    *,
    method: str = "GET",
    headers: dict | None = None,
    body: str | None = None,
    source: str | None = None,
) -> Answer:
    parts = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(
        parts.hostname,
        parts.port,
        timeout=60,
        source_address=(source, 0) if source else None,
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read().decode("utf-8", "replace"))
    finally:
        connection.close()


def admin_connection():
    return psycopg.connect(database_url("postgres"), autocommit=True)


def require_stack_parts() -> None:
    missing = [name for name in (VARNISHD,) if not os.access(name, os.X_OK)]
    if connections["default"].vendor != "postgresql":
        missing.append("PostgreSQL (DATABASE_URL)")
    if missing:
        message = "the stack tests need " + ", ".join(missing)
        if os.environ.get("REQUIRE_STACK", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message + " and REQUIRE_STACK=1", pytrace=False)
        pytest.skip(message + " (apt-get install varnish)")


@pytest.fixture(scope="package")
def stack_database(django_db_setup, django_db_blocker):
    """A copy of the test database (migrated, with the demo site) for the stack's processes."""
    require_stack_parts()
    template = connections["default"].settings_dict["NAME"]
    name = f"{template}_stack_{secrets.token_hex(4)}"
    with django_db_blocker.unblock():
        connections.close_all()
        with admin_connection() as admin:
            # A server started by an earlier test may still hold a connection to the test
            # database for a moment; PostgreSQL copies a template only when no one is in it.
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [template],
            )
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    # Transactional tests that ran earlier may have flushed the template: put the session's
    # demo site back into the copy (or, without a saved copy, let the demo loader add
    # whatever is missing).
    # (The restore asks the test database whether it may skip row checks: unblocked.)
    with (
        django_db_blocker.unblock(),
        psycopg.connect(database_url(name)) as copy,
        copy.cursor() as cursor,
    ):
        restored = restore_demo_site_into(cursor)
    if not restored:
        subprocess.run(
            [sys.executable, "manage.py", "load_demo_content", "-v0"],
            env={**os.environ, "DATABASE_URL": database_url(name), "LOG_LEVEL": "WARNING"},
            cwd=settings.BASE_DIR,
            capture_output=True,
            check=True,
        )
    yield database_url(name)
    with admin_connection() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="package")
def stack(stack_database, tmp_path_factory):
    """Varnish in front of two app nodes, the worker; emails land in files in `mail_dir`."""
    workdir = Path(tmp_path_factory.mktemp("stack"))
    mail_dir = workdir / "mail"
    mail_dir.mkdir()
    extra_env = {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
        "BOOKING_RATE_LIMIT": "10",
        "TRUSTED_PROXY_COUNT": "1",
        "LOG_LEVEL": "WARNING",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    with running_stack(
        stack_database, "stacktest", app_nodes=2, workdir=workdir, extra_env=extra_env
    ) as running:
        running.mail_dir = mail_dir
        yield running


_collected_here = False


def collect_static_once(stack: Stack) -> None:
    """Collect the static files once per test run. The processes of one pytest-xdist run
    share the static folder: they collect one at a time, and the first leaves a mark (named
    for the run) for the others."""
    global _collected_here
    if _collected_here:
        return
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    folder = Path(tempfile.gettempdir())
    with open(folder / "portal-collectstatic.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        mark = folder / f"portal-collectstatic-{run}" if run else None
        if mark is None or not mark.exists():
            stack.manage("collectstatic", "--noinput", "-v0")
            if mark is not None:
                mark.touch()
    _collected_here = True


@contextmanager
def running_stack(database_url: str, key_prefix: str, *, extra_env: dict, **options):
    """A quiet stack on free ports and the test Redis, without the scheduler, stopped on exit.

    The database is a copy of the migrated test database: only static files to collect. Its
    cache keys start with `<key_prefix>-` and a random part, so runs never share them.
    """
    running = Stack(
        database_url=database_url,
        port=free_port(),
        redis_url=REDIS_URL,
        scheduler=False,
        extra_env={"CACHE_KEY_PREFIX": f"{key_prefix}-{secrets.token_hex(6)}", **extra_env},
        log=lambda *_: None,
        **options,
    )
    try:
        collect_static_once(running)
        running.start(prepare=False)
        yield running
    finally:
        running.stop()


def run_in_stack(stack: Stack, code: str) -> str:
    """Run Python in a Django process with the stack's settings, as an app machine would."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        env={**stack.env, "LOG_LEVEL": "WARNING"},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip()
