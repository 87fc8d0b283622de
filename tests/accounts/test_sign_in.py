"""Admin sign-in: lockout after failed logins, the same answer for unknown names, and
two-factor codes (off by default, required in production)."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.portal.test_settings import production_settings

pytestmark = pytest.mark.django_db


def login(client, username: str, password: str):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def test_login_locks_after_five_failures(client, users):
    for _attempt in range(4):
        response = login(client, "ed", "wrong-password")
        assert response.status_code == 200  # the form again, with an error
    assert login(client, "ed", "wrong-password").status_code == 429  # the fifth failure
    response = login(client, "ed", "pass-word-123")
    assert response.status_code == 429
    assert b"Sign-in temporarily locked" in response.content
    assert "_auth_user_id" not in client.session


def test_unknown_user_names_get_the_same_answer(client, users):
    for _attempt in range(4):
        known = login(client, "ed", "wrong-password")
        unknown = login(client, "nobody-here", "wrong-password")
        assert known.status_code == unknown.status_code == 200
        assert known.content.count(b"error") == unknown.content.count(b"error")
    assert login(client, "ed", "x").status_code == 429
    assert login(client, "nobody-here", "x").status_code == 429


def test_two_factor_is_off_by_default(settings, client, users):
    assert settings.ADMIN_2FA_REQUIRED is False
    client.force_login(users["moderator"])
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_two_factor_when_required(settings, client, users):
    settings.ADMIN_2FA_REQUIRED = True
    home = reverse("wagtailadmin_home")

    client.force_login(users["editor"])
    assert client.get(home).status_code == 200, "editors are not forced"

    client.force_login(users["moderator"])
    response = client.get(home)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("portal_2fa_setup"))
    assert client.get(response["Location"]).status_code == 200
    device = TOTPDevice.objects.get(user=users["moderator"], confirmed=False)
    response = client.post(reverse("portal_2fa_setup"), {"otp_token": "000000", "next": home})
    assert response.status_code == 200  # wrong code: the form again
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    token = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    response = client.post(reverse("portal_2fa_setup"), {"otp_token": token, "next": home})
    assert response.status_code == 302
    assert client.get(home).status_code == 200

    # A new session needs a code from the confirmed device.
    client.logout()
    client.force_login(users["moderator"])
    response = client.get(home)
    assert response["Location"].startswith(reverse("portal_2fa_verify"))
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    token = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    response = client.post(reverse("portal_2fa_verify"), {"otp_token": token, "next": home})
    assert response.status_code == 302
    assert client.get(home).status_code == 200

    client.force_login(users["superuser"])
    assert client.get(home).status_code == 302, "superusers are forced too"

    # An editor who chose to set up a device must use it.
    TOTPDevice.objects.create(user=users["editor"], name="phone", confirmed=True)
    client.force_login(users["editor"])
    assert client.get(home)["Location"].startswith(reverse("portal_2fa_verify"))


def test_production_turns_two_factor_on():
    assert production_settings("ADMIN_2FA_REQUIRED") == {"ADMIN_2FA_REQUIRED": True}
