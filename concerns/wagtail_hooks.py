from wagtail import hooks

from portal.sidebar import SIDEBAR_PANELS_HOOK


@hooks.register(SIDEBAR_PANELS_HOOK, order=100)
def call_now_panel():
    """Who to call about a concern, and whether the line is open now: first in the sidebar."""
    return "concerns/sidebar_call_now.html"
