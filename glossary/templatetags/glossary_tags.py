from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from glossary.marking import mark_terms
from glossary.terms import glossary_entries

register = template.Library()


@register.filter
def define_terms(html) -> str:
    """Mark the first use of each glossary term in rendered page content.

    Use once per page around the body: {% filter define_terms %}...{% endfilter %}.
    """
    return mark_safe(mark_terms(str(conditional_escape(html)), glossary_entries()))  # noqa: S308
