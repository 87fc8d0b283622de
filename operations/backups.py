"""Backups: a PostgreSQL custom-format dump plus the uploaded files, and their restore.

A backup is a folder holding ``database.dump`` (``pg_dump --format=custom``, without owners
or privileges, so it restores as any user), ``media.tar.gz`` (everything in MEDIA_ROOT) and
``manifest.json`` (what was backed up, with SHA-256 checksums). ``restore_backup`` loads one
into an empty database (made with ``createdb``; no ``migrate`` needed) and an empty media
folder, on this machine or another.
"""

import datetime
import hashlib
import json
import os
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections

DUMP_NAME = "database.dump"
MEDIA_NAME = "media.tar.gz"
MANIFEST_NAME = "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot go ahead, with the reason for the operator."""


@dataclass(frozen=True)
class PostgresTarget:
    """How to reach the database for pg_dump and pg_restore (password through the env)."""

    name: str
    user: str
    password: str
    host: str
    port: str

    @classmethod
    def from_settings(cls, alias: str = "default") -> "PostgresTarget":
        connection = connections[alias]
        if connection.vendor != "postgresql":
            raise BackupError(f"Backups need PostgreSQL; the database is {connection.vendor}.")
        db = connection.settings_dict
        return cls(
            name=db["NAME"],
            user=db.get("USER") or "",
            password=db.get("PASSWORD") or "",
            host=db.get("HOST") or "",
            port=str(db.get("PORT") or ""),
        )

    def arguments(self) -> list[str]:
        args = ["--dbname", self.name]
        for flag, value in (
            ("--host", self.host),
            ("--port", self.port),
            ("--username", self.user),
        ):
            if value:
                args += [flag, value]
        return args + ["--no-password"]

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.password:
            env["PGPASSWORD"] = self.password
        return env


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def run(command: list[str], target: PostgresTarget) -> None:
    result = subprocess.run(  # noqa: S603 - fixed PostgreSQL client tools, no shell
        command, env=target.environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")


def make_backup(folder: Path, *, alias: str = "default") -> dict:
    """Write a backup into `folder` (created; must not hold a backup already)."""
    target = PostgresTarget.from_settings(alias)
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / MANIFEST_NAME).exists():
        raise BackupError(f"{folder} already holds a backup.")
    dump = folder / DUMP_NAME
    run(
        ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(dump)]
        + target.arguments(),
        target,
    )
    media_root = Path(settings.MEDIA_ROOT)
    media = folder / MEDIA_NAME
    with tarfile.open(media, "w:gz") as archive:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                archive.add(path, arcname=str(path.relative_to(media_root)), recursive=False)
    manifest = {
        "made": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "database": target.name,
        "files": {name: sha256(folder / name) for name in (DUMP_NAME, MEDIA_NAME)},
    }
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def check_backup(folder: Path) -> dict:
    """The manifest, once every file in it is present and matches its checksum."""
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{folder} is not a backup: {error}") from error
    for name, expected in manifest["files"].items():
        path = folder / name
        if not path.is_file() or sha256(path) != expected:
            raise BackupError(f"{path} is missing or damaged (checksum differs).")
    return manifest


def restore_backup(folder: Path, *, alias: str = "default", force: bool = False) -> dict:
    """Load a backup into the (empty) database and media folder of these settings."""
    manifest = check_backup(folder)
    target = PostgresTarget.from_settings(alias)
    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )
        (tables,) = cursor.fetchone()
    connections[alias].close()
    if tables and not force:
        raise BackupError(f"Database {target.name} is not empty; use --force to replace it.")
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.is_dir() and any(media_root.iterdir()) and not force:
        raise BackupError(f"{media_root} is not empty; use --force to add the files to it.")
    command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
    if force:
        command += ["--clean", "--if-exists"]
    run(command + target.arguments() + [str(folder / DUMP_NAME)], target)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / MEDIA_NAME, "r:gz") as archive:
        archive.extractall(media_root, filter="data")  # refuses absolute paths and ../
    return manifest
