"""Readers book, see the result, and cancel through the event page's routes."""

import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.training.helpers import book_url, booking_details, form_data
from training import services
from training.models import Booking

pytestmark = pytest.mark.django_db


def test_open_event_shows_places_left_and_the_form(client, make_event):
    event = make_event(capacity=5)
    services.book_place(event=event, **booking_details(1))
    html = client.get(event.url).content.decode()
    assert 'data-places-left="4"' in html
    assert "4 places left" in html
    assert f'action="{book_url(event)}#booking"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    for name in ("name", "email", "organisation", "role", "needs", "consent"):
        assert f'name="{name}"' in html
    assert "Book a place</button>" in html


def test_full_event_says_so_and_offers_the_waiting_list(client, make_event):
    event = make_event(capacity=1)
    services.book_place(event=event, **booking_details(1))
    html = client.get(event.url).content.decode()
    assert 'data-places-left="0"' in html
    assert "This event is full" in html
    assert "Join the waiting list</button>" in html


def test_closed_and_past_events_have_no_form_and_set_no_cookie(client, make_event):
    events = (
        make_event(starts_in=datetime.timedelta(hours=12)),
        make_event(starts_in=-datetime.timedelta(days=2)),
        make_event(booking_open=False),
    )
    for event in events:
        response = client.get(event.url)
        html = response.content.decode()
        assert '<form class="booking-form"' not in html
        assert "data-places-left" not in html
        assert not response.cookies
        response = client.post(book_url(event), form_data())
        assert response.status_code == 200
        assert "data-booking-status" not in response.content.decode()
    assert not Booking.objects.filter(event__in=events).exists()


def test_booking_shows_the_result_and_sends_the_email(client, make_event, run_on_commit):
    event = make_event(capacity=1)
    mail.outbox.clear()
    with run_on_commit():
        first = client.post(book_url(event), form_data(1), follow=True)
        second = client.post(book_url(event), form_data(2), follow=True)
    assert first.status_code == 200
    assert first.redirect_chain == [(event.url + "book/confirmed/", 303)]
    assert 'data-booking-status="confirmed"' in first.content.decode()
    assert 'data-booking-status="waiting"' in second.content.decode()
    assert [message.to for message in mail.outbox] == [
        ["person1@example.invalid"],
        ["person2@example.invalid"],
    ]
    assert mail.outbox[0].attachments[0][0].endswith(".ics")


def test_errors_are_clear_and_what_was_typed_is_kept(client, make_event):
    event = make_event()
    data = form_data(1, email="not-an-email", role="x" * 101, needs="Hearing loop")
    del data["consent"]
    del data["name"]
    response = client.post(book_url(event), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Enter your full name." in html
    assert "Enter an email address like name@example.org." in html
    assert "Ensure this value has at most 100 characters" in html
    assert 'value="not-an-email"' in html
    assert 'value="Children&#x27;s Services"' in html
    assert "Hearing loop</textarea>" in html
    assert 'aria-describedby="booking-email-error"' in html
    assert not Booking.objects.filter(event=event).exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"name": ["a", "b"], "email": "a@b.c"},
        {"name": "x" * 100_000, "email": "@@@", "consent": "yes", "organisation": "\x00"},
        {"csrfmiddlewaretoken": "junk", "unknown": "field", "consent": "false"},
        {"email": "person@example.invalid" + "a" * 300},
    ],
)
def test_junk_posts_give_form_errors_not_server_errors(client, make_event, data):
    event = make_event()
    response = client.post(book_url(event), data)
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not Booking.objects.filter(event=event).exists()


def test_honeypot_catches_bots_and_is_hidden_from_people(client, make_event):
    event = make_event()
    html = client.get(event.url).content.decode()
    honeypot = re.search(
        r'<div class="booking-form__honeypot" aria-hidden="true">(.*?)</div>', html, re.S
    )
    assert honeypot, "the honeypot sits in an aria-hidden wrapper"
    assert "Leave this field empty" in honeypot.group(1)
    assert 'tabindex="-1"' in honeypot.group(1)
    response = client.post(book_url(event), {**form_data(1), "website": "http://spam.example"})
    html = response.content.decode()
    assert "We could not accept this booking" in html
    assert "spam.example" not in html
    assert not Booking.objects.filter(event=event).exists()


def test_a_repeat_booking_reveals_nothing_about_the_booking(client, make_event):
    event = make_event()
    services.book_place(
        event=event, **booking_details(1, name="Secret Name", organisation="Secret Org")
    )
    response = client.post(book_url(event), form_data(2, email="PERSON1@example.invalid"))
    assert response.status_code == 303
    html = client.get(response["Location"]).content.decode()
    assert "already has a booking for this event" not in html
    assert "Secret Name" not in html and "Secret Org" not in html
    assert Booking.objects.filter(event=event).count() == 1


def test_rate_limit_per_ip_gives_a_friendly_429(client, make_event, settings):
    settings.BOOKING_RATE_LIMIT = 2
    event = make_event()
    codes = [client.post(book_url(event), form_data(n)).status_code for n in range(1, 5)]
    assert codes == [303, 303, 429, 429]
    response = client.post(book_url(event), form_data(9))
    assert "Too many bookings at once" in response.content.decode()
    other_ip = client.post(book_url(event), form_data(5), REMOTE_ADDR="10.0.0.9")
    assert other_ip.status_code == 303
    assert Booking.objects.filter(event=event).count() == 3


def test_rate_limit_zero_turns_it_off(client, make_event, settings):
    settings.BOOKING_RATE_LIMIT = 0
    event = make_event(capacity=30)
    codes = {client.post(book_url(event), form_data(n)).status_code for n in range(1, 16)}
    assert codes == {303}
    assert Booking.objects.filter(event=event).count() == 15


