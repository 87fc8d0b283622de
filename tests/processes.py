"""Running the project's own manage.py in a process of its own, on a database of the tests'."""

import subprocess
import sys
import urllib.parse

from django.conf import settings


def database_url(name: str) -> str:
    """The address of database `name` on the test database's server, as the same user."""
    db = settings.DATABASES["default"]
    user = urllib.parse.quote(db.get("USER") or "postgres")
    password = f":{urllib.parse.quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
    host, port = db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{name}"


def run_manage(*args: str, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess:
    """`manage.py <args>` from the project folder, with `env` only; its output as text."""
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
