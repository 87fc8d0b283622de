from django import template
from django.template.loader import render_to_string

from caching.fragments import remember
from partners.models import Partner

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_strip(context):
    """Active partners in display order (one query: logo renditions are kept on the row),
    rendered once and kept until something changes (caching.fragments)."""
    return remember(context.get("request"), ("partner_strip",), render_partner_strip)


def render_partner_strip() -> str:
    return render_to_string("partners/partner_strip.html", {"partners": Partner.objects.active()})
