"""News: the index and its articles, each with a topic and a banner (demo/content/news.toml)."""

import datetime

from django.utils.text import slugify

from demo.data import read
from news.models import NewsArticlePage, NewsIndexPage
from portal.models import HomePage, Topic


def load(loader, home: HomePage, topics: dict[str, Topic]) -> NewsIndexPage:
    data = read("news")
    index = loader.child(home, NewsIndexPage, **data["index"], show_in_menus=True)
    for row in data["articles"]:
        title = row["title"]
        article = loader.child(
            index,
            NewsArticlePage,
            slugify(title)[:80],
            title=title,
            summary=row["summary"],
            date=loader.today - datetime.timedelta(days=row["days_ago"]),
            body=[{"type": "paragraph", "value": row["body"]}],
        )
        if not article.topics.exists():
            article.topics.add(topics[row["topic"]])
            article.save_revision().publish()
        if article.listing_image_id is None:
            article.listing_image = loader.banner(f"{title} (banner)")
            article.save_revision().publish()
    return index
