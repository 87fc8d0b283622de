"""Staff tools for bookings: a searchable, filterable listing with CSV export and actions.

Per event (the listing filtered to one event): an attendance register, an email to the
attendees, and attended / no-show for many bookings at once. The dashboard's "Training"
panel lists the events coming up.
"""

import datetime
from functools import cached_property, partial

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy

from editorial.groups import MODERATORS
from portal.exports import SafeSpreadsheetExportMixin
from portal.redirects import safe_next_url
from portal.sidebar import SIDEBAR_UPDATES_HOOK

from . import services
from .admin_views import email_attendees_view
from .bulk_actions import MarkAttendedBulkAction, MarkNoShowBulkAction
from .dashboard import TrainingPanel
from .messaging import EMAIL_FAILED_ACTION, EMAILED_ACTION
from .models import Booking, TrainingEventPage
from .register import register_pdf_view, register_view

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


def uk_time(value: datetime.datetime | None, *, seconds: bool = False) -> str:
    """A date and time in UK local time, to the minute (or second), for spreadsheets."""
    if value is None:
        return ""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def uk_time_naive(value: datetime.datetime | None) -> datetime.datetime | None:
    """UK local time without a zone or microseconds: a real date cell in a spreadsheet."""
    if value is None:
        return None
    return timezone.make_naive(value).replace(microsecond=0)


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
    list_display = [
        "name",
        "event",
        "status",
        "organisation",
        Column("email", label="Work email", classname="wrap-anywhere"),
        "created",
        "email_error",
    ]
    list_filter = ["event", "status"]
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    list_export = [
        "event.title",
        "event.start",
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
    export_headings = {
        "event.title": "Event",
        "event.start": "Event starts (UK time)",
        "get_status_display": "Status",
        "created": "Booked at (UK time)",
    }
    export_filename = "bookings"
    form_fields = ["name", "email", "organisation", "role", "needs", "consent_to_contact"]

    def get_queryset(self, request):
        return Booking.objects.select_related("event")

    def get_index_view_kwargs(self, **kwargs):
        # Bookings are made on the event page (or by the services), never from a blank form.
        return super().get_index_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        patterns = [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]
        policy = {"permission_policy": self.permission_policy}
        return patterns + [
            path("action/<int:pk>/<str:action>/", self.action_view, name="action"),
            path("register/<int:event_id>/", partial(register_view, **policy), name="register"),
            path(
                "register/<int:event_id>/pdf/",
                partial(register_pdf_view, **policy),
                name="register_pdf",
            ),
            path(
                "email/<int:event_id>/",
                partial(email_attendees_view, **policy),
                name="email_attendees",
            ),
        ]

    @property
    def index_view_class(self):
        viewset = self

        class BookingIndexView(SafeSpreadsheetExportMixin, super().index_view_class):
            template_name = "training/admin/booking_index.html"
            custom_field_preprocess = {
                field: {"csv": partial(uk_time, seconds=field == "created"), "xlsx": uk_time_naive}
                for field in ("event.start", "created")
            }

            @cached_property
            def columns(self):
                return [
                    BulkActionsCheckboxColumn("bulk_actions", obj_type="booking"),
                    *super().columns,
                ]

            def _get_title_column(self, *args, **kwargs):
                return super()._get_title_column(
                    *args, get_title_id=lambda booking: f"booking_{booking.pk}_title", **kwargs
                )

            @cached_property
            def filtered_event(self):
                """The event the listing is filtered to, if it is one."""
                event_id = self.request.GET.get("event", "")
                if not event_id.isdigit() or len(event_id) > 18:
                    return None
                return TrainingEventPage.objects.filter(pk=int(event_id)).first()

            @cached_property
            def header_buttons(self):
                buttons = [
                    HeaderButton(
                        "Download CSV", url=self.csv_export_url, icon_name="download", priority=10
                    )
                ]
                event = self.filtered_event
                if event is not None:
                    buttons.append(
                        HeaderButton(
                            "Attendance register",
                            url=reverse(viewset.get_url_name("register"), args=[event.pk]),
                            icon_name="list-ul",
                            priority=20,
                        )
                    )
                    if viewset.permission_policy.user_has_permission(self.request.user, "change"):
                        buttons.append(
                            HeaderButton(
                                "Email the attendees",
                                url=reverse(
                                    viewset.get_url_name("email_attendees"), args=[event.pk]
                                ),
                                icon_name="mail",
                                priority=30,
                            )
                        )
                return [*super().header_buttons, *buttons]

            def get_context_data(self, *args, **kwargs):
                context = super().get_context_data(*args, **kwargs)
                context["filtered_event"] = self.filtered_event
                return context

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
        next_url = safe_next_url(request)
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


@hooks.register("construct_homepage_panels")
def add_training_panel(request, panels):
    if ModelPermissionPolicy(Booking).user_has_any_permission(request.user, ["view", "change"]):
        panels.append(TrainingPanel())


# This hook takes the action classes themselves.
hooks.register("register_bulk_action", MarkAttendedBulkAction)
hooks.register("register_bulk_action", MarkNoShowBulkAction)


class AttendeeEmailFormatter(LogFormatter):
    label = "Email to attendees"

    def format_message(self, log_entry):
        return f"Emailed “{log_entry.data.get('subject', '')}”"


class AttendeeEmailFailedFormatter(LogFormatter):
    label = "Email to attendees failed"

    def format_message(self, log_entry):
        return f"Email “{log_entry.data.get('subject', '')}” could not be sent"


@hooks.register("register_log_actions")
def register_booking_log_actions(actions):
    actions.register_action(EMAILED_ACTION)(AttendeeEmailFormatter)
    actions.register_action(EMAIL_FAILED_ACTION)(AttendeeEmailFailedFormatter)


@hooks.register("register_editorial_permissions")
def booking_permissions():
    """Moderators look after bookings."""
    return {
        MODERATORS: [f"training.{action}_booking" for action in ("add", "change", "delete", "view")]
    }


@hooks.register(SIDEBAR_UPDATES_HOOK, order=200)
def upcoming_training_in_sidebar():
    return "Training & Events", "training/includes/sidebar_upcoming.html"
