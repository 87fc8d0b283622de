"""Site-building fixtures shared by the test suite (pages, snippets, users, bookings).

Loaded as a pytest plugin from tests/conftest.py, so every fixture defined here is available
to all tests without an import.

The demo site is built once per test session in the test database; each ordinary test runs
in a transaction that is rolled back. Transactional tests (live_server, transaction=True)
commit what they do, so after each one every table is put back as the session built it: the
rows saved with PostgreSQL's COPY are copied in again, which takes a fraction of a second
where building the site again takes many seconds. That copy replaces Django's flush (the test
database backend, tests/db, then has nothing to flush). On other databases the flush empties
the tables and the site is built again. Every test therefore starts with the demo site in the
database, in whatever order the tests run (pytest-xdist sends whole files to each worker).
"""

import fcntl
import json
from pathlib import Path

import psycopg
import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections, transaction
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Site

from editorial.groups import EDITORS, MODERATORS
from tests.processes import database_url


def public_page_type_urls() -> dict[str, str]:
    """A path for each public page type in the demo content, named for reports."""
    from guidance.models import GuidancePage
    from news.models import NewsArticlePage
    from procedures.models import ChapterPage
    from training.models import TrainingEventPage

    article = NewsArticlePage.objects.published().exclude(listing_image=None).first()
    return {
        "home": "/",
        "guidance index": "/online-safety/",
        "guidance": GuidancePage.objects.get(slug="social-media-practitioners-volunteers").url,
        "Q&A": "/questions/",
        "resources": "/resources/",
        "standard page": "/safer-browsing/",
        "news index": "/news/",
        "news article": article.url,
        "training index": "/training/",
        "past training": "/training/?when=past",
        "training event": TrainingEventPage.objects.upcoming().first().url,
        "past event": TrainingEventPage.objects.past().first().url,
        "search results": "/search/?q=social+media",
        "no results": "/search/?q=qqzzxxnothing",
        "404": "/no-such-page/",
        "review library": "/learning-from-reviews/",
        "filtered reviews": "/learning-from-reviews/?type=sar&theme=self-neglect&q=capacity",
        "review": "/learning-from-reviews/sar-adult-c/",
        "7-minute briefing": "/learning-from-reviews/briefing-adult-c-self-neglect/",
        "bulletin archive": "/e-bulletin/",
        "bulletin": "/e-bulletin/" + next(iter(_bulletin_slugs())) + "/",
        **procedures_page_type_urls(ChapterPage),
        "report a concern": "/report-a-concern/",
    }


def procedures_page_type_urls(chapter_model) -> dict[str, str]:
    chapter = chapter_model.objects.get(slug="responding-to-concerns-about-a-child")
    earliest = chapter.amendments.last()
    return {
        "procedures manual": "/procedures/",
        "latest amendments": "/procedures/amendments/",
        "procedures chapter": chapter.url,
        "what changed": f"{chapter.url}changes/{earliest.pk}/",
        "levels of need": "/levels-of-need/",
        "make a pack": "/make-a-pack/",
        "glossary": "/glossary/",
    }


def _bulletin_slugs():
    from bulletins.models import BulletinPage

    return BulletinPage.objects.live().values_list("slug", flat=True)


def build_demo_site() -> None:
    call_command("load_demo_content", verbosity=0, stdout=_Null(), stderr=_Null())


class DemoSnapshot:
    """The rows of every table as the session built them, to copy back after a flush.

    Media files (images, documents) stay on disk through a flush, so the rows are all that
    is needed. Sequences are set past the highest copied id, as after a fresh build.
    """

    def __init__(self, tables: dict[str, bytes], sequence_sql: list[str]):
        self.tables = tables
        self.sequence_sql = sequence_sql

    @classmethod
    def take(cls) -> "DemoSnapshot | None":
        if connection.vendor != "postgresql":
            return None
        names = sorted(connection.introspection.django_table_names(only_existing=True))
        tables = {}
        with connection.cursor() as cursor:
            for name in names:
                quoted = connection.ops.quote_name(name)
                with cursor.cursor.copy(f"COPY {quoted} TO STDOUT (FORMAT binary)") as copy:
                    tables[name] = b"".join(bytes(block) for block in copy)
            # Each sequence where the build left it (past rows it made and deleted too), so
            # a restored site hands out the same ids as the one built.
            cursor.execute(
                "SELECT format('SELECT setval(%L, %s, %s)', schemaname || '.' || sequencename,"
                " coalesce(last_value, 1), (last_value IS NOT NULL)::text) FROM pg_sequences"
            )
            sequence_sql = [row[0] for row in cursor.fetchall()]
        return cls(tables, sequence_sql)

    def restore(self, cursor) -> None:
        """Empty every table and copy the saved rows back, in one transaction.

        `cursor` is a psycopg cursor on a database with the test database's schema. Foreign
        keys are checked at commit (Django declares them deferrable), so order is free.
        """
        # After a flush the tables hold only what post_migrate recreated: DELETE empties
        # them much faster than TRUNCATE, which replaces every table's and index's files.
        for statement in connection.skip_row_checks_sql():
            cursor.execute(statement)
        for name in self.tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(name)}")  # noqa: S608
        for name, data in self.tables.items():
            if data:
                statement = f"COPY {connection.ops.quote_name(name)} FROM STDIN (FORMAT binary)"
                with cursor.copy(statement) as copy:
                    copy.write(data)
        for sql in self.sequence_sql:
            cursor.execute(sql)

    def save(self, folder: Path) -> None:
        """Write the copy to `folder`: one file per table, and the sequence statements."""
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in self.tables.items():
            (folder / f"{name}.copy").write_bytes(data)
        (folder / "sequences.json").write_text(json.dumps(self.sequence_sql))

    @classmethod
    def load(cls, folder: Path) -> "DemoSnapshot":
        tables = {path.stem: path.read_bytes() for path in sorted(folder.glob("*.copy"))}
        return cls(tables, json.loads((folder / "sequences.json").read_text()))


