"""Admin views for one event's bookings: email the attendees (written, previewed, queued)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from .messaging import AUDIENCES, email_attendees, recipients, render_attendee_email
from .models import Booking, TrainingEventPage


class AttendeeEmailForm(forms.Form):
    audience = forms.ChoiceField(
        label="Send to", choices=AUDIENCES, initial="confirmed", widget=forms.RadioSelect
    )
    subject = forms.CharField(
        max_length=150,
        help_text="For example “Joining instructions” or “Change of room”.",
    )
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=5000,
        help_text=(
            "Plain text. Each person gets their own copy, starting “Dear” and their name; "
            "the event’s date, place and their private cancellation link are added after it."
        ),
    )


def email_attendees_view(request: HttpRequest, event_id: int, *, permission_policy) -> HttpResponse:
    """Write (GET), preview (POST "preview") and send (POST "send") an email to attendees."""
    if not permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    event = get_object_or_404(TrainingEventPage, pk=event_id)
    index_url = reverse("training_booking:index") + f"?event={event.pk}"
    form = AttendeeEmailForm(request.POST or None)
    preview = None
    people: list[Booking] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        people = list(recipients(event=event, audience=data["audience"]).select_related("event"))
        if "send" in request.POST and people:
            count = email_attendees(
                event=event,
                audience=data["audience"],
                subject=data["subject"],
                message=data["message"],
                sender=request.user,
            )
            messages.success(
                request,
                f"{count} email{'s' if count != 1 else ''} queued to send: “{data['subject']}”. "
                "Each is recorded in that booking’s history.",
            )
            return redirect(index_url)
        if people:
            preview = render_attendee_email(
                booking=people[0], subject=data["subject"], message=data["message"]
            )
    title = "Email the attendees"
    return TemplateResponse(
        request,
        "training/admin/email_attendees.html",
        {
            "event": event,
            "form": form,
            "preview": preview,
            "people": people,
            "previewing": request.method == "POST" and form.is_valid(),
            "index_url": index_url,
            "page_title": title,
            "page_subtitle": event.title,
            "header_title": title,
            "header_icon": "mail",
        },
    )
