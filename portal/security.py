"""Admin-only response headers: search engines must not index the admin."""

from collections.abc import Callable

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
