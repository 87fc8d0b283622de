from django import template
from django.utils import timezone

from caching.fragments import remember
from news.models import NewsArticlePage

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, count: int = 2):
    """The newest published articles, for the home page and the sidebar (kept for the day,
    until something changes: caching.fragments)."""
    key = ("latest_news", count, timezone.localdate())
    return remember(
        context.get("request"), key, lambda: list(NewsArticlePage.objects.newest()[:count])
    )
