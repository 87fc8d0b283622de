"""Admin sessions end after a period without use, and when the browser closes."""

import datetime
import os

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.factories import GuidancePageFactory
from tests.processes import read_settings

pytestmark = pytest.mark.django_db


def login(client, django_user_model):
    django_user_model.objects.create_superuser("idle", "idle@example.invalid", "pw-idle-123")
    response = client.post("/admin/login/", {"username": "idle", "password": "pw-idle-123"})
    assert response.status_code == 302
    return response


def test_the_session_cookie_ends_with_the_browser(client, django_user_model):
    response = login(client, django_user_model)
    cookie = response.cookies["sessionid"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""


def test_an_idle_session_ends_after_an_hour_and_use_keeps_it_alive(client, django_user_model):
    login(client, django_user_model)
    session = Session.objects.get()
    assert session.expire_date - timezone.now() <= datetime.timedelta(minutes=60)
    assert session.expire_date - timezone.now() > datetime.timedelta(minutes=59)

    # 50 minutes idle, then a request: the session lasts another hour from now.
    Session.objects.update(expire_date=timezone.now() + datetime.timedelta(minutes=10))
    assert client.get("/admin/").status_code == 200
    assert Session.objects.get().expire_date - timezone.now() > datetime.timedelta(minutes=59)

    # An hour idle: signed out.
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_idle_time_is_configurable():
    env = {
        **os.environ,
        "ADMIN_IDLE_MINUTES": "15",
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    assert read_settings("SESSION_COOKIE_AGE", env=env) == {"SESSION_COOKIE_AGE": 900}


def test_anonymous_readers_still_get_no_cookie(client):
    page = GuidancePageFactory()
    for url in ("/", page.url):
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies
