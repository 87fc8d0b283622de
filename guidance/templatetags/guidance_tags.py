from django import template

from guidance.models import QAPage, ResourcesPage
from portal.navigation import get_navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def help_pages(context):
    """The Q&A page and the resources library, taken from the navigation already fetched."""
    navigation = get_navigation(context.get("request"), context.get("page"))
    return {
        "qa": navigation.section_of_type(QAPage),
        "resources": navigation.section_of_type(ResourcesPage),
    }
