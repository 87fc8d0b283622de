"""The site's sections and the breadcrumb trail, fetched once per request."""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page, Site

from caching.fragments import remember


@dataclass
class Navigation:
    home: Page | None = None
    sections: list[Page] = field(default_factory=list)  # every live child of the home page
    menu: list[Page] = field(default_factory=list)  # the sections shown in menus
    breadcrumbs: list[Page] = field(default_factory=list)  # ancestors below home
    safe_browsing: Page | None = None  # the advice page linked beside Quick exit
    footer: list[tuple[str, Page]] = field(default_factory=list)  # (label, page) in the footer
    linked: dict[str, Page] = field(default_factory=dict)  # footer pages by setting: "privacy"

    def section_of_type(self, model) -> Page | None:
        """The first top-level section of a page type (the Q&A page, say), if there is one."""
        from django.contrib.contenttypes.models import ContentType

        content_type_id = ContentType.objects.get_for_model(model).pk
        return next((p for p in self.sections if p.content_type_id == content_type_id), None)


# Pages chosen in the site settings that every page links to from its footer.
FOOTER_LINKS = [
    ("accessibility", "Accessibility statement"),
    ("privacy", "Privacy notice"),
    ("contact", "Contact us"),
    ("about", "About the partnership"),
]


def safe_browsing_page_id(request) -> int | None:
    """The safe-browsing page chosen in the site settings (already loaded for the page)."""
    from .models import SiteSettings

    return SiteSettings.for_request(request).safe_browsing_page_id


def footer_page_ids(request) -> list[tuple[str, str, int]]:
    """(key, label, page id) for each footer page chosen in the site settings."""
    from .models import SiteSettings

    site_settings = SiteSettings.for_request(request)
    chosen = [(key, label, getattr(site_settings, f"{key}_page_id")) for key, label in FOOTER_LINKS]
    return [(key, label, page_id) for key, label, page_id in chosen if page_id]


def get_navigation(request, page=None) -> Navigation:
    """Sections, menu and breadcrumbs from one query, cached on the request and kept
    between requests (per site and page) until the content changes (caching.fragments)."""
    cached = getattr(request, "_portal_navigation", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        navigation = Navigation()
    else:
        key = ("navigation", site.pk, getattr(page, "path", None))
        navigation = remember(request, key, lambda: build_navigation(request, site, page))
    if request is not None:
        request._portal_navigation = navigation
    return navigation


def build_navigation(request, site: Site, page=None) -> Navigation:
    """The navigation for `page` in one query.

    The ancestors' tree paths follow from the page's own path, so they are fetched
    together with the home page's children.
    """
    navigation = Navigation()
    root = site.root_page
    ancestor_paths: list[str] = []
    if page is not None and getattr(page, "path", "").startswith(root.path):
        ancestor_paths = [
            page.path[:end]
            for end in range(len(root.path) + Page.steplen, len(page.path), Page.steplen)
        ]
    wanted = Q(path__startswith=root.path, depth=root.depth + 1) | Q(path__in=ancestor_paths)
    safe_browsing_id = safe_browsing_page_id(request)
    if safe_browsing_id:
        wanted |= Q(pk=safe_browsing_id)
    footer_ids = footer_page_ids(request)
    if footer_ids:
        wanted |= Q(pk__in=[page_id for _key, _label, page_id in footer_ids])
    rows = list(
        Page.objects.filter(wanted)
        .live()
        .order_by("path")
        .only("id", "title", "url_path", "path", "depth", "show_in_menus", "content_type")
    )
    by_path = {row.path: row for row in rows}
    current = ancestor_paths[0] if ancestor_paths else getattr(page, "path", None)
    navigation.home = root
    navigation.sections = [row for row in rows if row.depth == root.depth + 1]
    navigation.menu = [row for row in navigation.sections if row.show_in_menus]
    for row in navigation.menu:
        row.is_current = row.path == current
    navigation.breadcrumbs = [by_path[p] for p in ancestor_paths if p in by_path]
    navigation.safe_browsing = next((r for r in rows if r.pk == safe_browsing_id), None)
    by_id = {row.pk: row for row in rows}
    for key, label, page_id in footer_ids:
        if page_id in by_id:
            navigation.footer.append((label, by_id[page_id]))
            navigation.linked[key] = by_id[page_id]
    return navigation
