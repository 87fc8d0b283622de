"""With PostgreSQL down, Varnish still serves cached pages, and a static 503 page (quick exit
and emergency numbers) for anything it has not cached. The database is a private cluster
this test starts and stops itself, never the shared server."""

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from operations.stack import free_port
from tests.caching.conftest import fetch, running_stack

# django_db: the session sets up the test database the stack copies, even when only these
# tests run.
pytestmark = [pytest.mark.stack, pytest.mark.postgres, pytest.mark.django_db]

PG_BIN = Path("/usr/lib/postgresql/15/bin")
SEED = "/online-safety/social-media-practitioners-volunteers/"


def as_postgres_user(command: list[str]) -> list[str]:
    """initdb refuses to run as root: run the cluster as the postgres user when we are root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PrivateCluster:
    def __init__(self):
        self.port = free_port()
        self.datadir = Path(tempfile.mkdtemp(prefix="portal-outage-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.datadir, "postgres", "postgres")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/portal"

    def run(self, *command: str) -> None:
        subprocess.run(as_postgres_user(list(command)), check=True, capture_output=True)  # noqa: S603

    def start(self) -> None:
        self.run(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.datadir / "data"),
            "-o",
            f"-p {self.port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off",
            "-l",
            str(self.datadir / "log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.datadir / "data"), "-m", "fast", "stop")

    def create_from(self, source_url: str) -> None:
        self.run(str(PG_BIN / "initdb"), "-D", str(self.datadir / "data"), "-U", "postgres",
                 "--auth=trust", "--no-sync")  # fmt: skip
        self.start()
        subprocess.run(  # noqa: S603
            [str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
            + ["portal"],
            check=True,
        )
        dump = subprocess.Popen(  # noqa: S603
            [str(PG_BIN / "pg_dump"), "--no-owner", source_url], stdout=subprocess.PIPE
        )
        subprocess.run(  # noqa: S603
            [str(PG_BIN / "psql"), "-q", "-X", "-v", "ON_ERROR_STOP=1", self.url],
            stdin=dump.stdout,
            check=True,
            capture_output=True,
        )
        assert dump.wait() == 0

    def remove(self) -> None:
        if (self.datadir / "data" / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.datadir, ignore_errors=True)


@pytest.fixture
def private_cluster(stack_database):
    if not (PG_BIN / "initdb").exists():
        pytest.fail("the outage test needs PostgreSQL 15's server binaries", pytrace=False)
    cluster = PrivateCluster()
    try:
        cluster.create_from(stack_database)
        yield cluster
    finally:
        cluster.remove()


def test_with_the_database_down_cached_pages_answer_and_others_get_the_static_503(
    private_cluster,
):
    assert private_cluster.port != 5432
    with running_stack(
        private_cluster.url,
        "outagetest",
        app_nodes=1,
        worker=False,
        extra_env={"LOG_LEVEL": "CRITICAL"},
    ) as one_node:
        before = {}
        for path in ("/", SEED):
            before[path] = fetch(one_node.url, path).text
            assert fetch(one_node.url, path).headers["X-Cache"] == "hit"

        private_cluster.stop()

        uncached = f"/search/?q=outage{secrets.token_hex(4)}"
        deadline = time.monotonic() + 30
        while (answer := fetch(one_node.url, uncached)).status != 503:
            assert time.monotonic() < deadline, f"still {answer.status} without the database"
            time.sleep(0.2)
        assert "This site is not available just now" in answer.text
        assert 'href="tel:999"' in answer.text
        assert "data-quick-exit" in answer.text
        assert "{%" not in answer.text and "{{" not in answer.text

        for path, text in before.items():
            cached = fetch(one_node.url, path)
            assert cached.status == 200, path
            assert cached.text == text, path
            assert "data-quick-exit" in cached.text
