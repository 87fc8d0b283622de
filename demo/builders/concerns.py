"""Reporting a concern: the site's phone numbers with their hours, the report a concern page,
and the pages every footer links to (demo/content/concerns.toml)."""

from django.conf import settings as django_settings

from concerns.models import ReportConcernPage
from demo.data import fill, read
from portal.models import HomePage, SiteSettings, StandardPage


def retention() -> str:
    """How long booking details are kept, in words (the privacy notice says it)."""
    months = django_settings.BOOKING_RETENTION_MONTHS
    return f"{months} month" + ("" if months == 1 else "s")


def load(loader, home: HomePage) -> None:
    """Add what is missing: numbers with hours, the report page and the footer pages."""
    data = fill(read("concerns"), retention=retention())
    site_settings = SiteSettings.objects.get(site__root_page=home)
    changed = False
    if not site_settings.lines_for("childline"):
        # (type, value) pairs, as a program would give them: stored in the current format.
        site_settings.phone_lines = [(line["type"], line["value"]) for line in data["phone_lines"]]
        changed = True
    for field, value in data["contact"].items():
        if not getattr(site_settings, field):
            setattr(site_settings, field, value)
            changed = True
    loader.child(home, ReportConcernPage, **data["report"], show_in_menus=False)
    for page_data in data["footer_pages"]:
        page = loader.child(
            home,
            StandardPage,
            page_data["slug"],
            title=page_data["title"],
            summary=page_data["summary"],
            body=page_data["body"],
        )
        field = page_data["field"]
        if getattr(site_settings, f"{field}_id") is None:
            setattr(site_settings, field, page)
            changed = True
    if site_settings.accessibility_page_id is None:
        statement = home.get_children().filter(slug="accessibility-statement").first()
        if statement is not None:
            site_settings.accessibility_page = statement
            changed = True
    if changed:
        site_settings.save()
        loader.created.append("report a concern numbers and footer links")
