"""`make serve`: the production stack on this machine (see operations/stack.py).

Varnish on PORT (default 8000) in front of APP_NODES (default 2) gunicorn app nodes, Redis,
a task worker and the scheduled jobs; DATABASE_URL (PostgreSQL) is required. Ctrl-C or
SIGTERM stops everything.
"""

import os
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from operations.stack import Stack


def main(argv: list[str] | None = None) -> int:
    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        print("Set DATABASE_URL to a PostgreSQL database, e.g. postgres://user@host/db")
        return 2
    stack = Stack(
        database_url=database_url,
        port=int(os.environ.get("PORT") or 8000),
        app_nodes=int(os.environ.get("APP_NODES") or 2),
        redis_url=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0",
        workdir=Path(tempfile.mkdtemp(prefix="portal-serve-")),
    )
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    stack.start()
    print("\nThe production stack is running:\n" + stack.describe() + "\n\nCtrl-C stops it.")
    try:
        while not stopped.is_set():
            for name, process in stack.processes:
                if process.poll() is not None:
                    print(f"{name} stopped unexpectedly (exit {process.returncode}); stopping.")
                    stopped.set()
            stopped.wait(1)
    finally:
        print("Stopping...")
        stack.stop()
        shutil.rmtree(stack.workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
