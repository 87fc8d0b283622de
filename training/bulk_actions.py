"""Bulk actions on the bookings listing: mark many people attended, or a no-show, at once."""

from django.db.models import Q
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from . import services
from .models import Booking


class AttendanceBulkAction(PermissionCheckedMixin, BulkAction):
    """Record attendance for the ticked bookings; those without a place are left as they are."""

    models = [Booking]
    permission_policy = ModelPermissionPolicy(Booking)
    permission_required = "change"
    template_name = "training/admin/confirm_bulk_attendance.html"
    attended = True
    marked_as = "attended"  # ends the success message: "3 people are marked as attended."

    def get_all_objects_in_listing_query(self, parent_id):
        """ "Select all" keeps the listing's filters: the event, status and search."""
        bookings = Booking.objects.all()
        event = self.request.GET.get("event", "")
        if not event.isdigit():
            # Never every booking of every event at once.
            return Booking.objects.none().values_list("pk", flat=True)
        bookings = bookings.filter(event_id=int(event))
        status = self.request.GET.get("status")
        if status in Booking.Status.values:
            bookings = bookings.filter(status=status)
        if query := self.request.GET.get("q", "").strip():
            bookings = bookings.filter(
                Q(name__icontains=query)
                | Q(email__icontains=query)
                | Q(organisation__icontains=query)
            )
        return bookings.values_list("pk", flat=True)

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        with_place = [booking for booking in objects if booking.holds_place]
        extra["items_without_place"] = [b for b in objects if not b.holds_place]
        return with_place, extra

    @classmethod
    def get_queryset(cls, model, object_ids):
        return list(
            Booking.objects.filter(pk__in=[i for i in object_ids if str(i).isdigit()])
            .select_related("event")
            .order_by("event", "name", "pk")
        )

    def get_execution_context(self):
        return {"attended": self.attended}

    @classmethod
    def execute_action(cls, objects, attended=True, **kwargs):
        marked = 0
        for booking in objects:
            try:
                services.mark_attendance(booking=booking, attended=attended)
            except services.BookingError:
                continue
            marked += 1
        return marked, 0

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "attended": self.attended}

    def get_success_message(self, num_parent_objects, num_child_objects):
        noun = "person is" if num_parent_objects == 1 else "people are"
        return f"{num_parent_objects} {noun} marked as {self.marked_as}."


class MarkAttendedBulkAction(AttendanceBulkAction):
    display_name = "Mark attended"
    action_type = "mark_attended"
    aria_label = "Mark the selected people as attended"
    action_priority = 10
    attended = True
    marked_as = "attended"


class MarkNoShowBulkAction(AttendanceBulkAction):
    display_name = "Mark no-show"
    action_type = "mark_no_show"
    aria_label = "Mark the selected people as no-shows"
    action_priority = 20
    attended = False
    marked_as = "a no-show"
