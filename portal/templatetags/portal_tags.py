from django import template

from portal import sidebar
from portal.navigation import get_navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context, page=None):
    """The main menu and breadcrumbs for the page being shown."""
    return get_navigation(context.get("request"), page)


@register.filter
def tel(number: str) -> str:
    """A phone number as a tel: link target."""
    return "".join(ch for ch in (number or "") if ch.isdigit() or ch == "+")


@register.simple_tag
def sidebar_panels() -> list[str]:
    """The templates of the sidebar's panels, as apps register them."""
    return sidebar.sidebar_panels()


@register.simple_tag
def sidebar_updates() -> sidebar.SidebarUpdates:
    """The heading and list templates of the sidebar's "Latest" box."""
    return sidebar.sidebar_updates()
