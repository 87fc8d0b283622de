"""One paginator for every listing, so bad page numbers never error."""

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator


def paginate(request, items, per_page: int = 10, count: int | None = None) -> PaginatorPage:
    """The page of `items` asked for by ?page=; out-of-range or junk values fall back safely.

    `count`, when the caller knows how many items there are, saves counting them.
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    return paginator.get_page(request.GET.get("page"))


def valid_choice(value: str | None, choices) -> str:
    """`value` if it is one of the known choice keys, else an empty string (no filter)."""
    allowed = {str(key) for key, _label in choices}
    return value if value in allowed else ""
