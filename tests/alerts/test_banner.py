"""The alert banner: shown only within its window, from one cached query, purged on time."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alerts.banner import active_banners
from alerts.models import AlertBanner, AlertWindowCheck
from alerts.signals import alerts_changed
from alerts.windows import check_windows
from tests.factories import AlertBannerFactory, GuidancePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def cached_home(client, put_in_page_cache):
    """The home page, held by the application page cache: served from it until purged."""
    put_in_page_cache("/")

    def still_cached() -> bool:
        return client.get("/")["X-Page-Cache"] == "hit"

    return still_cached


@pytest.fixture
def signals_sent():
    sent = []

    def record(sender, **kwargs):
        sent.append(kwargs.get("reason"))

    alerts_changed.connect(record, dispatch_uid="test-recorder")
    yield sent
    alerts_changed.disconnect(dispatch_uid="test-recorder")


def make_alert(message, *, start, end, **extra):
    return AlertBannerFactory(message=message, starts_at=start, ends_at=end, **extra)


def test_the_banner_shows_only_within_its_window(client):
    other_page = StandardPageFactory()
    now = timezone.now()
    make_alert("Phone lines are down until 5pm.", start=now - HOUR, end=now + HOUR, level="urgent")
    make_alert("Ended already.", start=now - 2 * HOUR, end=now - HOUR)
    make_alert("Not started yet.", start=now + HOUR, end=now + 2 * HOUR)
    html = client.get("/").content.decode()
    assert "Phone lines are down until 5pm." in html
    assert "Ended already." not in html and "Not started yet." not in html
    assert "data-alert-banner" in client.get(other_page.url).content.decode()
    # The same cached data answers at other moments.
    assert [b.message for b in active_banners(now + 1.5 * HOUR)] == ["Not started yet."]
    assert active_banners(now + 3 * HOUR) == []


def test_a_link_to_a_page_or_an_address(client):
    guidance = GuidancePageFactory()
    now = timezone.now()
    make_alert(
        "Read the new guidance.",
        start=now - HOUR,
        end=now + HOUR,
        link_page=guidance,
        link_text="New guidance",
    )
    make_alert(
        "See the service status.",
        start=now - HOUR,
        end=now + HOUR,
        link_url="https://status.example.org/",
        link_text="Service status",
    )
    html = client.get("/").content.decode()
    assert f'<a href="{guidance.url}">New guidance</a>' in html
    assert '<a href="https://status.example.org/">Service status</a>' in html


def test_banners_cost_no_queries_once_cached(client):
    client.get("/")
    with CaptureQueriesContext(connection) as without:
        client.get("/")
    now = timezone.now()
    for number in range(3):
        make_alert(f"Alert {number}", start=now - HOUR, end=now + HOUR)
    cache.clear()
    client.get("/")  # warm up: one query fills the cache
    with CaptureQueriesContext(connection) as with_alerts:
        html = client.get("/").content.decode()
    assert html.count("data-alert-banner") == 3
    assert len(with_alerts) == len(without)


def test_saving_an_alert_sends_alerts_changed_and_purges_cached_pages(
    signals_sent, cached_home, django_capture_on_commit_callbacks
):
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        alert = make_alert("New alert", start=now, end=now + HOUR)
    assert signals_sent == ["saved"]
    assert not cached_home(), "the home page was purged"
    with django_capture_on_commit_callbacks(execute=True):
        alert.delete()
    assert signals_sent == ["saved", "deleted"]


def test_the_scheduled_check_purges_when_a_window_starts_or_ends(
    signals_sent, cached_home, django_capture_on_commit_callbacks
):
    now = timezone.now()
    AlertWindowCheck.objects.create(pk=1, checked_at=now)
    AlertBanner.objects.bulk_create(  # bulk_create sends no post_save: only the check speaks
        [
            AlertBanner(
                message="Starts soon",
                starts_at=now + 2 * datetime.timedelta(minutes=1),
                ends_at=now + HOUR,
            ),
        ]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert check_windows(now=now + datetime.timedelta(minutes=1)) == 0
    assert signals_sent == []
    assert cached_home(), "nothing started: the cached page stands"
    with django_capture_on_commit_callbacks(execute=True):
        assert check_windows(now=now + datetime.timedelta(minutes=3)) == 1
    assert signals_sent == ["window"]
    assert not cached_home(), "the window started: the home page was purged"
    with django_capture_on_commit_callbacks(execute=True):
        assert check_windows(now=now + datetime.timedelta(minutes=4)) == 0  # not twice
        assert check_windows(now=now + HOUR + datetime.timedelta(minutes=1)) == 1  # it ended
    assert signals_sent == ["window", "window"]


def test_the_command_runs(signals_sent, django_capture_on_commit_callbacks):
    now = timezone.now()
    AlertWindowCheck.objects.create(pk=1, checked_at=now - datetime.timedelta(minutes=1))
    AlertBanner.objects.bulk_create(
        [
            AlertBanner(
                message="Just started",
                starts_at=now - datetime.timedelta(seconds=20),
                ends_at=now + HOUR,
            )
        ]
    )
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("check_alert_windows", stdout=out)
    assert "1 alert(s) started or ended" in out.getvalue()
    assert signals_sent == ["window"]


def test_an_end_before_the_start_is_refused(admin_client):
    response = admin_client.post(
        "/admin/snippets/alerts/alertbanner/add/",
        {
            "message": "Backwards",
            "level": "information",
            "link_text": "More",
            "starts_at": "2030-01-02 10:00",
            "ends_at": "2030-01-01 10:00",
        },
    )
    assert response.status_code == 200
    assert "The end must be after the start." in response.content.decode()
    assert not AlertBanner.objects.exists()


def test_staff_find_alerts_in_the_admin(admin_client):
    now = timezone.now()
    make_alert("Phone lines are down", start=now, end=now + HOUR)
    response = admin_client.get("/admin/snippets/alerts/alertbanner/?q=phone")
    assert response.status_code == 200
    assert "Phone lines are down" in response.content.decode()
