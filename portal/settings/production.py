"""Production: fails closed without SECRET_KEY and ALLOWED_HOSTS; HTTPS and secure cookies."""

from django.core.exceptions import ImproperlyConfigured

from .base import *
from .base import SECRET_KEY, env_bool, env_int, env_list, env_str

DEBUG = env_bool("DEBUG", False)

if not SECRET_KEY or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("Set SECRET_KEY (at least 32 random characters) for production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated host names) for production.")
CSRF_TRUSTED_ORIGINS = env_list(
    "CSRF_TRUSTED_ORIGINS", [f"https://{host}" for host in ALLOWED_HOSTS]
)

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe the health endpoints over plain http inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Secure cookies need HTTPS; SECURE_COOKIES=0 only for a plain-HTTP stack on one machine.
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

# The web server serves uploaded images (see README); Django only when asked.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# Two-factor authentication is required for Moderators and superusers in production.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", True)

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH") or None
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

# Background tasks (emails, large purges) are stored in PostgreSQL and run by
# `manage.py db_worker`; development and tests run them at once instead.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
if env_bool("TASKS_IMMEDIATE", False):  # one-off commands that should not queue their work
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
