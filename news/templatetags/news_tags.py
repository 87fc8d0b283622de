from django import template

from news.models import NewsArticlePage

register = template.Library()


@register.simple_tag
def latest_news(count: int = 2):
    """The newest published articles, for the home page and the sidebar."""
    return list(NewsArticlePage.objects.newest()[:count])
