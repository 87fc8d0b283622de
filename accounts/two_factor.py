"""Two-factor authentication (TOTP) for the admin, built on django-otp.

When ``ADMIN_2FA_REQUIRED`` is on, Moderators and superusers must set up an authenticator
app and enter a code after signing in. Editors may set one up (from their account menu);
once they have, they must enter a code too. Outside the admin nothing happens, so public
pages read no session and cost no queries for anonymous readers.
"""

import base64
import io

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.middleware import OTPMiddleware
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial.groups import MODERATORS
from portal.redirects import safe_next_url

from .security import is_admin_path
from .two_factor_recovery import normalise_code, record_backup_code_use

# Admin pages a signed-in user may see before entering a code.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "portal_2fa_verify",
    "portal_2fa_setup",
}


def two_factor_required_for(user) -> bool:
    """Moderators and superusers must use two-factor authentication when it is turned on."""
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


class AdminTwoFactorMiddleware(OTPMiddleware):
    """Sends admin users who have not entered a code to the code (or set-up) page."""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_admin_path(request):
            return self.get_response(request)
        self._install_lazy_accessors(request)
        redirect_response = self.check(request)
        return redirect_response or self.get_response(request)

    def check(self, request: HttpRequest) -> HttpResponse | None:
        if not settings.ADMIN_2FA_REQUIRED:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if url_name in OPEN_URL_NAMES:
            return None
        if django_otp.user_has_device(user, confirmed=True):
            return redirect_to_login(request.get_full_path(), reverse("portal_2fa_verify"))
        if two_factor_required_for(user):
            return redirect_to_login(request.get_full_path(), reverse("portal_2fa_setup"))
        return None


class TokenForm(forms.Form):
    """A six-digit code from the authenticator app (or, when signing in, a backup code)."""

    otp_token = forms.CharField(
        label="Code from your authenticator app",
        help_text="Lost your phone? Enter one of your backup codes instead.",
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _next_url(request: HttpRequest) -> str:
    return safe_next_url(request, default=reverse("wagtailadmin_home"))


@never_cache
@sensitive_post_parameters("otp_token")
@login_required(login_url="wagtailadmin_login")
def verify(request: HttpRequest) -> HttpResponse:
    """Ask for a code from one of the user's confirmed devices."""
    devices = list(django_otp.devices_for_user(request.user, confirmed=True))
    if not devices:
        return redirect(reverse("portal_2fa_setup") + "?" + urlencode({"next": _next_url(request)}))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = normalise_code(form.cleaned_data["otp_token"])
        device = next((d for d in devices if d.verify_token(token)), None)
        if device is not None:
            django_otp.login(request, device)
            if isinstance(device, StaticDevice):
                record_backup_code_use(user=request.user)
            return redirect(_next_url(request))
        form.add_error("otp_token", "That code is not right, or has expired. Try again.")
    return render(
        request, "accounts/two_factor/verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@sensitive_post_parameters("otp_token")
@login_required(login_url="wagtailadmin_login")
def setup(request: HttpRequest) -> HttpResponse:
    """Add an authenticator app: scan the QR code, then confirm with a first code."""
    user = request.user
    if django_otp.user_has_device(user, confirmed=True) and not user.is_verified():
        return redirect(
            reverse("portal_2fa_verify") + "?" + urlencode({"next": _next_url(request)})
        )
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"].replace(" ", "")):
            device.confirmed = True
            device.save()
            django_otp.login(request, device)
            return redirect(_next_url(request))
        form.add_error("otp_token", "That code is not right, or has expired. Try again.")
    image = io.BytesIO()
    qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage).save(image)
    context = {
        "form": form,
        "next": _next_url(request),
        "qr_code": base64.b64encode(image.getvalue()).decode(),
        "secret": base64.b32encode(device.bin_key).decode(),
        "required": two_factor_required_for(user),
    }
    return render(request, "accounts/two_factor/setup.html", context)
