"""The "Is this page useful?" form's target: one anonymous answer, then back to the page."""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from .votes import pages_open_to_feedback, record_vote

FEEDBACK_ANSWERS = {"yes": True, "no": False}


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
