"""Two-factor recovery: one-time backup codes, and a superuser's reset of a second factor.

A Moderator who loses their phone signs in with a backup code (django-otp's static device;
each code works once). A superuser can also remove every second factor of another user,
who then sets up an authenticator again at the next sign-in. Both are written to the
admin's log (Reports > Site history), on the user concerned.
"""

import secrets

import django_otp
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import LazyObject
from django.views.decorators.cache import never_cache
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from wagtail.log_actions import log

BACKUP_CODE_COUNT = 10
BACKUP_DEVICE_NAME = "Backup codes"
# Stored in the admin log: the names date from before accounts was an app, and are kept.
LOG_BACKUP_CODES_MADE = "portal.two_factor.backup_codes_made"
LOG_BACKUP_CODE_USED = "portal.two_factor.backup_code_used"
LOG_RESET = "portal.two_factor.reset"
LOG_ACTIONS = {
    LOG_BACKUP_CODES_MADE: "Two-factor backup codes made",
    LOG_BACKUP_CODE_USED: "Signed in with a two-factor backup code",
    LOG_RESET: "Two-factor authentication reset",
}


def concrete(user):
    """The user itself, not request.user's lazy wrapper (the admin log skips wrappers)."""
    if isinstance(user, LazyObject):
        return get_user_model()._default_manager.get(pk=user.pk)
    return user


def new_backup_code() -> str:
    """Ten lower-case letters and digits (40 bits), shown as two groups of five."""
    return secrets.token_hex(5)


def normalise_code(value: str) -> str:
    return "".join(value.split()).replace("-", "").lower()


def make_backup_codes(*, user, made_by) -> list[str]:
    """Replace the user's backup codes with new ones; the codes, to be shown once."""
    codes = [new_backup_code() for _ in range(BACKUP_CODE_COUNT)]
    user, made_by = concrete(user), concrete(made_by)
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(
            user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
        log(instance=user, action=LOG_BACKUP_CODES_MADE, user=made_by)
    return codes


def record_backup_code_use(*, user) -> None:
    user = concrete(user)
    log(instance=user, action=LOG_BACKUP_CODE_USED, user=user)


def reset_second_factor(*, user, reset_by) -> int:
    """Remove every second factor (apps and backup codes) of `user`; how many were removed."""
    user, reset_by = concrete(user), concrete(reset_by)
    with transaction.atomic():
        devices = list(django_otp.devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        log(instance=user, action=LOG_RESET, user=reset_by)
    return len(devices)


def remaining_backup_codes(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@never_cache
@login_required(login_url="wagtailadmin_login")
def backup_codes(request: HttpRequest) -> HttpResponse:
    """Make (or remake) one-time backup codes, once an authenticator app is set up."""
    user = request.user
    if not django_otp.user_has_device(user, confirmed=True):
        return redirect("portal_2fa_setup")
    codes = make_backup_codes(user=user, made_by=user) if request.method == "POST" else None
    context = {"codes": codes, "remaining": remaining_backup_codes(user)}
    return render(request, "accounts/two_factor/backup_codes.html", context)


@never_cache
@login_required(login_url="wagtailadmin_login")
def reset(request: HttpRequest, user_id: int) -> HttpResponse:
    """A superuser removes another user's second factor (after a lost phone, say)."""
    if not request.user.is_superuser:
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if target.pk == request.user.pk:
        raise PermissionDenied  # your own: use the set-up and backup code pages
    if request.method == "POST":
        removed = reset_second_factor(user=target, reset_by=request.user)
        messages.success(
            request,
            f"Two-factor authentication for {target.get_username()} is reset "
            f"({removed} removed). They set it up again when they next sign in.",
        )
        return redirect("wagtailusers_users:index")
    devices = list(django_otp.devices_for_user(target, confirmed=None))
    return render(request, "accounts/two_factor/reset.html", {"target": target, "devices": devices})


def reset_url(user) -> str:
    return reverse("portal_2fa_reset", args=[user.pk])
