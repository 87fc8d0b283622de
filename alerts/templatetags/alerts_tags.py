from django import template

from ..banner import active_banners

register = template.Library()


@register.inclusion_tag("alerts/banners.html")
def alert_banners():
    return {"banners": active_banners()}
