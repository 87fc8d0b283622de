from django.urls import path

from . import views

urlpatterns = [
    path("calendar.ics", views.upcoming_ics, name="training_calendar"),
    path("events/<int:pk>.ics", views.event_ics, name="training_event_ics"),
]
