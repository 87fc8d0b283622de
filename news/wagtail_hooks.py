from wagtail import hooks

from portal.sidebar import SIDEBAR_UPDATES_HOOK


@hooks.register(SIDEBAR_UPDATES_HOOK, order=100)
def latest_news_in_sidebar():
    return "News", "news/sidebar_latest.html"
