"""Settings shared by every environment. Environment-specific modules build on these."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def database_from_env(default_sqlite: Path) -> dict:
    """PostgreSQL (or anything else) from DATABASE_URL; a SQLite file when it is unset."""
    url = env_str("DATABASE_URL")
    if url:
        config = dj_database_url.parse(url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    else:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(default_sqlite)}
    return config


DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "portal",
    "editorial",
    "accounts",
    "search",
    "feedback",
    "guidance",
    "news",
    "training",
    "partners",
    "reviews",
    "subscriptions",
    "bulletins",
    "alerts",
    "procedures",
    "glossary",
    "concerns",
    "demo",
    "operations",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "health_check",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files carry the policies too.
    "accounts.security.SecurityHeadersMiddleware",
    "accounts.security.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.two_factor.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "accounts.security.AdminNoIndexMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes checks every login before the usual model backend.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": database_from_env(BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)  # images only; off by default in production
# Documents only through Wagtail's view: privacy checks, Content-Disposition and its own CSP.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

STORAGES = {
    "default": {"BACKEND": "portal.documents.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous readers get no cookies: sessions only start when someone logs in,
# and the CSRF cookie is only set by pages that render a form.
SESSION_COOKIE_HTTPONLY = True
# Signed-in staff: the session ends when the browser closes, or after ADMIN_IDLE_MINUTES
# without a request (each request moves the end on; anonymous readers still get no session).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 60 * env_int("ADMIN_IDLE_MINUTES", 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Safeguarding Partnership")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public address given to the site record when the demo content is first loaded.
SITE_URL = env_str("SITE_URL", "http://localhost")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_USAGE_COUNT_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# A decompression-bomb guard: 40 megapixels is more than any phone or camera photo.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "webp", "bmp": "png", "webp": "webp"}
# A named text-search configuration (the site is in English) lets PostgreSQL parse a search
# once per query; without one it is parsed again for every matching row (a fifth of a broad
# search's time at 20,000 pages). `update_index` after changing it.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
}
WAGTAILEMBEDS_FINDERS: list = []  # no oEmbed calls out of the site

# Admin login: locked for 15 minutes after 5 failed attempts from one address for one user
# name. Unknown user names are counted the same way, so the answer gives nothing away.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/login_locked_out.html"

# Two-factor authentication (TOTP) in the admin (accounts/two_factor.py). When on, Moderators
# and superusers must use it; Editors may set it up, and then must use it too.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "Safeguarding Partnership admin")

DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "training@partnership.invalid")

# Training bookings a single IP address may submit per minute; 0 turns the limit off.
# The count lives in the default cache: use a shared cache (not locmem) with several workers.
BOOKING_RATE_LIMIT = env_int("BOOKING_RATE_LIMIT", 10)
# "Is this page useful?" answers one client may send per hour (shared cache); 0 turns it off.
FEEDBACK_RATE_LIMIT = env_int("FEEDBACK_RATE_LIMIT", 30)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Months a booking's personal details are kept after its event ends (purge_old_bookings
# uses it as its default, and the privacy notice quotes it).
BOOKING_RETENTION_MONTHS = env_int("BOOKING_RETENTION_MONTHS", 12)
# ---------------------------------------------------------------------------------------
# Many readers, many machines: shared cache, page cache, purging and background tasks
# ---------------------------------------------------------------------------------------
INSTALLED_APPS += ["caching", "django_tasks", "django_tasks_db"]
# Cache-Control for anonymous pages, and whole pages from the cache, in one place.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
    "caching.middleware.PublicPageCacheMiddleware",
)

# Redis when REDIS_URL is set: the page cache, rate limits and every counter are then shared
# by all processes and machines. Without it each process counts alone (development only).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "portal"),
        }
    }

# Whole anonymous pages from the cache above (for deployments without Varnish or a CDN).
CACHING_PAGE_CACHE = env_bool("PAGE_CACHE", True)
CACHING_PAGE_CACHE_ALIAS = "default"
# Lifetimes for anonymous pages: shared caches (Varnish, CDN, the page cache) keep a page
# until it is purged or this many seconds pass; browsers keep it for a minute.
CACHING_PAGE_S_MAXAGE = env_int("PAGE_CACHE_SECONDS", 3600)
CACHING_PAGE_MAX_AGE = env_int("BROWSER_CACHE_SECONDS", 60)
CACHING_MEDIA_MAX_AGE = 365 * 24 * 3600
CACHING_EXCLUDED_PATHS = ("/admin/", "/documents/")
# Addresses per part of the sitemap (/sitemap-pages.xml?p=N, listed by /sitemap.xml).
SITEMAP_PAGE_SIZE = env_int("SITEMAP_PAGE_SIZE", 100)
# Addresses that list pages: purged with any page that is published. A purge takes every
# query string of a path with it, so /sitemap-pages.xml covers all the sitemap's parts.
CACHING_LISTING_PATHS = [
    "/",
    "/sitemap.xml",
    "/sitemap-pages.xml",
    "/search/",
    "/news/feed/",
    "/training/calendar.ics",
]

# The front cache to purge (Varnish), e.g. FRONT_CACHE_URL=http://127.0.0.1:8000
FRONT_CACHE_URL = env_str("FRONT_CACHE_URL")
if FRONT_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "caching.backends.VarnishBackend", "LOCATION": FRONT_CACHE_URL}
    }

# How many proxies in front of the app append to X-Forwarded-For (Varnish counts as one).
# 0: the client address is REMOTE_ADDR and X-Forwarded-For is ignored.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
RATELIMIT_IP_META_KEY = "accounts.client_address.client_address"
AXES_CLIENT_IP_CALLABLE = "accounts.client_address.client_address"
# Content-Security-Policy (django-csp; accounts/security.py). Public pages: nothing inline, no
# nonces (pages are cached and shared), nothing from other sites.
SELF, NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin: its templates use inline scripts and style attributes, its previews
# are framed by the admin itself, and image and QR-code previews use data: and blob: URLs.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
        "frame-ancestors": [SELF],
    }
}
# Powerful browser features the site never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
        "browsing-topics",
    ]
)
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# Who to tell about a vulnerability (/.well-known/security.txt), when site settings name nobody.
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "")
