"""The search page."""

from django.shortcuts import render

from portal.pagination import paginate

from .search import MAX_QUERY_LENGTH, add_page_details, clean_query, search_site


def search(request):
    """Full-text search over live public pages, documents and what apps add (Q&A answers)."""
    query = clean_query(request.GET.get("q"))
    outcome = search_site(query=query, request=request)
    results = paginate(request, outcome.results, per_page=10) if query else None
    if results is not None:
        add_page_details(results.object_list, request)
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "results": results,
            "promoted": outcome.promoted,
            "expansions": outcome.expansions,
            "suggestion": outcome.suggestion,
            "max_query_length": MAX_QUERY_LENGTH,
        },
    )
