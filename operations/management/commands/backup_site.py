"""manage.py backup_site [FOLDER]: dump the database and the uploaded files."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, make_backup


class Command(BaseCommand):
    help = "Back up the PostgreSQL database (custom-format dump) and MEDIA_ROOT into a folder."

    def add_arguments(self, parser):
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        parser.add_argument("folder", nargs="?", default=f"backups/{stamp}")

    def handle(self, *args, folder: str, **options):
        try:
            manifest = make_backup(Path(folder))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backed up {manifest['database']} and the media files to {folder}")
