"""The report a concern page (the site has one: building it replaces the one there) and
the phone numbers it shows, kept in the site settings."""

from wagtail.models import Site

from concerns.models import ReportConcernPage
from portal.models import SiteSettings
from portal.phone_lines import ROLES

from .base import PortalPageFactory

CALL_NOW_ROLES = ("children", "adults", "out_of_hours")
WEEKDAYS = ["0", "1", "2", "3", "4"]


class ReportConcernPageFactory(PortalPageFactory):
    """The report page, with `body=[("phone_numbers", {"roles": [...]}), ...]` as given."""

    title = "Report a concern"
    slug = "report-a-concern"
    summary = "Who to call about a child or an adult at risk."

    class Meta:
        model = ReportConcernPage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        model_class.objects.all().delete()
        return super()._create_instance(model_class, parent, kwargs)


def made_up_number(position: int) -> str:
    """A made-up number no other content shows: 0161 496 0000 and on (Ofcom's drama range)."""
    return f"0161 496 {position:04d}"


def set_phone_lines() -> SiteSettings:
    """Give the default site a number of its own for every role, with weekday hours (the
    call-now ones round the clock on bank holidays), and 112 for emergencies."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.emergency_number = "112"
    site_settings.phone_lines = [
        {
            "type": "line",
            "value": {
                "role": role,
                "name": f"Test line for {name}",
                "number": made_up_number(position),
                "note": "",
                "always_open": role == "out_of_hours",
                "hours": [{"days": WEEKDAYS, "opens": "09:00:00", "closes": "17:00:00"}],
                "bank_holidays": "open" if role in CALL_NOW_ROLES else "closed",
                "call_now": role in CALL_NOW_ROLES,
            },
        }
        for position, (role, name) in enumerate(ROLES)
    ]
    site_settings.save()
    return SiteSettings.for_site(site_settings.site)
