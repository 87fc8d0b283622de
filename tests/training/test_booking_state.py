"""An event works out what its booking area shows in one place: the model."""

import datetime

import pytest

from tests.training.helpers import booking_details
from training import services
from training.models import BookingState, TrainingEventPage

pytestmark = pytest.mark.django_db


def test_places_left_comes_from_the_annotation_or_one_query(make_event, django_assert_num_queries):
    event = make_event(capacity=2)
    services.book_place(event=event, **booking_details(1))
    with django_assert_num_queries(1):
        assert event.places_left == 1
    annotated = TrainingEventPage.objects.with_places_held().get(pk=event.pk)
    with django_assert_num_queries(0):
        assert annotated.places_left == 1


def test_each_booking_state(make_event):
    full = make_event(capacity=1)
    services.book_place(event=full, **booking_details(1))
    cases = {
        BookingState.OPEN: make_event(capacity=1),
        BookingState.WAITING_LIST: full,
        BookingState.NOT_OPEN: make_event(booking_open=False),
        BookingState.CLOSED: make_event(starts_in=datetime.timedelta(hours=2)),
        BookingState.PAST: make_event(starts_in=-datetime.timedelta(days=2)),
    }
    assert {state: event.booking_state() for state, event in cases.items()} == {
        state: state for state in cases
    }
    assert cases[BookingState.OPEN].booking_state(closed_now=True) == BookingState.CLOSED


@pytest.mark.parametrize(
    ("capacity", "state", "button"),
    [(2, "open", "Book a place"), (0, "waiting_list", "Join the waiting list")],
)
def test_the_page_shows_the_state_it_is_given(client, make_event, capacity, state, button):
    event = make_event(capacity=capacity)
    response = client.get(event.url)
    assert response.context["booking_state"] == state
    assert button in response.content.decode()
    assert f'action="{event.url}book/#booking"' in response.content.decode()
