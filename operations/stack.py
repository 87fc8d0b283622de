"""The production stack on one machine: Varnish in front of N gunicorn app nodes, Redis, a
task worker and the scheduled jobs. Used by `make serve`, `make bench` and the stack tests.

Each part runs as a separate process, configured only through environment variables and
its own port, exactly as it would on its own machine. Nothing here imports Django: the
processes load the production settings themselves.
"""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from .stack_parts import (  # noqa: F401 (part of this module's interface)
    VARNISHD,
    StackError,
    can_install,
    ensure_varnish,
    free_port,
    hide_password,
    port_open,
    redis_answers,
    wait_for_port,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VCL_DIR = BASE_DIR / "deploy" / "varnish"
OFFLINE_PAGE = BASE_DIR / "templates" / "503.html"
# Scheduled jobs: (management command, seconds between runs). deploy/cron has the same.
JOBS = [("publish_scheduled", 60), ("purge_old_bookings", 24 * 3600)]
OPTIONAL_JOBS = [("send_review_reminders", 24 * 3600)]


@dataclass
class Stack:
    """Start with start(), stop with stop(); `env` is what every Django process gets."""

    database_url: str
    port: int = 8000
    app_nodes: int = 2
    redis_url: str = "redis://127.0.0.1:6379/0"
    workers_per_node: int = 2
    worker: bool = True
    scheduler: bool = True
    extra_env: dict[str, str] = field(default_factory=dict)
    log: object = print
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="portal-stack-")))
    # Varnish's files, in a folder of their own that its unprivileged user can read.
    varnish_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="portal-vcl-")))
    node_ports: list[int] = field(default_factory=list)
    processes: list[tuple[str, subprocess.Popen]] = field(default_factory=list)
    _stopping: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def node_url(self, number: int) -> str:
        return f"http://127.0.0.1:{self.node_ports[number]}"

    @property
    def env(self) -> dict[str, str]:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "SECRET_KEY": os.environ.get("SECRET_KEY") or self._secret(),
            "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost"),
            "SECURE_SSL_REDIRECT": os.environ.get("SECURE_SSL_REDIRECT", "0"),
            "SECURE_COOKIES": os.environ.get("SECURE_COOKIES", "0"),
            "SECURE_HSTS_SECONDS": os.environ.get("SECURE_HSTS_SECONDS", "0"),
            "ADMIN_2FA_REQUIRED": os.environ.get("ADMIN_2FA_REQUIRED", "0"),
            "FRONT_CACHE_URL": self.url,
            "TRUSTED_PROXY_COUNT": os.environ.get("TRUSTED_PROXY_COUNT", "1"),
            "SITE_URL": os.environ.get("SITE_URL", f"http://localhost:{self.port}"),
            "WAGTAILADMIN_BASE_URL": os.environ.get("WAGTAILADMIN_BASE_URL", self.url),
            "STATIC_ROOT": os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles")),
            # One machine: the nodes serve uploaded images (never documents); see the README.
            "SERVE_MEDIA": os.environ.get("SERVE_MEDIA", "1"),
            "EMAIL_BACKEND": os.environ.get(
                "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
            ),
        }
        env.update(self.extra_env)
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        return env

    def _secret(self) -> str:
        path = self.workdir / "secret-key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(48))
        return path.read_text()

    # --- steps --------------------------------------------------------------------

    def manage(
        self, *args: str, check: bool = True, quiet: bool = False, **env: str
    ) -> subprocess.CompletedProcess:
        return subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, str(BASE_DIR / "manage.py"), *args],
            env={**self.env, **env},
            cwd=BASE_DIR,
            check=check,
            capture_output=quiet,
        )

    def prepare(self, *, demo: bool = True) -> None:
        """Migrate, collect static files, and load the demo content into an empty database."""
        # Nothing is cached yet, so there is no front cache to purge while loading; index
        # updates run at once rather than as hundreds of tasks for the worker.
        quiet = {"FRONT_CACHE_URL": "", "LOG_LEVEL": "WARNING", "TASKS_IMMEDIATE": "1"}
        self.manage("migrate", "--noinput", "-v0", **quiet)
        self.manage("collectstatic", "--noinput", "-v0", **quiet)
        if demo:
            empty = self.manage("shell", "-c", EMPTY_CHECK, check=False, quiet=True, **quiet)
            empty = empty.returncode == 0
            if empty:
                self.log("Empty database: loading the demo content")
                self.manage("load_demo_content", **quiet)

    def ensure_redis(self) -> None:
        if redis_answers(self.redis_url):
            return
        parts = urllib.parse.urlsplit(self.redis_url)
        server = shutil.which("redis-server")
        if parts.hostname not in ("127.0.0.1", "localhost") or not server:
            raise StackError(f"Redis does not answer at {self.redis_url}")
        port = str(parts.port or 6379)
        self.log(f"Starting redis-server on port {port}")
        self._spawn("redis", [server, "--port", port, "--save", "", "--appendonly", "no"])
        wait_for_port(int(port))

    def start_nodes(self) -> None:
        if not self.node_ports:
            self.node_ports = [free_port() for _ in range(self.app_nodes)]
        for number, port in enumerate(self.node_ports, start=1):
            self._spawn(
                f"app{number}",
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "portal.wsgi",
                    "--workers",
                    str(self.workers_per_node),
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--backlog",
                    "2048",
                    "--log-level",
                    "warning",
                ],
            )
        for number, port in enumerate(self.node_ports, start=1):
            self._wait_for(f"app{number}", port)

    def write_vcl(self) -> Path:
        host = self.env["ALLOWED_HOSTS"].split(",")[0]
        backends = "\n".join(
            f'backend app{n} {{ .host = "127.0.0.1"; .port = "{port}"; .probe = portal_health; }}'
            for n, port in enumerate(self.node_ports, start=1)
        )
        adds = "\n".join(f"    app.add_backend(app{n});" for n in range(1, self.app_nodes + 1))
        local = (VCL_DIR / "portal-local.vcl.in").read_text()
        for name, value in (("HOST", host), ("BACKENDS", backends), ("ADDS", adds)):
            local = local.replace(f"@{name}@", value)
        vcl_dir = self.varnish_dir / "vcl"
        vcl_dir.mkdir(exist_ok=True)
        # A copy beside the VCL: varnishd reads it as the vcache user, who may not be able
        # to enter the checkout (a clone in a private folder, say).
        offline = shutil.copy(OFFLINE_PAGE, vcl_dir / OFFLINE_PAGE.name)
        local = local.replace("@OFFLINE@", str(Path(offline).resolve()))
        (vcl_dir / "portal-local.vcl").write_text(local)
        shutil.copy(VCL_DIR / "portal.vcl", vcl_dir / "portal.vcl")
        return vcl_dir

    def start_varnish(self) -> None:
        ensure_varnish(self.log)
        vcl_dir = self.write_vcl()
        # varnishd drops to the vcache user: everything it reads must be readable by it.
        for path in (self.varnish_dir, vcl_dir, *vcl_dir.iterdir()):
            path.chmod(0o755)
        self._spawn(
            "varnish",
            [
                VARNISHD,
                "-F",
                "-a",
                f"127.0.0.1:{self.port}",
                "-f",
                str(vcl_dir / "portal.vcl"),
                "-p",
                f"vcl_path={vcl_dir}",
                "-n",
                str(self.varnish_dir / "work"),
                "-s",
                "malloc,256m",
            ],
        )
        self._wait_for("varnish", self.port)
        self.wait_until_healthy()

    def wait_until_healthy(self, timeout: float = 90.0) -> None:
        """Until Varnish's health probe sees every app node answer (first requests are slow)."""
        deadline = time.monotonic() + timeout
        while self.varnish_status().count("healthy") < len(self.node_ports):
            if time.monotonic() > deadline:
                raise StackError("the app nodes did not become healthy:\n" + self.varnish_status())
            time.sleep(0.5)

    def _wait_for(self, name: str, port: int, timeout: float = 60.0) -> None:
        process = next(p for part, p in self.processes if part == name)
        deadline = time.monotonic() + timeout
        while not port_open(port):
            if process.poll() is not None:
                raise StackError(f"{name} exited with status {process.returncode}")
            if time.monotonic() > deadline:
                raise StackError(f"{name} did not answer on port {port} within {timeout:.0f}s")
            time.sleep(0.1)

    def start_worker(self) -> None:
        self._spawn(
            "worker",
            [
                sys.executable,
                str(BASE_DIR / "manage.py"),
                "db_worker",
                "--queue-name",
                "*",
                "--interval",
                "0.5",
                "--no-startup-delay",
                "--no-reload",
            ],
        )

    def start_scheduler(self) -> None:
        available = (
            self.manage("help", "send_review_reminders", check=False, quiet=True).returncode == 0
        )
        jobs = JOBS + (OPTIONAL_JOBS if available else [])
        thread = threading.Thread(target=self._run_jobs, args=(jobs,), daemon=True)
        thread.start()

    def _run_jobs(self, jobs: list[tuple[str, int]]) -> None:
        due = dict.fromkeys((name for name, _ in jobs), 0.0)
        while not self._stopping.is_set():
            for name, every in jobs:
                if time.monotonic() >= due[name] and not self._stopping.is_set():
                    self.manage(name, check=False)
                    due[name] = time.monotonic() + every
            self._stopping.wait(5)

    def start_plain_node(self, **env: str) -> str:
        """One more app node outside Varnish (for measuring), with extra settings."""
        port = free_port()
        command = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--workers"]
        command += [str(self.workers_per_node), "--bind", f"127.0.0.1:{port}"]
        self._spawn("plain", [*command, "--backlog", "2048", "--log-level", "warning"], env)
        self._wait_for("plain", port)
        return f"http://127.0.0.1:{port}"

    def _spawn(self, name: str, command: list[str], env: dict | None = None) -> subprocess.Popen:
        process = subprocess.Popen(command, env={**self.env, **(env or {})}, cwd=BASE_DIR)  # noqa: S603
        self.processes.append((name, process))
        return process

    # --- whole stack ----------------------------------------------------------------

    def start(self, *, prepare: bool = True, demo: bool = True) -> "Stack":
        try:
            self.ensure_redis()
            if prepare:
                self.prepare(demo=demo)
            self.start_nodes()
            self.start_varnish()
            if self.worker:
                self.start_worker()
            if self.scheduler:
                self.start_scheduler()
        except BaseException:
            self.stop()
            raise
        return self

    def describe(self) -> str:
        lines = [f"Varnish (readers come here)   {self.url}/"]
        lines += [
            f"App node {n} (gunicorn)         {self.node_url(n - 1)}/"
            for n in range(1, len(self.node_ports) + 1)
        ]
        lines += [
            f"Redis                         {self.redis_url}",
            f"Database                      {hide_password(self.database_url)}",
            "Task worker                   manage.py db_worker" if self.worker else "",
            "Scheduled jobs                " + ", ".join(n for n, _ in JOBS)
            if self.scheduler
            else "",
            f"Admin                         {self.url}/admin/",
        ]
        return "\n".join(line for line in lines if line)

    def stop(self) -> None:
        self._stopping.set()
        for _name, process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for _name, process in reversed(self.processes):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()
        shutil.rmtree(self.varnish_dir, ignore_errors=True)
        shutil.rmtree(self.workdir, ignore_errors=True)

    def varnish_status(self) -> str:
        """Varnish's view of the app nodes (healthy or sick), for diagnostics."""
        result = subprocess.run(  # noqa: S603
            ["/usr/bin/varnishadm", "-n", str(self.varnish_dir / "work"), "backend.list"],
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout + result.stderr

    def stop_part(self, name: str) -> None:
        for part, process in self.processes:
            if part == name and process.poll() is None:
                process.terminate()
                process.wait(timeout=15)


EMPTY_CHECK = (
    "import sys; from wagtail.models import Page; "
    "sys.exit(1 if Page.objects.filter(depth__gt=1).exclude("
    "content_type__app_label='wagtailcore', content_type__model='page').exists() else 0)"
)
