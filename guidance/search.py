"""Single Q&A answers in site search, linking to the answer's #anchor on its live Q&A page."""

from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.search.backends import get_search_backend

from search.search import (
    MAX_HITS_PER_SOURCE,
    SUMMARY_WORDS,
    SearchResult,
    as_date,
    published_page_ids,
)

from .models import QuestionAnswer


def search_answers(*, search_query, request) -> tuple[list[SearchResult], set[int]]:
    """Answers matching the query, and the ids of the pages they are on (answers stand in
    for their Q&A page in the results)."""
    answers = QuestionAnswer.objects.filter(page_id__in=published_page_ids()).select_related("page")
    hits = get_search_backend().search(search_query, answers).annotate_score("_score")
    hits = hits[:MAX_HITS_PER_SOURCE]
    results = []
    page_ids: set[int] = set()
    for answer in hits:
        page_ids.add(answer.page_id)
        page_url = answer.page.get_url(request)
        if not page_url:
            continue
        results.append(
            SearchResult(
                title=answer.question,
                url=f"{page_url}#{answer.anchor}",
                type_label="Question and answer",
                summary=Truncator(strip_tags(answer.answer)).words(SUMMARY_WORDS),
                date=as_date(answer.page.last_published_at),
                score=answer._score or 0.0,
            )
        )
    return results, page_ids
