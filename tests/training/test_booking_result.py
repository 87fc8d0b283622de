"""A booking answers with a redirect to its result page, which says nothing about who booked."""

import datetime

import pytest
from django.core import mail

from tests.training.helpers import book_url, booking_details, form_data
from training import services
from training.models import Booking

pytestmark = pytest.mark.django_db


def test_a_booking_redirects_to_its_result_page(client, make_event, run_on_commit):
    event = make_event(capacity=1)
    mail.outbox.clear()
    with run_on_commit():
        first = client.post(book_url(event), form_data(1))
        second = client.post(book_url(event), form_data(2))
    assert (first.status_code, first["Location"]) == (303, event.url + "book/confirmed/")
    assert (second.status_code, second["Location"]) == (303, event.url + "book/waiting/")
    confirmed = client.get(first["Location"])
    html = confirmed.content.decode()
    assert confirmed.status_code == 200
    assert 'data-booking-status="confirmed"' in html
    assert "Your place is confirmed" in html
    assert "We have emailed you the details" in html
    assert '<meta name="robots" content="noindex">' in html
    waiting = client.get(second["Location"]).content.decode()
    assert 'data-booking-status="waiting"' in waiting
    assert "You are on the waiting list" in waiting
    assert len(mail.outbox) == 2


def test_refreshing_the_result_page_sends_nothing_again(client, make_event, run_on_commit):
    event = make_event()
    mail.outbox.clear()
    with run_on_commit():
        result = client.post(book_url(event), form_data(1), follow=True)
        again = [client.get(event.url + "book/confirmed/") for _ in range(3)]
    assert result.redirect_chain[-1][1] == 303
    assert Booking.objects.filter(event=event).count() == 1
    assert len(mail.outbox) == 1
    for response in [result, *again]:
        html = response.content.decode()
        assert 'data-booking-status="confirmed"' in html
        assert "already has a booking" not in html
        assert "already booked" not in html.lower()
    assert not again[0].cookies, "the result page sets no cookie: it can be cached"


def test_unknown_results_are_the_site_404_and_posts_go_back_to_the_event(client, make_event):
    event = make_event()
    for status in ("cancelled", "attended", "anything", "CONFIRMED"):
        response = client.get(event.url + f"book/{status}/")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()
    response = client.post(event.url + "book/confirmed/", form_data(1))
    assert (response.status_code, response["Location"]) == (302, event.url)
    assert not Booking.objects.filter(event=event).exists()
    past = make_event(starts_in=-datetime.timedelta(days=2))
    response = client.get(past.url + "book/confirmed/")
    assert (response.status_code, response["Location"]) == (302, past.url)


def test_a_repeat_booking_answers_like_a_new_one_and_emails_the_existing_details(
    client, make_event, run_on_commit
):
    event = make_event(capacity=5, title="Keeping children safe online")
    existing = services.book_place(
        event=event, **booking_details(1, name="Secret Name", organisation="Secret Org")
    )
    Booking.objects.filter(pk=existing.pk).update(
        created=existing.created - datetime.timedelta(hours=1)
    )
    mail.outbox.clear()
    with run_on_commit():
        repeat = client.post(book_url(event), form_data(7, email="PERSON1@example.invalid"))
        new = client.post(book_url(event), form_data(8))
    assert repeat.status_code == new.status_code == 303
    assert repeat["Location"] == new["Location"] == event.url + "book/confirmed/"
    repeat_page = client.get(repeat["Location"]).content.decode()
    assert "Secret Name" not in repeat_page and "Secret Org" not in repeat_page
    assert "already has a booking" not in repeat_page
    assert Booking.objects.filter(event=event, email__iexact="person1@example.invalid").count() == 1

    details, welcome = mail.outbox
    assert details.to == ["person1@example.invalid"], "the existing booking's address"
    assert details.subject == "Your booking: Keeping children safe online"
    assert "Dear Secret Name" in details.body
    assert "You already have a booking for it, so nothing has changed" in details.body
    assert "Your place is confirmed" in details.body
    existing.refresh_from_db()
    assert existing.cancel_url in details.body
    assert details.attachments[0][0].endswith(".ics")
    assert welcome.to == ["person8@example.invalid"]
    assert existing.name == "Secret Name", "the repeat request changes nothing"


def test_on_a_full_event_a_repeat_answers_as_the_waiting_list_would(
    client, make_event, run_on_commit
):
    event = make_event(capacity=1)
    holder = services.book_place(event=event, **booking_details(1))
    Booking.objects.filter(pk=holder.pk).update(
        created=holder.created - datetime.timedelta(hours=1)
    )
    mail.outbox.clear()
    with run_on_commit():
        repeat = client.post(book_url(event), form_data(1))
        new = client.post(book_url(event), form_data(2))
    assert repeat["Location"] == new["Location"] == event.url + "book/waiting/"
    holder.refresh_from_db()
    assert holder.status == "confirmed"
    details = next(m for m in mail.outbox if m.to == ["person1@example.invalid"])
    assert "Your place is confirmed on:" in details.body, "the email tells the truth"


def test_repeat_requests_email_the_details_at_most_every_fifteen_minutes(
    client, make_event, run_on_commit
):
    event = make_event()
    booking = services.book_place(event=event, **booking_details(1))
    mail.outbox.clear()
    with run_on_commit():
        client.post(book_url(event), form_data(1))
    assert mail.outbox == [], "booked moments ago: the booking email is on its way"
    Booking.objects.filter(pk=booking.pk).update(
        created=booking.created - datetime.timedelta(minutes=16)
    )
    with run_on_commit():
        for _ in range(5):
            response = client.post(book_url(event), form_data(1))
            assert response["Location"].endswith("/book/confirmed/")
    assert [message.to for message in mail.outbox] == [["person1@example.invalid"]]
    booking.refresh_from_db()
    Booking.objects.filter(pk=booking.pk).update(
        details_resent_at=booking.details_resent_at - datetime.timedelta(minutes=16)
    )
    with run_on_commit():
        client.post(book_url(event), form_data(1))
    assert len(mail.outbox) == 2


def test_the_service_reports_only_what_a_new_booking_would_get(make_event):
    event = make_event(capacity=1)
    first = services.request_booking(event=event, **booking_details(1))
    assert first.status == "confirmed" and first.booking is not None
    repeat = services.request_booking(event=event, **booking_details(1))
    assert repeat.status == "waiting" and repeat.booking is None
    assert Booking.objects.filter(event=event).count() == 1
    closed = make_event(booking_open=False)
    with pytest.raises(services.BookingClosed):
        services.request_booking(event=closed, **booking_details(1))


def test_consent_to_be_contacted_is_optional_on_the_form(client, make_event):
    event = make_event()
    html = client.get(event.url).content.decode()
    assert "(optional)" in html
    assert 'aria-describedby="booking-consent-hint"' in html
    assert 'name="consent" required' not in html
    data = form_data(1)
    del data["consent"]
    response = client.post(book_url(event), data)
    assert response.status_code == 303
    booking = Booking.objects.get(event=event)
    assert booking.consent_to_contact is False
    client.post(book_url(event), form_data(2))
    assert Booking.objects.get(event=event, email="person2@example.invalid").consent_to_contact
