"""Staff tools for bookings: a searchable, filterable listing with CSV export and actions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from portal.exports import SafeSpreadsheetExportMixin

from . import services
from .models import Booking

ACTIONS = {
    # action: (button label, confirmation question, statuses it applies to)
    "attended": ("Mark attended", "Mark {name} as attended?", Booking.HOLDING_PLACE),
    "no_show": ("Mark no-show", "Mark {name} as a no-show?", Booking.HOLDING_PLACE),
    "cancel": (
        "Cancel booking",
        "Cancel the booking for {name}? A place they held goes to the first person waiting.",
        (Booking.Status.CONFIRMED, Booking.Status.WAITING),
    ),
    "promote": (
        "Move off the waiting list",
        "Give {name} a confirmed place now, ahead of anyone waiting before them?",
        (Booking.Status.WAITING,),
    ),
}


ICONS = {"attended": "tick", "no_show": "cross", "cancel": "bin", "promote": "arrow-up"}


def run_action(action: str, booking: Booking) -> str:
    """Do one staff action through the services; the message to show afterwards."""
    if action == "attended":
        services.mark_attendance(booking=booking, attended=True)
        return f"{booking.name} is marked as attended."
    if action == "no_show":
        services.mark_attendance(booking=booking, attended=False)
        return f"{booking.name} is marked as a no-show."
    if action == "cancel":
        result = services.cancel_booking(booking=booking)
        promoted = ", ".join(person.name for person in result.promoted)
        return f"The booking for {booking.name} is cancelled." + (
            f" Moved off the waiting list and emailed: {promoted}." if promoted else ""
        )
    services.promote_from_waiting_list(booking=booking)
    return f"{booking.name} now has a confirmed place and has been emailed."


class BookingViewSet(ModelViewSet):
    """Bookings per event for staff; status changes only through the actions (and services)."""

    model = Booking
    icon = "date"
    menu_label = "Bookings"
    menu_order = 250
    add_to_admin_menu = True
    add_to_reference_index = False  # bookings are not content; keep their writes lean
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["name", "event", "status", "organisation", "email", "created", "email_error"]
    list_filter = ["event", "status"]
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    list_export = [
        "event",
        "name",
        "email",
        "organisation",
        "role",
        "needs",
        "consent_to_contact",
        "get_status_display",
        "created",
        "email_error",
    ]
    export_headings = {"get_status_display": "Status", "event": "Event"}
    export_filename = "bookings"
    form_fields = ["name", "email", "organisation", "role", "needs", "consent_to_contact"]

    def get_queryset(self, request):
        return Booking.objects.select_related("event")

    def get_index_view_kwargs(self, **kwargs):
        # Bookings are made on the event page (or by the services), never from a blank form.
        return super().get_index_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        patterns = [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]
        return patterns + [
            path("action/<int:pk>/<str:action>/", self.action_view, name="action"),
        ]

    @property
    def index_view_class(self):
        viewset = self

        class BookingIndexView(SafeSpreadsheetExportMixin, super().index_view_class):
            def get_list_more_buttons(self, instance):
                buttons = list(super().get_list_more_buttons(instance))
                if viewset.permission_policy.user_has_permission(self.request.user, "change"):
                    for priority, (action, (label, _q, statuses)) in enumerate(ACTIONS.items()):
                        if instance.status in statuses:
                            url = reverse(
                                viewset.get_url_name("action"), args=[instance.pk, action]
                            )
                            buttons.append(
                                MenuItem(
                                    label, url=url, icon_name=ICONS[action], priority=5 + priority
                                )
                            )
                return buttons

        return BookingIndexView

    def action_view(self, request, pk: int, action: str):
        if action not in ACTIONS:
            raise Http404
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        booking = get_object_or_404(Booking.objects.select_related("event"), pk=pk)
        label, question, statuses = ACTIONS[action]
        index_url = reverse(self.get_url_name("index")) + f"?event={booking.event_id}"
        next_url = request.POST.get("next") or request.GET.get("next") or ""
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = ""
        if request.method == "POST":
            try:
                messages.success(request, run_action(action, booking))
            except services.BookingError as error:
                messages.error(request, str(error))
            return redirect(next_url or index_url)
        return TemplateResponse(
            request,
            "training/admin/booking_action.html",
            {
                "booking": booking,
                "label": label,
                "question": question.format(name=booking.name),
                "allowed": booking.status in statuses,
                "next_url": next_url or index_url,
                "page_title": label,
                "header_title": label,
                "header_icon": self.icon,
            },
        )


@hooks.register("register_admin_viewset")
def register_booking_viewset():
    return BookingViewSet("training_booking")
