"""Template tags that guidance and training pages load to show what reviews changed.

Loaded by those apps' templates, so they never import this app (no import circle).
"""

from django import template

from caching.fragments import remember
from reviews.connections import learning_for

register = template.Library()


@register.simple_tag(takes_context=True)
def review_learning(context, page):
    """The reviews that changed this page and the briefings on its themes (one query), kept
    until something changes (caching.fragments)."""
    if getattr(context.get("request"), "is_preview", False):
        return learning_for(page)
    return remember(
        context.get("request"), ("review_learning", page.pk), lambda: learning_for(page)
    )
