"""Staff run courses from the admin: dashboard panel, register, attendee emails, export, bulk."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from demo.bulk import add_live_children
from tests.factories.bookings import BookingFactory
from tests.factories.training import TrainingIndexPageFactory
from tests.training.helpers import FailingEmailBackend, booking_details, event_at
from tests.training.pdf_text import pdf_page_sizes, pdf_text_runs
from training import services
from training.dashboard import upcoming_event_summaries
from training.messaging import EMAIL_FAILED_ACTION, EMAILED_ACTION
from training.models import Booking, TrainingEventPage

pytestmark = pytest.mark.django_db

INDEX = "training_booking:index"


def book(event, number, **overrides):
    return services.book_place(event=event, **booking_details(number, **overrides))


@pytest.fixture
def course(make_event):
    """Two places, starting in 3 days: Ann and Ben confirmed, Cat waiting, Dan cancelled."""
    event = make_event(capacity=2, title="Safer recruitment", starts_in=datetime.timedelta(days=3))
    ann = book(event, 1, name="Ann Able", organisation="Greater Manchester Police", role="PC")
    ben = book(event, 2, name="Ben Baker", organisation="NHS Trust", role="Health visitor")
    cat = book(event, 3, name="Cat Cole", organisation="Primary school", role="DSL")
    dan = book(event, 4, name="Dan Dale", organisation="Housing", role="Officer")
    services.cancel_booking(booking=dan)
    return event, ann, ben, cat, dan


# dashboard panel -----------------------------------------------------------------------


def test_panel_counts_places_confirmed_and_waiting_and_flags(course, make_event):
    event, ann, _ben, cat, _dan = course
    services.cancel_booking(booking=ann)  # Cat moves up; then two more join and wait
    book(event, 5, name="Eve Evans")
    book(event, 6, name="Fay Ford")
    # A place comes free while people wait: only staff can fill it now (e.g. a larger room).
    TrainingEventPage.objects.filter(pk=event.pk).update(capacity=3)
    later = make_event(capacity=5, starts_in=datetime.timedelta(days=20), title="Later course")
    book(later, 7)
    summaries, _more = upcoming_event_summaries(limit=50)
    by_pk = {row.event.pk: row for row in summaries}
    row = by_pk[event.pk]
    assert (row.confirmed, row.waiting, row.places_left) == (2, 2, 1)
    assert row.flagged, "within 7 days, a place free and someone waiting"
    later_row = by_pk[later.pk]
    assert (later_row.confirmed, later_row.waiting, later_row.places_left) == (1, 0, 4)
    assert not later_row.flagged
    assert cat.pk


def test_panel_on_the_dashboard_in_a_fixed_number_of_queries(admin_client, course):
    event, *_people = course
    TrainingEventPage.objects.filter(pk=event.pk).update(capacity=3)
    response = admin_client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    assert 'id="training-heading"' in html
    assert f'href="{reverse(INDEX)}?event={event.pk}"' in html
    assert f'data-training-event="{event.pk}" data-flagged' in html
    assert "Places free, people waiting" in html

    counts = []
    now = timezone.now()
    for batch in range(2):
        extras = [
            event_at(
                f"dashboard-course-{batch}-{number}",
                now + datetime.timedelta(days=30 + number),
                capacity=3,
            )
            for number in range(12)
        ]
        for extra in add_live_children(TrainingIndexPageFactory(), extras, index=False):
            BookingFactory(event=extra)
        with CaptureQueriesContext(connection) as queries:
            summaries, more = upcoming_event_summaries(limit=10)
        assert len(summaries) == 10 and more > 0
        counts.append(len(queries))
    assert counts == [2, 2], "the list, and a count of the rest, however many events"


def test_panel_is_not_shown_to_editors_without_booking_access(client, django_user_model, course):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-training-event" not in html


# attendance register -------------------------------------------------------------------


def test_register_pdf_lists_exactly_the_people_with_a_place_on_a4(admin_client, course):
    event, ann, ben, cat, dan = course
    services.mark_attendance(booking=ann, attended=True)
    response = admin_client.get(reverse("training_booking:register_pdf", args=[event.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF-")
    [(width, height)] = pdf_page_sizes(pdf)
    assert (round(width), round(height)) == (595, 842), "A4 portrait"
    runs = pdf_text_runs(pdf)
    assert "Safer recruitment" in runs and "Signature" in runs
    names = {ann.name, ben.name, cat.name, dan.name}
    assert {run for run in runs if run in names} == {"Ann Able", "Ben Baker"}
    assert "Greater Manchester Police" in runs and "Health visitor" in runs
    assert "Primary school" not in runs


def test_register_print_view_lists_exactly_the_confirmed_people(admin_client, course):
    event, *_people = course
    response = admin_client.get(reverse("training_booking:register", args=[event.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    rows = html.count("data-register-booking=")
    assert rows == 2
    assert "Ann Able" in html and "Ben Baker" in html
    assert "Cat Cole" not in html and "Dan Dale" not in html
    assert "style=" not in html and "<script>" not in html
    listing = admin_client.get(reverse(INDEX), {"event": event.pk}).content.decode()
    assert reverse("training_booking:register", args=[event.pk]) in listing


def test_register_needs_booking_permission(client, django_user_model, course):
    event, *_people = course
    user = django_user_model.objects.create_user("nobody", password="pw", is_staff=True)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("training_booking:register_pdf", args=[event.pk])).status_code in (
        302,
        403,
    )


# email the attendees -------------------------------------------------------------------


def log_entries(action, course):
    """The log entries of `action` on the bookings of `course`."""
    _event, *bookings = course
    return ModelLogEntry.objects.filter(
        action=action,
        content_type__app_label="training",
        content_type__model="booking",
        object_id__in=[str(booking.pk) for booking in bookings],
    )


def email_url(event):
    return reverse("training_booking:email_attendees", args=[event.pk])


def test_email_preview_then_send_one_per_person_through_the_task_queue(
    admin_client, admin_user, course, run_on_commit
):
    event, ann, ben, cat, _dan = course
    form = {"audience": "both", "subject": "Joining instructions", "message": "Room 2, 9:30."}
    preview = admin_client.post(email_url(event), {**form, "preview": "1"})
    html = preview.content.decode()
    assert "Send to 3 people" in html
    assert "Dear Ann Able" in html and "Room 2, 9:30." in html
    mail.outbox.clear()
    assert not log_entries(EMAILED_ACTION, course).exists()

    with run_on_commit() as callbacks:
        response = admin_client.post(email_url(event), {**form, "send": "1"})
    assert response.status_code == 302
    assert len(callbacks) == 3, "one task enqueued per person, after the commit"
    assert sorted(message.to[0] for message in mail.outbox) == [
        ann.email,
        ben.email,
        cat.email,
    ]
    for message in mail.outbox:
        assert message.subject == "Joining instructions"
        assert "Room 2, 9:30." in message.body and "/cancel/" in message.body
    ann_mail = next(m for m in mail.outbox if m.to == [ann.email])
    assert ann_mail.body.startswith("Dear Ann Able,")
    entries = log_entries(EMAILED_ACTION, course)
    assert sorted(int(entry.object_id) for entry in entries) == sorted([ann.pk, ben.pk, cat.pk])
    assert {entry.user_id for entry in entries} == {admin_user.pk}
    assert {entry.data["subject"] for entry in entries} == {"Joining instructions"}

    history = admin_client.get(reverse("training_booking:history", args=[ann.pk]))
    assert "Emailed “Joining instructions”" in history.content.decode()


def test_email_to_the_waiting_list_only(admin_client, course, run_on_commit):
    event, _ann, _ben, cat, _dan = course
    mail.outbox.clear()
    with run_on_commit():
        admin_client.post(
            email_url(event),
            {"audience": "waiting", "subject": "Still waiting", "message": "Hi", "send": "1"},
        )
    assert [message.to for message in mail.outbox] == [[cat.email]]


def test_failed_attendee_email_is_recorded_on_the_booking(
    admin_client, course, run_on_commit, settings
):
    event, ann, *_rest = course
    settings.EMAIL_BACKEND = f"{FailingEmailBackend.__module__}.FailingEmailBackend"
    with run_on_commit():
        admin_client.post(
            email_url(event),
            {"audience": "confirmed", "subject": "Change", "message": "New room", "send": "1"},
        )
    ann.refresh_from_db()
    assert "mail server unavailable" in ann.email_error
    assert log_entries(EMAIL_FAILED_ACTION, course).count() == 2


def test_email_form_explains_missing_fields_and_empty_groups(admin_client, make_event):
    event = make_event(capacity=2)
    html = admin_client.post(email_url(event), {"audience": "both", "preview": "1"}).content
    assert b"This field is required" in html
    html = admin_client.post(
        email_url(event), {"audience": "both", "subject": "Hi", "message": "Hi", "preview": "1"}
    ).content.decode()
    assert "Nobody is in that group" in html and 'name="send"' not in html


# export --------------------------------------------------------------------------------


def test_export_has_event_title_start_status_and_local_booking_time(admin_client, course):
    event, ann, *_rest = course
    # A summer booking, to see British Summer Time rather than UTC.
    booked = datetime.datetime(2026, 7, 1, 8, 5, 9, 123456, tzinfo=datetime.UTC)
    Booking.objects.filter(pk=ann.pk).update(created=booked)
    response = admin_client.get(reverse(INDEX), {"event": event.pk, "export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    first = rows[0]
    assert list(first)[:3] == ["Event", "Event starts (UK time)", "Name"]
    assert first["Event"] == "Safer recruitment"
    assert first["Event starts (UK time)"] == timezone.localtime(event.start).strftime(
        "%Y-%m-%d %H:%M"
    )
    assert first["Booked at (UK time)"] == "2026-07-01 09:05:09"
    assert [row["Status"] for row in rows] == ["Confirmed", "Confirmed", "Waiting list"] + [
        "Cancelled"
    ]


def test_export_is_a_visible_button_and_names_wrap_between_words(admin_client, course):
    event, *_people = course
    html = admin_client.get(reverse(INDEX), {"event": event.pk}).content.decode()
    assert "Download CSV" in html
    assert f"?event={event.pk}&amp;export=csv" in html
    assert "training/admin.css" in html
    assert 'class="wrap-anywhere' in html or "wrap-anywhere" in html


# bulk attended / no-show ---------------------------------------------------------------


def bulk_url(action, *bookings, **params):
    query = "&".join(f"id={booking.pk}" for booking in bookings)
    extra = "".join(f"&{key}={value}" for key, value in params.items())
    return reverse("wagtail_bulk_action", args=["training", "booking", action]) + (
        f"?{query}{extra}&next=/admin/"
    )


def test_bulk_mark_attended_and_no_show(admin_client, course):
    event, ann, ben, cat, dan = course
    confirm = admin_client.get(bulk_url("mark_attended", ann, ben, cat))
    html = confirm.content.decode()
    assert confirm.status_code == 200
    assert "these 2 people" in html and "Cat Cole: waiting list" in html
    response = admin_client.post(bulk_url("mark_attended", ann, ben, cat), follow=True)
    assert "2 people are marked as attended." in response.content.decode()
    statuses = dict(Booking.objects.filter(event=event).values_list("name", "status"))
    assert statuses == {
        "Ann Able": "attended",
        "Ben Baker": "attended",
        "Cat Cole": "waiting",
        "Dan Dale": "cancelled",
    }
    admin_client.post(bulk_url("mark_no_show", ben))
    ben.refresh_from_db()
    assert ben.status == "no_show"


def test_bulk_select_all_keeps_the_event_filter(admin_client, course, make_event):
    event, ann, ben, *_rest = course
    other = make_event(capacity=3)
    outsider = book(other, 9)
    url = reverse("wagtail_bulk_action", args=["training", "booking", "mark_no_show"])
    admin_client.post(f"{url}?id=all&event={event.pk}&next=/admin/")
    ann.refresh_from_db(), ben.refresh_from_db(), outsider.refresh_from_db()
    assert (ann.status, ben.status, outsider.status) == ("no_show", "no_show", "confirmed")
    admin_client.post(f"{url}?id=all&next=/admin/")
    outsider.refresh_from_db()
    assert outsider.status == "confirmed", "never every event's bookings at once"


def test_listing_has_bulk_checkboxes(admin_client, course):
    event, ann, *_rest = course
    html = admin_client.get(reverse(INDEX), {"event": event.pk}).content.decode()
    assert f'data-object-id="{ann.pk}"' in html
    assert f'id="booking_{ann.pk}_title"' in html
    assert "Mark attended" in html and "Mark no-show" in html


def test_bulk_actions_need_the_change_permission(client, django_user_model, course):
    from django.contrib.auth.models import Permission

    _event, ann, *_rest = course
    viewer = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_booking"),
    )
    client.force_login(viewer)
    assert client.post(bulk_url("mark_attended", ann)).status_code in (302, 403)
    ann.refresh_from_db()
    assert ann.status == "confirmed"


# attendance rate -----------------------------------------------------------------------


def test_event_admin_page_shows_the_attendance_rate_after_the_event(admin_client, course):
    event, ann, ben, *_rest = course
    edit = reverse("wagtailadmin_pages:edit", args=[event.pk])
    assert "data-attendance-rate" not in admin_client.get(edit).content.decode()
    services.mark_attendance(booking=ann, attended=True)
    TrainingEventPage.objects.filter(pk=event.pk).update(
        start=timezone.now() - datetime.timedelta(days=1),
        end=timezone.now() - datetime.timedelta(hours=20),
    )
    html = admin_client.get(edit).content.decode()
    assert 'data-attendance-rate="50"' in html
    assert "1 of the 2 people with a place came" in html
    assert "1 person is not yet marked" in html
    services.mark_attendance(booking=ben, attended=False)
    html = admin_client.get(edit).content.decode()
    assert 'data-attendance-rate="50"' in html and "not yet marked" not in html


def test_emailing_attendees_needs_the_change_permission(
    client, django_user_model, course, run_on_commit
):
    from django.contrib.auth.models import Permission

    event, *_people = course
    viewer = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_booking"),
    )
    client.force_login(viewer)
    mail.outbox.clear()
    with run_on_commit():
        response = client.post(
            email_url(event),
            {"audience": "both", "subject": "Hi", "message": "Hi", "send": "1"},
        )
    assert response.status_code in (302, 403)
    assert mail.outbox == []
    listing = client.get(reverse(INDEX), {"event": event.pk}).content.decode()
    assert "Attendance register" in listing and "Email the attendees" not in listing
