"""Site-wide views: security.txt and the error pages."""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import timezone

from .health import current_exception, database_unavailable, service_unavailable
from .models import SiteSettings

SECURITY_TXT_LIFETIME = datetime.timedelta(days=180)  # RFC 9116: less than a year ahead


def security_txt(request):
    """/.well-known/security.txt (RFC 9116): who to tell about a security problem."""
    contact = SiteSettings.for_request(request).security_contact or settings.SECURITY_CONTACT
    if not contact:
        raise Http404("No security contact is set.")
    expires = (timezone.now() + SECURITY_TXT_LIFETIME).replace(microsecond=0)
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires.astimezone(datetime.UTC).isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: en",
        f"Canonical: {request.build_absolute_uri()}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def server_error(request):
    """The static 500 page: no context processors, so nothing touches the database.

    A database that cannot be reached is not a bug: that answers 503 with Retry-After."""
    if database_unavailable(current_exception()):
        return service_unavailable()
    return HttpResponseServerError(loader.get_template("500.html").render())
