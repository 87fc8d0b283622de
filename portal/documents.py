"""Uploaded documents are stored under names nobody can guess.

Documents are only ever served through Wagtail's document view, which checks collection
privacy and sends them with a ``Content-Disposition``. The media route serves images only
(portal/urls.py), and a random folder in each stored document's path means that a
misconfigured web server still cannot be walked for ``documents/annual-report.pdf``. The
reader-facing address (``/documents/<id>/<file name>``) keeps the original file name.

``MediaStorage`` is the default file storage (``STORAGES["default"]``), so every way a
document is saved (admin upload, the demo loader, a script) gets the random folder.
"""

import posixpath
import secrets

from django.core.files.storage import FileSystemStorage

DOCUMENTS_FOLDER = "documents"
TOKEN_BYTES = 16  # 22 URL-safe characters, 128 bits


def unguessable_name(name: str) -> str:
    """``documents/report.pdf`` becomes ``documents/<random folder>/report.pdf``."""
    folder, base = posixpath.split(name)
    return posixpath.join(folder, secrets.token_urlsafe(TOKEN_BYTES), base)


class MediaStorage(FileSystemStorage):
    """The file system, with a random folder for each document stored."""

    def generate_filename(self, filename: str) -> str:
        filename = super().generate_filename(filename)
        if posixpath.dirname(filename) == DOCUMENTS_FOLDER:
            filename = unguessable_name(filename)
        return filename
