"""Site-wide views: search and the error pages."""

from django.shortcuts import render
from wagtail.models import Page

from .pagination import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over every live public page."""
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        found = Page.objects.live().public().specific().search(query)
        results = paginate(request, found, per_page=10)
    return render(request, "portal/search.html", {"query": query, "results": results})


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)
