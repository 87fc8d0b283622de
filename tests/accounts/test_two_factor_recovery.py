"""Two-factor recovery: one-time backup codes, and a superuser's reset, each in the log."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts.two_factor_recovery import (
    BACKUP_CODE_COUNT,
    LOG_BACKUP_CODE_USED,
    LOG_BACKUP_CODES_MADE,
    LOG_RESET,
    make_backup_codes,
)
from editorial.groups import MODERATORS

pytestmark = pytest.mark.django_db
HOME = "/admin/"


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(username="mod", password="pass-word-123")
    user.groups.add(Group.objects.get(name=MODERATORS))
    TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "r@example.invalid", "pw-12345-x")


def logged(user, action) -> int:
    return ModelLogEntry.objects.filter(object_id=str(user.pk), action=action).count()


def test_users_with_an_authenticator_make_backup_codes(client, moderator):
    client.force_login(moderator)
    page = client.get(reverse("portal_2fa_backup_codes"))
    assert page.status_code == 200 and b"Make new backup codes" in page.content
    response = client.post(reverse("portal_2fa_backup_codes"))
    shown = re.findall(r"<code>([0-9a-f]{5}) ([0-9a-f]{5})</code>", response.content.decode())
    assert len(shown) == BACKUP_CODE_COUNT
    stored = set(StaticToken.objects.filter(device__user=moderator).values_list("token", flat=True))
    assert stored == {a + b for a, b in shown}
    assert logged(moderator, LOG_BACKUP_CODES_MADE) == 1
    assert response["Cache-Control"].startswith("max-age=0")

    # Making them again cancels the first set.
    client.post(reverse("portal_2fa_backup_codes"))
    assert StaticToken.objects.filter(device__user=moderator).count() == BACKUP_CODE_COUNT
    assert not set(StaticToken.objects.values_list("token", flat=True)) & stored


def test_backup_codes_need_an_authenticator_first(client, django_user_model):
    user = django_user_model.objects.create_user(username="new", password="x")
    user.groups.add(Group.objects.get(name=MODERATORS))
    client.force_login(user)
    response = client.post(reverse("portal_2fa_backup_codes"))
    assert response["Location"] == reverse("portal_2fa_setup")
    assert not StaticDevice.objects.exists()


def test_a_backup_code_signs_in_once(client, moderator, settings):
    settings.ADMIN_2FA_REQUIRED = True
    codes = make_backup_codes(user=moderator, made_by=moderator)
    client.force_login(moderator)
    assert client.get(HOME)["Location"].startswith(reverse("portal_2fa_verify"))
    typed = f"{codes[0][:5]} {codes[0][5:].upper()}"
    response = client.post(reverse("portal_2fa_verify"), {"otp_token": typed, "next": HOME})
    assert response.status_code == 302 and response["Location"] == HOME
    assert client.get(HOME).status_code == 200
    assert logged(moderator, LOG_BACKUP_CODE_USED) == 1

    client.logout()
    client.force_login(moderator)
    again = client.post(reverse("portal_2fa_verify"), {"otp_token": codes[0], "next": HOME})
    assert again.status_code == 200 and b"That code is not right" in again.content
    assert StaticToken.objects.filter(device__user=moderator).count() == BACKUP_CODE_COUNT - 1


def test_a_superuser_resets_another_users_second_factor(client, moderator, superuser, settings):
    make_backup_codes(user=moderator, made_by=moderator)
    client.force_login(superuser)
    listing = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert reverse("portal_2fa_reset", args=[moderator.pk]) in listing
    url = reverse("portal_2fa_reset", args=[moderator.pk])
    assert b"2 in all" in client.get(url).content
    response = client.post(url)
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    assert not StaticDevice.objects.filter(user=moderator).exists()
    entry = ModelLogEntry.objects.get(object_id=str(moderator.pk), action=LOG_RESET)
    assert entry.user_id == superuser.pk
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Two-factor authentication reset" in history

    # The moderator must set up an authenticator again at the next sign-in.
    settings.ADMIN_2FA_REQUIRED = True
    client.force_login(moderator)
    assert client.get(HOME)["Location"].startswith(reverse("portal_2fa_setup"))


def test_only_superusers_reset_and_never_their_own(client, moderator, superuser):
    TOTPDevice.objects.create(user=superuser, name="Authenticator app", confirmed=True)
    client.force_login(moderator)
    refused = client.post(reverse("portal_2fa_reset", args=[superuser.pk]))
    assert refused.status_code == 403 or refused["Location"] == HOME  # Wagtail's "no permission"
    client.force_login(superuser)
    refused = client.post(reverse("portal_2fa_reset", args=[superuser.pk]))
    assert refused.status_code == 403 or refused["Location"] == HOME
    assert TOTPDevice.objects.filter(user=superuser).count() == 1
    assert TOTPDevice.objects.filter(user=moderator).exists()
    assert logged(moderator, LOG_RESET) == 0
