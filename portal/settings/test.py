"""Test settings: fast hashing, in-memory cache and email, the database from DATABASE_URL."""

import tempfile
from pathlib import Path

from .base import *
from .base import env_list, env_str

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["testserver", "localhost", "127.0.0.1"])
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "portal.documents.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(Path(tempfile.gettempdir()) / "portal-test-media")))
SERVE_MEDIA = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The application page cache is tested on its own (tests/caching); other tests see fresh pages.
CACHING_PAGE_CACHE = False
# Never the shared Redis, even when REDIS_URL is set: tests clear the cache.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Django's PostgreSQL backend with a faster flush for transactional tests (tests/db).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "tests.db"
