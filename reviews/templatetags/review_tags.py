"""Template tags that guidance and training pages load to show what reviews changed.

Loaded by those apps' templates, so they never import this app (no import circle).
"""

from django import template

from reviews.connections import briefings_sharing_themes, reviews_that_changed

register = template.Library()


@register.inclusion_tag("reviews/includes/updated_following.html", takes_context=True)
def updated_following(context, page):
    """ "Updated following SAR Adult C (2025)", for each review that changed this page."""
    return {"request": context.get("request"), "reviews": reviews_that_changed(page)}


@register.inclusion_tag("reviews/includes/learning_from_reviews.html", takes_context=True)
def learning_from_reviews(context, page):
    """The newest 7-minute briefings on the same themes as this page."""
    return {"request": context.get("request"), "briefings": briefings_sharing_themes(page)}
