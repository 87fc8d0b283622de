from django.urls import path

from . import calendar_views, views

urlpatterns = [
    path("calendar.ics", calendar_views.upcoming_ics, name="training_calendar"),
    path("events/<id:pk>.ics", calendar_views.event_ics, name="training_event_ics"),
]

urlpatterns += [
    path("events/<id:pk>/booking.json", views.booking_state, name="training_booking_state"),
]

# An event's booking addresses, under its page's own address (the index page is /training/).
urlpatterns += [
    path("<slug:slug>/book/", views.book, name="training_event_book"),
    path("<slug:slug>/booking-form/", views.booking_page, name="training_event_booking_page"),
    path(
        "<slug:slug>/book/<slug:status>/",
        views.booking_result,
        name="training_event_booking_result",
    ),
    path("<slug:slug>/cancel/<slug:token>/", views.cancel, name="training_event_cancel"),
]
