"""The review library: published reviews, filtered, searched, paged, and as a feed."""

from django.db.models import Prefetch, Q
from django.db.models.functions import ExtractYear
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.mixins import IntroMixin, SingletonPageMixin
from portal.models import BasePage, Topic
from portal.pagination import paginate, valid_choice
from reviews.feeds import ReviewFeed
from search.search import clean_query

from .briefing import BriefingPage
from .review import ReviewPage, ReviewType

SEARCHED_FIELDS = ("title", "subject", "summary", "body", "response", "recommendations__text")
FEED_LENGTH = 20


def for_listing(reviews):
    """Published reviews, newest first, with their themes and briefings (two more queries)."""
    return (
        reviews.published()
        .order_by("-published_on", "-pk")
        .prefetch_related(
            Prefetch("themes", queryset=Topic.objects.order_by("name")),
            Prefetch(
                "briefings",
                queryset=BriefingPage.objects.published().only(
                    "id", "title", "url_path", "path", "depth", "review_id"
                ),
            ),
        )
    )


def matching_words(query: str) -> Q:
    """Reviews with every word of `query` in one of their fields, inside the listing's query.

    The library's own search box narrows a short list, so plain matching is enough and
    costs no query of its own; the site search (stemming, synonyms) indexes reviews too.
    """
    condition = Q()
    for word in query.split()[:10]:
        found = Q()
        for field in SEARCHED_FIELDS:
            found |= Q(**{f"{field}__icontains": word})
        condition &= Q(pk__in=ReviewPage.objects.filter(found).values("pk"))
    return condition


class ReviewLibraryPage(RoutablePageMixin, IntroMixin, SingletonPageMixin, BasePage):
    """Every published review, filterable by type, theme and year, searchable, with a feed."""

    content_panels: list = []
    search_fields: list = []
    subpage_types = ["reviews.ReviewPage", "reviews.BriefingPage"]

    class Meta:
        verbose_name = "review library"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        type_choices, theme_choices, year_choices = self.filter_options()
        review_type = valid_choice(request.GET.get("type"), type_choices)
        theme = valid_choice(request.GET.get("theme"), theme_choices)
        year = valid_choice(request.GET.get("year"), year_choices)
        query = clean_query(request.GET.get("q"))
        reviews = for_listing(ReviewPage.objects.child_of(self))
        if review_type:
            reviews = reviews.filter(review_type=review_type)
        if theme:
            reviews = reviews.filter(themes__slug=theme)
        if year:
            reviews = reviews.filter(published_on__year=int(year))
        if query:
            reviews = reviews.filter(matching_words(query))
        context.update(
            reviews=paginate(request, reviews, per_page=10),
            type_choices=type_choices,
            theme_choices=theme_choices,
            year_choices=year_choices,
            selected_type=review_type,
            selected_theme=theme,
            selected_year=year,
            search_query=query,
            filtered=bool(review_type or theme or year or query),
        )
        return context

    def filter_options(self):
        """Types, themes and years that published reviews have, from one query."""
        rows = (
            ReviewPage.objects.child_of(self)
            .published()
            .annotate(year=ExtractYear("published_on"))
            .values_list("year", "review_type", "themes__slug", "themes__name")
            .order_by()
            .distinct()
        )
        years: set[int] = set()
        types: set[str] = set()
        themes: dict[str, str] = {}
        for year, review_type, slug, name in rows:
            years.add(year)
            types.add(review_type)
            if slug:
                themes[slug] = name
        return (
            [(value, label) for value, label in ReviewType.choices if value in types],
            sorted(themes.items(), key=lambda item: item[1]),
            [(str(year), year) for year in sorted(years, reverse=True)],
        )

    def get_cached_paths(self) -> list[str]:
        return ["/", "/feed/"]

    @path("")
    def library(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        return ReviewFeed(library=self, items=self.feed_items())(request)

    def feed_items(self):
        return for_listing(ReviewPage.objects.child_of(self))[:FEED_LENGTH]
