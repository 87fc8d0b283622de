"""Template tags that guidance and training pages load to show what reviews changed.

Loaded by those apps' templates, so they never import this app (no import circle).
"""

from django import template

from reviews.connections import learning_for

register = template.Library()


@register.simple_tag
def review_learning(page):
    """The reviews that changed this page and the briefings on its themes (one query)."""
    return learning_for(page)
