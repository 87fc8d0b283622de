"""Site-wide views: search, page feedback, security.txt and the error pages."""

import datetime

from django.conf import settings
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from .feedback import pages_open_to_feedback, record_vote
from .health import current_exception, database_unavailable, service_unavailable
from .models import SiteSettings
from .pagination import paginate
from .search import MAX_QUERY_LENGTH, clean_query, search_site

FEEDBACK_ANSWERS = {"yes": True, "no": False}


def search(request):
    """Full-text search over live public pages, documents and Q&A answers."""
    query = clean_query(request.GET.get("q"))
    outcome = search_site(query=query, request=request)
    results = paginate(request, outcome.results, per_page=10) if query else None
    return render(
        request,
        "portal/search.html",
        {
            "query": query,
            "results": results,
            "promoted": outcome.promoted,
            "expansions": outcome.expansions,
            "suggestion": outcome.suggestion,
            "max_query_length": MAX_QUERY_LENGTH,
        },
    )


def feedback_rate_limited(request) -> bool:
    """Count this client's votes in the shared cache; True once over the limit."""
    limit = settings.FEEDBACK_RATE_LIMIT
    if not limit:
        return False
    return is_ratelimited(
        request, group="page-feedback", key="ip", rate=f"{limit}/h", method="POST", increment=True
    )


# Exempt from CSRF on purpose: the form only records an anonymous yes/no about a public page,
# so a forged vote harms nobody, and without the exemption every guidance page would have to
# set a CSRF cookie, and could no longer be served cookie-free and cached. Forged floods are
# held back by the per-client rate limit, and storage is a count per page per day.
@csrf_exempt
@require_POST
def page_feedback(request, page_id: int):
    """Count one "Is this page useful?" answer (no personal data) and thank the reader.

    Pages a reader could not see (unpublished, or under a view restriction) answer 404,
    exactly like pages that do not exist, so votes cannot be used to find them."""
    useful = FEEDBACK_ANSWERS.get(request.POST.get("useful", ""))
    if useful is None:
        return HttpResponseBadRequest("Answer yes or no.", content_type="text/plain")
    if feedback_rate_limited(request):
        response = HttpResponse(
            "You have sent a lot of answers in a short time. Please try again later.",
            content_type="text/plain",
            status=429,
        )
        response["Retry-After"] = "3600"
        return response
    page = get_object_or_404(pages_open_to_feedback().only("id", "url_path"), pk=page_id)
    url = page.get_url(request)
    if not url:
        raise Http404("Not a page of this site.")
    record_vote(page=page, useful=useful)
    return HttpResponseRedirect(f"{url}?feedback=thanks#page-feedback")


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
