"""A backup restores into a fresh database and media folder, and the site is the same."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from operations.backups import BackupError, check_backup
from tests.fixtures import public_page_type_urls
from tests.processes import database_url, run_manage

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

# Run in a separate process against a given database and media folder: every page's
# status and body, row counts of the main tables, and every uploaded file's checksum. The
# command of BEFORE runs first and that of AFTER last, as `manage.py <command> FOLDER`
# would, so one process both takes the snapshot and backs up or restores.
SNAPSHOT = """
import hashlib, json, os, re
from django.core.management import call_command
if os.environ.get("BEFORE"):
    call_command(os.environ["BEFORE"], os.environ["FOLDER"])
from pathlib import Path
from django.apps import apps
from django.conf import settings
from django.test import Client
urls = json.loads(os.environ["SNAPSHOT_URLS"])
client = Client()
pages = {}
for url in urls:
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    body = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", body)  # random per request
    pages[url] = [response.status_code, hashlib.sha256(body).hexdigest()]
counts = {m._meta.label: m._default_manager.count() for m in apps.get_models()
          if m._meta.app_label in {"portal", "guidance", "news", "training", "partners",
                                   "wagtailcore", "wagtailimages", "wagtaildocs", "auth"}}
root = Path(settings.MEDIA_ROOT)
files = {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
         for p in root.rglob("*") if p.is_file()}
print("SNAPSHOT", json.dumps({"pages": pages, "counts": counts, "files": files}))
if os.environ.get("AFTER"):
    call_command(os.environ["AFTER"], os.environ["FOLDER"])
"""


def manage(*args: str, database: str, media: Path, **extra: str) -> subprocess.CompletedProcess:
    env = {
        **extra,
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url(database),
        "MEDIA_ROOT": str(media),
    }
    result = run_manage(*args, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def snapshot(urls: list[str], *, database: str, media: Path, **command: str) -> dict:
    """The snapshot; `BEFORE` or `AFTER` (a command's name) with `FOLDER` run one more."""
    output = manage(
        "shell",
        "-c",
        SNAPSHOT,
        database=database,
        media=media,
        SNAPSHOT_URLS=json.dumps(urls),
        **command,
    )
    lines = [line for line in output.stdout.splitlines() if line.startswith("SNAPSHOT ")]
    return json.loads(lines[-1].removeprefix("SNAPSHOT "))


@pytest.fixture
def fresh_database():
    db = settings.DATABASES["default"]
    name = f"{db['NAME']}_restored_{os.getpid()}"
    admin = dict(host=db.get("HOST") or "127.0.0.1", port=db.get("PORT") or 5432)
    admin.update(user=db.get("USER") or "postgres", dbname="postgres", autocommit=True)
    with psycopg.connect(**admin) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(**admin) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def private_media(folder: Path) -> Path:
    """A copy of the uploads the database refers to (the shared test folder holds more)."""
    shared = Path(settings.MEDIA_ROOT)
    names = [image.file.name for image in get_image_model().objects.all()]
    names += [document.file.name for document in get_document_model().objects.all()]
    names += [r.file.name for r in get_image_model().get_rendition_model().objects.all()]
    for name in names:
        if (shared / name).is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(shared / name, folder / name)
    return folder


def test_a_backup_restores_the_same_site_elsewhere(demo_site, fresh_database, tmp_path):
    image = get_image_model().objects.first()
    document = get_document_model().objects.first()
    urls = [*public_page_type_urls().values(), image.file.url, document.url, "/sitemap.xml"]
    original_db = settings.DATABASES["default"]["NAME"]
    original_media = private_media(tmp_path / "media")
    folder = tmp_path / "backup"
    # The snapshot, then the backup, in one process; then the restore and its snapshot.
    before = snapshot(
        urls, database=original_db, media=original_media, AFTER="backup_site", FOLDER=str(folder)
    )
    manifest = check_backup(folder)
    assert set(manifest["files"]) == {"database.dump", "media.tar.gz"}
    assert (folder / "database.dump").read_bytes().startswith(b"PGDMP")  # custom format

    restored_media = tmp_path / "restored-media"
    after = snapshot(
        urls,
        database=fresh_database,
        media=restored_media,
        BEFORE="restore_site",
        FOLDER=str(folder),
    )

    assert after["counts"] == before["counts"]
    assert after["files"] == before["files"]
    assert after["pages"] == before["pages"]
    assert after["pages"]["/"][0] == 200 and after["pages"]["/sitemap.xml"][0] == 200


def test_restore_refuses_a_database_in_use_and_a_damaged_backup(demo_site, tmp_path, settings):
    # A media folder of its own: the shared test folder gathers every run's uploads.
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "documents").mkdir(parents=True)
    (settings.MEDIA_ROOT / "documents" / "minutes.txt").write_text("minutes")
    folder = tmp_path / "backup"
    call_command("backup_site", str(folder), stdout=open(os.devnull, "w"))  # noqa: SIM115
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore_site", str(folder))
    with (folder / "media.tar.gz").open("ab") as archive:
        archive.write(b"tampered")
    with pytest.raises(BackupError, match="damaged"):
        check_backup(folder)
