from django import template
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from caching.fragments import remember
from portal.models import SiteSettings
from portal.navigation import get_navigation
from portal.phone_lines import call_now_schedule

from ..models import ReportConcernPage

register = template.Library()


@register.simple_tag(takes_context=True)
def report_concern_page(context):
    """The live report a concern page among the home page's sections (no extra query)."""
    navigation = get_navigation(context.get("request"), context.get("page"))
    content_type_id = ContentType.objects.get_for_model(ReportConcernPage).pk
    return next((p for p in navigation.sections if p.content_type_id == content_type_id), None)


@register.inclusion_tag("concerns/call_now.html", takes_context=True)
def call_now(context):
    """The "Who do I call right now?" panel: every number with its hours, and the schedule
    the browser uses to lead with the one answered now."""
    request = context.get("request")
    site_settings = SiteSettings.for_request(request)
    today = timezone.localdate()
    key = ("call_now", site_settings.pk, today)
    return remember(request, key, lambda: call_now_panel(site_settings, today))


def call_now_panel(site_settings: SiteSettings, today) -> dict:
    """Kept for the day, until the settings change (caching.fragments)."""
    lines = [line for line in site_settings.phone_lines if line.value.get("call_now")]
    return {
        "emergency_number": site_settings.emergency_number,
        "lines": [line.value for line in lines],
        "schedule": call_now_schedule(lines, today),
    }