def test_booking_needs_the_csrf_token(make_event):
    event = make_event()
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(book_url(event), form_data(1)).status_code == 403
    assert not strict.get(event.url).cookies, "the cached event page sets no cookie"
    state = strict.get(reverse("training_booking_state", kwargs={"pk": event.pk})).json()
    assert state["placesLeft"] == event.capacity
    token = state["csrfToken"]
    response = strict.post(
        book_url(event), {**form_data(1), "csrfmiddlewaretoken": token}, follow=True
    )
    assert 'data-booking-status="confirmed"' in response.content.decode()


def booking_page_url(event) -> str:
    return event.url + "booking-form/"


def test_the_cached_event_page_points_readers_without_javascript_to_the_booking_page(
    client, make_event
):
    event = make_event(capacity=5)
    html = client.get(event.url).content.decode()
    noscript = html[html.index("<noscript>") : html.index("</noscript>")]
    assert f'href="{booking_page_url(event)}"' in noscript
    # With JavaScript nothing changes: the same form, token fetched from booking.json.
    assert 'data-places-left="5"' in html
    assert f'action="{book_url(event)}#booking"' in html
    assert 'name="csrfmiddlewaretoken" value=""' in html
    assert f'data-booking-state="{reverse("training_booking_state", args=[event.pk])}"' in html


def test_booking_without_javascript_through_the_uncached_booking_page(make_event, run_on_commit):
    event = make_event(capacity=5)
    strict = Client(enforce_csrf_checks=True)
    page = strict.get(booking_page_url(event))
    assert page.status_code == 200
    cache_control = page["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert "public" not in cache_control
    html = page.content.decode()
    assert 'data-places-left="5"' in html
    assert f'action="{book_url(event)}#booking"' in html
    (token,) = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert strict.cookies["csrftoken"].value, "the page sets the CSRF cookie for the post"
    mail.outbox.clear()
    with run_on_commit():
        posted = strict.post(book_url(event), {**form_data(1), "csrfmiddlewaretoken": token})
    assert posted.status_code == 303
    result = strict.get(posted["Location"])
    assert 'data-booking-status="confirmed"' in result.content.decode()
    assert Booking.objects.get(event=event).status == "confirmed"
    assert [message.to for message in mail.outbox] == [["person1@example.invalid"]]


def test_the_booking_page_has_no_noscript_note_and_sends_closed_events_back(client, make_event):
    event = make_event()
    assert "<noscript>" not in client.get(booking_page_url(event)).content.decode()
    for closed in (
        make_event(booking_open=False),
        make_event(starts_in=datetime.timedelta(hours=12)),
    ):
        response = client.get(booking_page_url(closed))
        assert response.status_code == 302
        assert response["Location"] == closed.url


def test_get_on_the_book_route_goes_back_to_the_event(client, make_event):
    event = make_event()
    response = client.get(book_url(event))
    assert response.status_code == 302
    assert response["Location"] == event.url


def test_the_cancel_link_confirms_then_cancels_and_promotes(client, make_event, run_on_commit):
    event = make_event(capacity=1)
    holder = services.book_place(event=event, **booking_details(1))
    waiting = services.book_place(event=event, **booking_details(2))
    link = holder.cancel_url.removeprefix("http://localhost")
    page = client.get(link)
    assert page.status_code == 200
    assert "Cancel my booking</button>" in page.content.decode()
    holder.refresh_from_db()
    assert holder.status == "confirmed", "a GET must not cancel"
    mail.outbox.clear()
    with run_on_commit():
        done = client.post(link)
    assert "Your booking is cancelled" in done.content.decode()
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert (holder.status, waiting.status) == ("cancelled", "confirmed")
    assert [message.to for message in mail.outbox] == [
        ["person2@example.invalid"],
        ["person1@example.invalid"],
    ]
    assert ".ics" in mail.outbox[0].attachments[0][0]
    assert mail.outbox[1].subject.startswith("Your booking is cancelled")
    again = client.post(link)
    assert "already cancelled" in again.content.decode()


@pytest.mark.parametrize("kind", ["forged", "garbage", "other event", "empty-ish"])
def test_bad_cancel_links_are_a_friendly_404(client, make_event, kind):
    event, other = make_event(), make_event()
    booking = services.book_place(event=event, **booking_details(1))
    signature = booking.cancel_token.split("-", 1)[1]
    links = {
        "forged": f"{event.url}cancel/{booking.pk + 1}-{signature}/",
        "garbage": f"{event.url}cancel/garbage_token/",
        "other event": f"{other.url}cancel/{booking.cancel_token}/",
        "empty-ish": f"{event.url}cancel/-/",
    }
    for method in (client.get, client.post):
        response = method(links[kind])
        assert response.status_code == 404
        assert "This cancellation link does not work" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == "confirmed"


def test_cancel_links_with_characters_no_page_url_allows_are_the_site_404(client, make_event):
    event = make_event()
    for method in (client.get, client.post):
        response = method(f"{event.url}cancel/%00%ff<script>/")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()


def test_no_cancelling_once_the_event_has_started(client, make_event):
    event = make_event(capacity=1, starts_in=datetime.timedelta(days=3))
    holder = services.book_place(event=event, **booking_details(1))
    waiting = services.book_place(event=event, **booking_details(2))
    start = event.start - datetime.timedelta(days=3, hours=1)
    type(event).objects.filter(pk=event.pk).update(start=start)
    link = holder.cancel_url.removeprefix("http://localhost")
    assert "This event has started" in client.get(link).content.decode()
    assert "This event has started" in client.post(link).content.decode()
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert (holder.status, waiting.status) == ("confirmed", "waiting")
