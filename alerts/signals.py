"""alerts_changed: what every page shows has changed, so cached pages must be purged.

Sent when an alert is saved or deleted, and by ``manage.py check_alert_windows`` when an
alert's window has started or ended since its last run. The receiver here clears the default
cache; the site's page cache purge connects to the same signal.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver

from .models import AlertBanner

# Sent with sender=AlertBanner and reason="saved" | "deleted" | "window".
alerts_changed = Signal()

BANNER_CACHE_KEY = "alerts:not-ended"


def announce(reason: str) -> None:
    """Send alerts_changed once the current transaction (if any) has committed."""

    def send() -> None:
        cache.delete(BANNER_CACHE_KEY)
        alerts_changed.send(sender=AlertBanner, reason=reason)

    transaction.on_commit(send)


@receiver(post_save, sender=AlertBanner, dispatch_uid="alerts.saved")
def alert_saved(sender, instance, **kwargs):
    announce("saved")


@receiver(post_delete, sender=AlertBanner, dispatch_uid="alerts.deleted")
def alert_deleted(sender, instance, **kwargs):
    announce("deleted")


@receiver(alerts_changed, dispatch_uid="alerts.clear_cache")
def clear_cached_pages(sender, **kwargs):
    """Pages cached by the application show the old banners: start again."""
    cache.clear()
