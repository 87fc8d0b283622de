"""News: an index page and articles, newest first."""

from django.db import connection, models
from django.db.models.functions import ExtractYear
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from portal.blocks import BaseStreamBlock
from portal.listings import ListingIndexPage
from portal.models import BasePage, SummaryMixin, Topic
from portal.pagination import paginate, valid_choice
from portal.query import PortalPageQuerySet, related_in_use_sql, years_in_use_sql


class NewsArticleQuerySet(PortalPageQuerySet):
    def published(self):
        return super().published().filter(date__lte=timezone.localdate())

    def newest(self):
        """Published articles, newest first (the same day's by when they were added)."""
        return self.published().order_by("-date", "-pk").defer_streamfields()


class NewsIndexPage(ListingIndexPage):
    """The news listing: articles newest first, filterable by topic and year."""

    subpage_types = ["news.NewsArticlePage"]

    class Meta:
        verbose_name = "news index"

    def listing_context(self, request) -> dict:
        articles = NewsArticlePage.objects.child_of(self).newest()
        topic_choices, year_choices = self.filter_options()
        topic = valid_choice(request.GET.get("topic"), topic_choices)
        year = valid_choice(request.GET.get("year"), year_choices)
        if topic:
            articles = articles.filter(topics__slug=topic)
        if year:
            articles = articles.filter(date__year=int(year))
        count = self.remembered(
            ("articles", timezone.localdate(), topic, year), lambda: (articles.count(), None)
        )
        return {
            "articles": paginate(request, articles, per_page=10, count=count),
            "topic_choices": topic_choices,
            "year_choices": year_choices,
            "selected_topic": topic,
            "selected_year": year,
        }

    def filter_options(self) -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
        """(slug, name) of topics and (value, year) of years with published news: one query.

        On PostgreSQL it looks each topic and each year up through an index, so it costs the
        same at any number of articles; elsewhere it reads every article.
        """
        published = NewsArticlePage.objects.child_of(self).published()
        if connection.vendor == "postgresql":
            topic_sql, topic_params = related_in_use_sql(published, "topics", ["slug", "name"])
            year_sql, year_params = years_in_use_sql(published, "date")
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT slug, name, NULL FROM ({topic_sql}) t "  # noqa: S608
                    f"UNION ALL SELECT NULL, NULL, year FROM ({year_sql}) y",
                    topic_params + year_params,
                )
                rows = [(year, slug, name) for slug, name, year in cursor.fetchall()]
        else:
            rows = (
                published.annotate(year=ExtractYear("date"))
                .values_list("year", "topics__slug", "topics__name")
                .order_by()
                .distinct()
            )
        years: set[int] = set()
        topics: dict[str, str] = {}
        for year, slug, name in rows:
            if year is not None:
                years.add(year)
            if slug is not None:
                topics[slug] = name
        return (
            sorted(topics.items(), key=lambda item: item[1]),
            [(str(year), year) for year in sorted(years, reverse=True)],
        )


class NewsArticlePage(SummaryMixin, BasePage):
    """A news item of interest to practitioners and volunteers across the partnership."""

    # The latest articles are listed in the sidebar of every page (see caching.signals).
    shown_on_every_page = True

    date = models.DateField("Publication date", default=timezone.localdate)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), blank=True)
    topics = ParentalManyToManyField(Topic, blank=True, related_name="news_articles")

    objects = PageManager.from_queryset(NewsArticleQuerySet)()

    content_panels = [
        FieldPanel("date"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        FieldPanel("topics"),
    ]
    search_fields = [index.SearchField("body"), index.FilterField("date")]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    search_date_field = "date"

    class Meta:
        verbose_name = "news article"
        ordering = ["-date"]
        # The newest articles first, without sorting every article (listing, sidebar, feed).
        indexes = [models.Index(fields=["date"], name="news_article_date")]

    @property
    def listing_date(self):
        return self.date
