from django import template

from caching.fragments import remember
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


@register.tag
def kept(parser, token):
    """``{% kept "name" value ... %}...{% endkept %}``: the enclosed HTML is rendered once for
    each set of values and kept until the content changes (caching.fragments). Only for HTML
    that is the same for every reader; previews always render it afresh."""
    parts = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, parts)


class KeptNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context) -> str:
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = getattr(request, "_wagtail_site", None)
        key = ("kept", getattr(site, "pk", None), *(part.resolve(context) for part in self.parts))
        return remember(request, key, lambda: self.nodelist.render(context))
