"""Security response headers: the Content-Security-Policy for public pages and the admin,
Permissions-Policy and Cross-Origin-Resource-Policy, and no indexing of the admin.

Public pages are cached and shared, so their policy is the same for everyone and uses no
nonces: public templates have no inline scripts, styles or event handlers. The admin gets
its own (looser) policy, ``ADMIN_CONTENT_SECURITY_POLICY``, because Wagtail's admin
templates contain inline scripts and styles.
"""

from collections.abc import Callable

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse


def is_admin_path(request: HttpRequest) -> bool:
    return request.path_info.startswith(reverse("wagtailadmin_home"))


class AdminNoIndexMiddleware:
    """Tell search engines not to index or follow anything in the admin."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if is_admin_path(request):
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy for admin addresses."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


class SecurityHeadersMiddleware:
    """Permissions-Policy and Cross-Origin-Resource-Policy on every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response
