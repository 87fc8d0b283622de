from django.apps import AppConfig


class CachingConfig(AppConfig):
    """Page caching for anonymous readers: response headers, the page cache and purges."""

    name = "caching"
    verbose_name = "Page cache"

    def ready(self) -> None:
        from . import signals

        signals.connect()
