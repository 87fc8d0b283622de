from django import template

from partners.models import Partner

register = template.Library()


@register.inclusion_tag("partners/partner_strip.html")
def partner_strip():
    """Active partners in display order (one query: logo renditions are kept on the row)."""
    return {"partners": Partner.objects.active()}
