"""The attendance register for one event: a page to print, or an A4 PDF made with WeasyPrint."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone

from portal.pdf import html_to_pdf, pdf_download, refuse_fetch

from .models import Booking, TrainingEventPage, holds_place_q

STYLESHEET = "training/register.css"


def register_bookings(event: TrainingEventPage):
    """Everyone holding a place on the event (confirmed, or already marked), by name."""
    return (
        Booking.objects.filter(holds_place_q(), event=event)
        .only("pk", "name", "organisation", "role", "status", "event_id")
        .order_by("name", "pk")
    )


def register_context(event: TrainingEventPage) -> dict:
    return {
        "event": event,
        "bookings": list(register_bookings(event)),
        "printed_at": timezone.localtime(),
    }


def register_pdf(event: TrainingEventPage) -> bytes:
    """The register as an A4 PDF (page size and margins come from the stylesheet)."""
    html = render_to_string(
        "training/admin/register.html", {**register_context(event), "for_pdf": True}
    )
    # Built from what is passed in: nothing is fetched, from the site or elsewhere.
    return html_to_pdf(html, url_fetcher=refuse_fetch, stylesheet=STYLESHEET)


def _event_for(request: HttpRequest, event_id: int, *, permission_policy) -> TrainingEventPage:
    if not permission_policy.user_has_any_permission(request.user, ["view", "change"]):
        raise PermissionDenied
    return get_object_or_404(TrainingEventPage, pk=event_id)


def register_view(request: HttpRequest, event_id: int, *, permission_policy) -> HttpResponse:
    """The register as a page to print from the browser."""
    event = _event_for(request, event_id, permission_policy=permission_policy)
    html = render_to_string(
        "training/admin/register.html", {**register_context(event), "for_pdf": False}, request
    )
    return HttpResponse(html)


def register_pdf_view(request: HttpRequest, event_id: int, *, permission_policy) -> HttpResponse:
    """The register as a PDF download."""
    event = _event_for(request, event_id, permission_policy=permission_policy)
    return pdf_download(register_pdf(event), filename=f"register-{event.slug}.pdf")
