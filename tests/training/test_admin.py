"""Staff run a course from the Wagtail admin: listing, filters, CSV, actions and counts."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from tests.factories.bookings import BookingFactory
from tests.training.helpers import booking_details
from training import services
from training.models import Booking

pytestmark = pytest.mark.django_db

INDEX = "training_booking:index"


@pytest.fixture
def course(make_event):
    """An event with two confirmed places taken and two people waiting."""
    event = make_event(capacity=2, title="Safer recruitment")
    people = [
        services.book_place(
            event=event,
            **booking_details(number, name=name, organisation=organisation),
        )
        for number, (name, organisation) in enumerate(
            [
                ("Ann Able", "Police"),
                ("Ben Baker", "Health"),
                ("Cat Cole", "School"),
                ("Dan Dale", "Housing"),
            ],
            start=1,
        )
    ]
    return event, people


def action_url(booking, action):
    return reverse("training_booking:action", args=[booking.pk, action])


def test_listing_shows_bookings_with_status_and_filters(admin_client, course):
    event, people = course
    other = BookingFactory(name="Zed Other")
    assert other.event != event
    assert "Zed Other" in admin_client.get(reverse(INDEX), {"q": "Zed"}).content.decode()
    response = admin_client.get(reverse(INDEX), {"event": event.pk})
    html = response.content.decode()
    assert response.status_code == 200
    for name in ("Ann Able", "Ben Baker", "Cat Cole", "Dan Dale"):
        assert name in html
    assert "Zed Other" not in html
    assert "Waiting list" in html and "Confirmed" in html
    waiting = admin_client.get(reverse(INDEX), {"event": event.pk, "status": "waiting"})
    html = waiting.content.decode()
    assert "Cat Cole" in html and "Dan Dale" in html and "Ann Able" not in html


def test_listing_search_finds_name_email_and_organisation(admin_client, course):
    for query, expected in [
        ("baker", "Ben Baker"),
        ("person3@", "Cat Cole"),
        ("housing", "Dan Dale"),
    ]:
        html = admin_client.get(reverse(INDEX), {"q": query}).content.decode()
        assert expected in html, query
        assert "Ann Able" not in html, query


def test_csv_export_per_event(admin_client, course):
    event, _people = course
    response = admin_client.get(reverse(INDEX), {"event": event.pk, "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["Name"] for row in rows] == ["Ann Able", "Ben Baker", "Cat Cole", "Dan Dale"]
    assert [row["Status"] for row in rows] == ["Confirmed", "Confirmed", "Waiting list"] + [
        "Waiting list"
    ]
    assert {row["Event"] for row in rows} == {"Safer recruitment"}
    assert rows[0]["Work email"] == "person1@example.invalid"
    assert rows[0]["Organisation"] == "Police"


def test_actions_mark_attendance_cancel_and_promote(admin_client, course, run_on_commit):
    event, (ann, ben, cat, dan) = course
    confirm = admin_client.get(action_url(ann, "attended"))
    assert confirm.status_code == 200
    assert "Mark Ann Able as attended?" in confirm.content.decode()
    ann.refresh_from_db()
    assert ann.status == "confirmed", "a GET changes nothing"

    assert admin_client.post(action_url(ann, "attended")).status_code == 302
    assert admin_client.post(action_url(ben, "no_show")).status_code == 302
    mail.outbox.clear()
    with run_on_commit():
        admin_client.post(action_url(cat, "cancel"))
    statuses = dict(Booking.objects.filter(event=event).values_list("name", "status"))
    assert statuses == {
        "Ann Able": "attended",
        "Ben Baker": "no_show",
        "Cat Cole": "cancelled",
        "Dan Dale": "waiting",
    }
    # Only the cancellation's confirmation: nobody is promoted from the waiting list.
    assert [(message.to, message.subject.split(":")[0]) for message in mail.outbox] == [
        (["person3@example.invalid"], "Your booking is cancelled")
    ]
    mail.outbox.clear()

    event.capacity = 3
    event.save()
    with run_on_commit():
        response = admin_client.post(action_url(dan, "promote"), follow=True)
    assert "Dan Dale now has a confirmed place" in response.content.decode()
    dan.refresh_from_db()
    assert dan.status == "confirmed"
    assert [message.to for message in mail.outbox] == [["person4@example.invalid"]]


def test_actions_that_do_not_apply_explain_and_change_nothing(admin_client, course):
    _event, (ann, _ben, cat, _dan) = course
    response = admin_client.post(action_url(cat, "promote"), follow=True)
    assert "The event is full" in response.content.decode()
    response = admin_client.post(action_url(cat, "attended"), follow=True)
    assert "Only someone with a place" in response.content.decode()
    assert admin_client.get(action_url(ann, "explode")).status_code == 404
    cat.refresh_from_db()
    assert cat.status == "waiting"


def test_actions_need_the_change_permission(client, django_user_model, course):
    _event, (ann, *_rest) = course
    viewer = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_booking"),
    )
    client.force_login(viewer)
    assert client.get(reverse(INDEX)).status_code == 200
    assert client.post(action_url(ann, "cancel")).status_code in (302, 403)
    ann.refresh_from_db()
    assert ann.status == "confirmed"
    client.logout()
    response = client.post(action_url(ann, "cancel"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_event_edit_page_shows_confirmed_and_waiting_counts(admin_client, course):
    event, _people = course
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert "<strong>2</strong> confirmed, <strong>2</strong> on the waiting list" in html
    assert f"?event={event.pk}&amp;export=csv" in html


def test_event_capacity_cannot_drop_below_places_taken(course):
    from django.core.exceptions import ValidationError

    event, _people = course
    event.capacity = 1
    with pytest.raises(ValidationError, match="already hold a place"):
        event.full_clean()
