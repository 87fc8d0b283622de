"""Thin views behind an event page's booking addresses: validate, call a service, render.

The addresses sit under the event page's own (`/training/<event>/book/`) and are plain Django
URLs (`training/urls.py`), so the page model knows nothing of these views.
"""

import contextlib

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django_ratelimit.core import is_ratelimited

from . import services
from .forms import BookingForm
from .models import Booking, TrainingEventPage

RATE_LIMIT_GROUP = "training.booking"
RESULT_STATUSES = (Booking.Status.CONFIRMED, Booking.Status.WAITING)


class HttpResponseSeeOther(HttpResponseRedirect):
    """303: the browser fetches the new address with GET, whatever the request was."""

    status_code = 303


def rate_limited(request: HttpRequest) -> bool:
    """True when this IP has sent more than BOOKING_RATE_LIMIT bookings in the last minute."""
    per_minute = settings.BOOKING_RATE_LIMIT
    if per_minute <= 0:
        return False
    return is_ratelimited(
        request,
        group=RATE_LIMIT_GROUP,
        key="ip",
        rate=f"{per_minute}/m",
        method="POST",
        increment=True,
    )


def public_event(slug: str) -> TrainingEventPage:
    """The live, public event with this address, or a 404."""
    return get_object_or_404(TrainingEventPage.objects.live().public(), slug=slug)


def render_event(
    request: HttpRequest, event: TrainingEventPage, *, template: str | None = None, **overrides
) -> TemplateResponse:
    """The event page (or another template with its context), with some context replaced."""
    context = event.get_context(request)
    if overrides.pop("booking_closed_now", False):
        overrides["booking_state"] = event.booking_state(closed_now=True)
    context.update(overrides)
    return TemplateResponse(request, template or event.get_template(request), context)


def book(request: HttpRequest, slug: str) -> HttpResponse:
    event = public_event(slug)
    if request.method != "POST":
        return HttpResponseRedirect(event.url)
    if rate_limited(request):
        return TemplateResponse(
            request, "training/booking_rate_limited.html", {"page": event}, status=429
        )
    if not event.is_booking_open:
        return render_event(request, event, booking_closed_now=True)
    form = BookingForm(request.POST)
    if form.is_valid():
        try:
            result = services.request_booking(event=event, **form.booking_details())
        except services.BookingClosed:
            return render_event(request, event, booking_closed_now=True)
        # Post/redirect/get: a refresh of the result page sends nothing again. The page says
        # the same whether or not the address already had a booking.
        return HttpResponseSeeOther(event.booking_url("booking_result", status=result.status))
    if form.caught_by_honeypot:
        form.data = form.data.copy()
        form.data["website"] = ""
    return render_event(request, event, booking_form=form)


@never_cache
def booking_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The booking form on a page of its own, for readers without JavaScript.

    The event page is cached and cookie-free, so its form only gets a CSRF token from
    booking.js. This page is never cached (``private, no-store``): it carries the token and
    sets the CSRF cookie itself, and posts to the same booking address as the event page."""
    event = public_event(slug)
    if request.method not in ("GET", "HEAD") or not event.is_booking_open:
        return HttpResponseRedirect(event.url)
    return render_event(request, event, template="training/booking_page.html", with_csrf_token=True)


def booking_result(request: HttpRequest, slug: str, status: str) -> HttpResponse:
    """The page a booking redirects to: the same for everyone, so it can be cached."""
    event = public_event(slug)
    if status not in RESULT_STATUSES:
        raise Http404("No such booking result.")
    if request.method not in ("GET", "HEAD") or event.is_past:
        return HttpResponseRedirect(event.url)
    return render_event(request, event, template="training/booking_result.html", status=status)


def cancel(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    event = public_event(slug)
    booking_pk = Booking.pk_from_cancel_token(token)
    booking = Booking.objects.filter(pk=booking_pk, event=event).first() if booking_pk else None
    if booking is None or booking.anonymised:
        return TemplateResponse(
            request, "training/booking_cancel.html", {"page": event, "invalid": True}, status=404
        )
    context = {"page": event, "booking": booking}
    if request.method == "POST" and booking.status in (
        Booking.Status.CONFIRMED,
        Booking.Status.WAITING,
    ):
        if event.has_started:
            context["too_late"] = True
        else:
            context["was_confirmed"] = booking.status == Booking.Status.CONFIRMED
            with contextlib.suppress(services.InvalidStatusChange):  # already cancelled
                services.cancel_booking(booking=booking)
            booking.refresh_from_db()
            context["just_cancelled"] = booking.status == Booking.Status.CANCELLED
    context["booking"] = booking
    return TemplateResponse(request, "training/booking_cancel.html", context)


@never_cache
def booking_state(request: HttpRequest, pk: int) -> JsonResponse:
    """The live part of a cached event page: a CSRF token for the booking form (setting the
    CSRF cookie) and the places left. Never cached; fetched only when a reader starts to book."""
    event = get_object_or_404(TrainingEventPage.objects.live().public(), pk=pk)
    if not event.is_booking_open:
        return JsonResponse({"bookingOpen": False, "csrfToken": "", "placesLeft": None})
    return JsonResponse(
        {
            "bookingOpen": True,
            "csrfToken": get_token(request),
            "placesLeft": event.places_left,
        }
    )
