"""Small process and network helpers for the production stack (operations/stack.py): free ports,
waiting for a port, installing Varnish where allowed, and checking Redis."""

import os
import shutil
import socket
import subprocess
import time
import urllib.parse

VARNISHD = "/usr/sbin/varnishd"


class StackError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def wait_for_port(port: int, timeout: float = 60.0, host: str = "127.0.0.1") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if port_open(port, host):
            return
        time.sleep(0.1)
    raise StackError(f"nothing answered on {host}:{port} within {timeout:.0f}s")


def can_install() -> list[str] | None:
    """The prefix to run apt-get as root (empty when root), or None when we cannot."""
    if os.geteuid() == 0:
        return []
    sudo = shutil.which("sudo")
    if sudo and subprocess.run([sudo, "-n", "true"], capture_output=True).returncode == 0:  # noqa: S603
        return [sudo, "-n"]
    return None


def ensure_varnish(log=print) -> None:
    if os.access(VARNISHD, os.X_OK):
        return
    prefix = can_install()
    if prefix is None or not shutil.which("apt-get"):
        raise StackError("varnishd is missing: install Debian's varnish (apt-get install varnish)")
    log("Installing varnish with apt-get...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "install", "-y", "varnish"], env=env, check=True)  # noqa: S603


def redis_answers(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), 1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def hide_password(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return url
