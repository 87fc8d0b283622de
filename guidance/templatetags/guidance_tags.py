from django import template

from guidance.models import QAPage, ResourcesPage
from guidance.people import owner_name as full_owner_name
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


@register.filter
def owner_name(user) -> str:
    """A content owner's full name (their user name when none is set)."""
    return full_owner_name(user)
