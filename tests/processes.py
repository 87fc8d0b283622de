"""Running the project's own manage.py in a process of its own, on a database of the tests'."""

import json
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


# Prints the named settings as JSON. Django's settings are read as `manage.py` reads them,
# from DJANGO_SETTINGS_MODULE and the environment, without loading the apps: a fraction of
# a second where `manage.py shell` takes one or two.
READ_SETTINGS = """
import json, sys
from django.conf import settings
print(json.dumps({name: getattr(settings, name) for name in sys.argv[1:]}, default=str))
"""


def read_settings(*names: str, env: dict[str, str]) -> dict:
    """The settings `names` in a Python process of their own, with `env` only."""
    result = subprocess.run(  # noqa: S603 - our own settings
        [sys.executable, "-c", READ_SETTINGS, *names],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)
