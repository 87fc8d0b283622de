"""Shared test configuration: database and browser requirements, and Playwright set-up.

Markers (declared in pyproject.toml):

* ``postgres``: the test needs PostgreSQL. On any other database it is skipped, or fails
  when ``REQUIRE_POSTGRES=1``. With ``REQUIRE_POSTGRES=1`` the whole run also stops at once
  unless the configured database is PostgreSQL.
* ``browser``: the test drives a real browser (Debian's chromium). When no chromium binary
  is found it is skipped, or fails when ``REQUIRE_BROWSER=1``. Tests that use Playwright's
  ``page``, ``context`` or ``browser`` fixtures (or ``chromium_path``) get this marker
  automatically.

When a browser test fails, pytest-playwright saves a screenshot of each open page to
``test-results/<test id>/test-failed-N.png`` (see ``addopts`` in pyproject.toml).
"""

import os
import shutil

import pytest
from django.core.cache import cache

# Playwright's sync API runs an event loop in the test thread; without this Django refuses
# ORM calls made from tests that use the ``page`` fixture.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

# /usr/lib/chromium/chromium is the real binary; /usr/bin/chromium is Debian's wrapper script,
# which works too but prints a harmless warning.
CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")

CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Fixtures that start chromium: pytest-playwright's, and chromium_path below.
BROWSER_FIXTURES = {"page", "context", "new_context", "browser", "browser_type", "chromium_path"}


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def find_chromium() -> str | None:
    """Path of the chromium binary: CHROMIUM_PATH if set, else Debian's package."""
    override = os.environ.get("CHROMIUM_PATH")
    if override:
        return override if os.access(override, os.X_OK) else None
    for candidate in CHROMIUM_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


def database_vendor() -> str:
    """'postgresql', 'sqlite', ... for the default database (no connection is opened)."""
    from django.db import connections

    return connections["default"].vendor


def database_description() -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"{db.get('ENGINE')} ({db.get('NAME')})"


# --------------------------------------------------------------------------------------
# Requirements: REQUIRE_POSTGRES / REQUIRE_BROWSER
# --------------------------------------------------------------------------------------


def pytest_sessionstart(session: pytest.Session) -> None:
    if env_flag("REQUIRE_POSTGRES") and database_vendor() != "postgresql":
        raise pytest.UsageError(
            "REQUIRE_POSTGRES=1 but the test database is "
            f"{database_description()}, not PostgreSQL. Set DATABASE_URL, for example "
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        fixturenames = set(getattr(item, "fixturenames", ()))
        if fixturenames & BROWSER_FIXTURES and item.get_closest_marker("browser") is None:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip (or, when required, fail) before any fixture starts a browser or a database."""
    if item.get_closest_marker("postgres") is not None:
        vendor = database_vendor()
        if vendor != "postgresql":
            message = f"needs PostgreSQL; the database is {database_description()}"
            if env_flag("REQUIRE_POSTGRES"):
                pytest.fail(f"{message} and REQUIRE_POSTGRES=1", pytrace=False)
            pytest.skip(f"{message} (set DATABASE_URL to a PostgreSQL database)")

    if item.get_closest_marker("browser") is not None and find_chromium() is None:
        message = (
            "needs chromium: none at "
            + ", ".join(CHROMIUM_CANDIDATES)
            + " (make chromium, or apt-get install chromium)"
        )
        if env_flag("REQUIRE_BROWSER"):
            pytest.fail(f"{message}, and REQUIRE_BROWSER=1", pytrace=False)
        pytest.skip(message)


# --------------------------------------------------------------------------------------
# Playwright: use Debian's chromium (never a downloaded browser)
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch Debian's chromium headless; pytest's --headed and --slowmo still apply."""
    launch_args = {"headless": True, **browser_type_launch_args, "args": list(CHROMIUM_ARGS)}
    chromium = find_chromium()
    if chromium:
        launch_args["executable_path"] = chromium
    return launch_args


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """The chromium binary in use, for tests that run it directly (e.g. an audit tool)."""
    path = find_chromium()
    assert path is not None  # tests using this fixture are marked browser: see above
    return path


@pytest.fixture(autouse=True)
def empty_cache():
    """Run every test with an empty cache, and empty it after: a database flush sends no
    signals, so what a test cached (alert banners, menus, pages, rate-limit counts) would
    otherwise outlive its rows."""
    cache.clear()
    yield
    cache.clear()


# --------------------------------------------------------------------------------------
# Site-building fixtures live in tests/fixtures.py
# --------------------------------------------------------------------------------------

pytest_plugins = ["tests.fixtures"]