_snapshot: DemoSnapshot | None = None


def restore_demo_site() -> None:
    """Put the session's demo site back after a flush (or build it again without a copy)."""
    if _snapshot is None:
        build_demo_site()
        return
    copy_in(_snapshot)


def copy_in(snapshot: DemoSnapshot) -> None:
    """Replace the test database's rows with the snapshot's."""
    from django.contrib.contenttypes.models import ContentType

    with transaction.atomic(), connection.cursor() as cursor:
        snapshot.restore(cursor.cursor)
    # The rows now carry the snapshot's content type ids, not those made before.
    ContentType.objects.clear_cache()


def restore_demo_site_into(cursor) -> bool:
    """Copy the session's demo site into another database of the same schema (a psycopg
    cursor, in a transaction); False when there is no copy to restore."""
    if _snapshot is None:
        return False
    _snapshot.restore(cursor)
    return True


class _Null:
    def write(self, *_args) -> None:
        pass

    def flush(self) -> None:
        pass


def demo_site_shared_through(folder: Path) -> DemoSnapshot | None:
    """Build the demo site, or copy it in from another worker of this run that built it.

    With pytest-xdist each worker has a test database of its own; the first worker to get
    here builds the site and leaves its copy in `folder`, the others restore that copy
    (a fraction of a second, where building takes many seconds).
    """
    if connection.vendor != "postgresql":
        build_demo_site()
        return None
    folder.mkdir(parents=True, exist_ok=True)
    saved = folder / "demo-site"
    with open(folder / "demo-site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (saved / "sequences.json").exists():
            snapshot = DemoSnapshot.load(saved)
            copy_in(snapshot)
            return snapshot
        build_demo_site()
        snapshot = DemoSnapshot.take()
        snapshot.save(saved)
        return snapshot


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory, worker_id):
    global _snapshot
    with django_db_blocker.unblock():
        if worker_id == "master":
            build_demo_site()
            _snapshot = DemoSnapshot.take()
        else:
            # The run's workers share the parent of their own temporary folders.
            _snapshot = demo_site_shared_through(tmp_path_factory.getbasetemp().parent)
    backend = type(connections["default"])
    if _snapshot is not None and hasattr(backend, "tables_copied_back_after_tests"):
        backend.tables_copied_back_after_tests = True
    yield
    if connection.vendor == "postgresql":
        # Before pytest-django drops the test database: a session that outlived its test
        # (a connection left in another thread) would make the drop fail after some seconds
        # and leave the database behind. This process's own connections are closed first.
        name = connection.settings_dict["NAME"]
        connections.close_all()
        with psycopg.connect(database_url("postgres"), autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                [name],
            )


@pytest.fixture
def demo_site(db):
    """The demo site (already in the database for ordinary tests)."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo_site_transactional(transactional_db):
    """The demo site, for live_server and transaction=True tests."""
    return Site.objects.get(is_default_site=True)


def flushes_the_database(item: pytest.Item) -> bool:
    """Whether pytest-django flushes the database when this test ends."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    ):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    """Put every table back as the session built it after a transactional test."""
    result = yield
    # After the last test the session's fixtures are gone, the test database with them.
    if nextitem is not None and flushes_the_database(item):
        with item.config.stash[blocking_manager_key].unblock():
            if getattr(connection, "tables_copied_back_after_tests", False):
                copy_in(_snapshot)  # what the test committed goes, the site comes back
            elif not Site.objects.exists():  # a skipped test may have left it in place
                restore_demo_site()
    return result


@pytest.fixture
def home_page(demo_site):
    return demo_site.root_page.specific


@pytest.fixture
def seed_page(demo_site):
    from guidance.models import GuidancePage

    return GuidancePage.objects.get(slug="social-media-practitioners-volunteers")


@pytest.fixture
def put_in_page_cache(client, settings):
    """Switch the application page cache on, empty; `put_in_page_cache(url)` puts a page in.

    For tests of what purges a page: it checks that the page was a miss and is now a hit.
    """
    settings.CACHING_PAGE_CACHE = True
    cache.clear()

    def put(url: str) -> None:
        assert client.get(url)["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"

    return put


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks of the block at once: the queued tasks and emails.

    Use as `with run_on_commit(): ...`.
    """

    def runner():
        return django_capture_on_commit_callbacks(execute=True)

    return runner


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser(
        username="test-admin", email="admin@example.invalid", password="test-password"
    )


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def users(django_user_model):
    """An editor, a moderator and a superuser (password pass-word-123), by role."""

    def make(name, group=None, **extra):
        user = django_user_model.objects.create_user(
            username=name, email=f"{name}@example.invalid", password="pass-word-123", **extra
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "anonymous": None,
        "editor": make("ed", EDITORS),
        "moderator": make("mod", MODERATORS),
        "superuser": make("root", is_superuser=True, is_staff=True),
    }
