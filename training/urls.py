from django.urls import path

from . import calendar_views, views

urlpatterns = [
    path("calendar.ics", calendar_views.upcoming_ics, name="training_calendar"),
    path("events/<id:pk>.ics", calendar_views.event_ics, name="training_event_ics"),
]

urlpatterns += [
    path("events/<id:pk>/booking.json", views.booking_state, name="training_booking_state"),
]
