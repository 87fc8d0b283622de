"""manage.py restore_site FOLDER: load a backup into an empty database and media folder."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site into the database of DATABASE_URL (empty: "
        "create it with createdb) and MEDIA_ROOT."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that is not empty, and add to a media folder in use",
        )

    def handle(self, *args, folder: str, force: bool, **options):
        try:
            manifest = restore_backup(Path(folder), force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the backup made {manifest['made']} from {folder}")
