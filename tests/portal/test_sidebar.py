"""The sidebar is made of panels the apps register: portal itself names none of them."""

import re

import pytest
from django.template import Template
from django.utils.html import escape
from wagtail import hooks

from portal.sidebar import (
    SIDEBAR_PANELS_HOOK,
    SIDEBAR_UPDATES_HOOK,
    UPDATES_TEMPLATE,
    sidebar_panels,
    sidebar_updates,
)
from tests.factories import GuidancePageFactory, QAPageFactory

pytestmark = pytest.mark.django_db


def test_the_apps_panels_come_in_their_order_with_the_latest_box_last():
    assert sidebar_panels() == [
        "concerns/sidebar_call_now.html",
        "guidance/sidebar_help.html",
        UPDATES_TEMPLATE,
    ]
    updates = sidebar_updates()
    assert updates.heading == "Latest News and Training & Events"
    assert updates.templates == [
        "news/sidebar_latest.html",
        "training/includes/sidebar_upcoming.html",
    ]


def test_the_latest_box_heading_names_every_list(client):
    page = GuidancePageFactory()

    def more():
        return "Bulletins", "components/date_badge.html"

    with hooks.register_temporarily(SIDEBAR_UPDATES_HOOK, more, order=300):
        assert sidebar_updates().heading == "Latest News, Training & Events and Bulletins"
    html = client.get(page.url).content.decode()
    assert "<h2>Latest News and Training &amp; Events</h2>" in html


def test_a_panel_an_app_registers_is_in_the_sidebar(client):
    QAPageFactory()  # the help panel links to it
    page = GuidancePageFactory()
    panel = Template('<section class="sidebar__box" id="from-the-hook">{{ page.title }}</section>')
    with hooks.register_temporarily(SIDEBAR_PANELS_HOOK, lambda: panel, order=150):
        html = client.get(page.url).content.decode()
    sidebar = re.search(r'<aside class="sidebar".*?</aside>', html, re.DOTALL).group(0)
    assert (
        f'<section class="sidebar__box" id="from-the-hook">{escape(page.title)}</section>'
        in sidebar
    )
    # order=150: after the call-now panel (100), before the help panel (200).
    assert sidebar.index('class="call-now') < sidebar.index("from-the-hook")
    assert sidebar.index("from-the-hook") < sidebar.index("Got a question?")
