"""The banners to show now, from one cached query shared by every page."""

from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.utils import timezone

from .models import AlertBanner
from .signals import BANNER_CACHE_KEY

# Kept until an alert is saved or deleted (alerts_changed clears it). The data holds every
# alert not yet ended with its window, so the time filter below needs no refresh when a
# window starts or ends. With several processes, use a shared cache (Redis) so a change
# reaches them all.
CACHE_SECONDS = None


@dataclass(frozen=True)
class Banner:
    message: str
    level: str
    link_url: str
    link_text: str
    starts_at: datetime
    ends_at: datetime

    @property
    def is_urgent(self) -> bool:
        return self.level == AlertBanner.Level.URGENT


def _load() -> list[Banner]:
    banners = []
    for alert in AlertBanner.objects.not_ended().select_related("link_page"):
        link = alert.link_page.url if alert.link_page_id and alert.link_page.live else ""
        banners.append(
            Banner(
                message=alert.message,
                level=alert.level,
                link_url=link or alert.link_url,
                link_text=alert.link_text or "Find out more",
                starts_at=alert.starts_at,
                ends_at=alert.ends_at,
            )
        )
    return banners


def active_banners(now: datetime | None = None) -> list[Banner]:
    """Alerts showing at `now`: urgent first. At most one query, and none when cached."""
    banners = cache.get(BANNER_CACHE_KEY)
    if banners is None:
        banners = _load()
        cache.set(BANNER_CACHE_KEY, banners, CACHE_SECONDS)
    now = now or timezone.now()
    showing = [b for b in banners if b.starts_at <= now < b.ends_at]
    return sorted(showing, key=lambda b: (not b.is_urgent, b.starts_at))
