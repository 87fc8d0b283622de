import json
from datetime import datetime

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from caching.fragments import remember
from portal.models import SiteSettings
from training.models import TrainingEventPage
from training.structured_data import event_structured_data

# Characters that could end the script element or start markup, as JSON escapes.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

register = template.Library()


@register.simple_tag(takes_context=True)
def upcoming_training(context, count: int = 2):
    """The next events still to finish, soonest first: kept until the first of them ends,
    or something changes (caching.fragments)."""
    return remember(
        context.get("request"),
        ("upcoming_training", count),
        lambda: list(TrainingEventPage.objects.upcoming()[:count]),
        until=first_end,
    )


def first_end(events: list[TrainingEventPage]) -> datetime | None:
    return min((event.end for event in events), default=None)


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    """schema.org Event data for search engines, in a script element that text cannot close."""
    request = context.get("request")
    settings = SiteSettings.for_request(request) if request is not None else None
    organisation = settings.organisation_name if settings else ""
    data = event_structured_data(
        event,
        organisation=organisation,
        request=request,
        places_left=context.get("places_left"),
    )
    text = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag
def attendance_summary(counts: dict[str, int]) -> dict[str, int] | None:
    """Attended out of everyone who held a place, as a whole percentage; None before anyone had one.

    People still "confirmed" after the event count as not yet marked, and against the rate.
    """
    held = counts["attended"] + counts["no_show"] + counts["confirmed"]
    if not held:
        return None
    return {
        "attended": counts["attended"],
        "held": held,
        "unmarked": counts["confirmed"],
        "rate": round(100 * counts["attended"] / held),
    }
