"""Staff tools: export everything held about one subscriber, as CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify

from .models import Subscriber

# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """A cell value that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def subscriber_rows(subscriber: Subscriber) -> list[list[str]]:
    rows = [
        ["Email address", subscriber.email],
        ["Asked on", subscriber.created_at.isoformat()],
        ["Confirmed on", subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else ""],
        ["E-bulletin", "yes" if subscriber.bulletin else "no"],
        ["Updates about pages", subscriber.get_frequency_display()],
    ]
    for follow in subscriber.follows.select_related("topic", "page"):
        if follow.topic_id:
            rows.append(["Follows topic", follow.topic.name])
        else:
            rows.append(["Follows page", f"{follow.page.title} ({follow.page.url_path})"])
    for notice in subscriber.notices.select_related("page").order_by("day"):
        sent = notice.sent_at.isoformat() if notice.sent_at else "waiting for the digest"
        rows.append(["Told about a change", f"{notice.page.title}: {notice.note} ({sent})"])
    return rows


def export_subscriber(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm("subscriptions.view_subscriber"):
        raise PermissionDenied
    subscriber = get_object_or_404(Subscriber, pk=pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"subscriber-{slugify(subscriber.email.replace('@', ' at '))[:60]}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(["What", "Value"])
    for row in subscriber_rows(subscriber):
        writer.writerow([neutralise(cell) for cell in row])
    return response
