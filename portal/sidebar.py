"""The sidebar of content pages, made of panels that apps add with Wagtail's hook registry::

    @hooks.register(SIDEBAR_PANELS_HOOK, order=100)
    def help_panel():
        return "myapp/sidebar_help.html"

A panel hook returns a template name; the templates are included in hook order, with the
page's context. The last panel, the "Latest ..." box, lists what the ``SIDEBAR_UPDATES_HOOK``
hooks give: each returns the words it adds to the box's heading and a template to include.
"""

from dataclasses import dataclass

from wagtail import hooks

SIDEBAR_PANELS_HOOK = "register_sidebar_panels"
SIDEBAR_UPDATES_HOOK = "register_sidebar_updates"
UPDATES_TEMPLATE = "components/sidebar_updates.html"


@dataclass(frozen=True)
class SidebarUpdates:
    heading: str
    templates: list[str]


def sidebar_panels() -> list[str]:
    """The panel templates, in hook order, then the "Latest" box when anything fills it."""
    panels = [panel() for panel in hooks.get_hooks(SIDEBAR_PANELS_HOOK)]
    if hooks.get_hooks(SIDEBAR_UPDATES_HOOK):
        panels.append(UPDATES_TEMPLATE)
    return panels


def sidebar_updates() -> SidebarUpdates:
    """The "Latest" box: "Latest News and Training & Events" from the labels of its lists."""
    labels, templates = [], []
    for update in hooks.get_hooks(SIDEBAR_UPDATES_HOOK):
        label, template = update()
        labels.append(label)
        templates.append(template)
    named = " and ".join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)
    return SidebarUpdates(heading=f"Latest {named}", templates=templates)
