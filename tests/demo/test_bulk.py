"""Pages added in bulk for the volume tests are real: in the tree, served, listed, searchable."""

import datetime

import pytest
from wagtail.models import Page

from demo.bulk import add_live_children
from news.models import NewsArticlePage, NewsIndexPage
from portal.models import Topic
from reviews.models import ReviewPage
from tests.factories.reviews import ReviewLibraryPageFactory, ReviewPageFactory

pytestmark = pytest.mark.django_db


def test_bulk_pages_are_placed_in_the_tree_and_served(client, demo_site):
    index = NewsIndexPage.objects.get()
    children_before = index.get_children().count()
    topic = Topic.objects.create(name="Bulk topic")
    made = add_live_children(
        index,
        [
            NewsArticlePage(
                title=f"Wombat digest {number}",
                slug=f"wombat-digest-{number}",
                summary="Wombats.",
                date=datetime.date(2026, 1, 1),
                topics=[topic],
            )
            for number in range(3)
        ],
    )
    assert Page.find_problems() == ([], [], [], [], [])
    assert index.numchild == children_before + 3 == index.get_children().count()
    for page in made:
        saved = NewsArticlePage.objects.get(pk=page.pk)
        assert saved.get_parent().pk == index.pk and saved.live
        assert saved.url == f"/news/{page.slug}/" and saved.first_published_at
        assert list(saved.topics.all()) == [topic]
        assert client.get(saved.url).status_code == 200
    assert made[0].url in client.get("/news/").content.decode()
    assert made[0].url in client.get("/search/", {"q": "wombat"}).content.decode()


def test_child_relations_are_saved_and_indexing_can_be_left_out(client, demo_site):
    def found(query: str) -> bool:
        html = client.get("/search/", {"q": query}).content.decode()
        return "/learning-from-reviews/bulk-" in html

    library = ReviewLibraryPageFactory()
    unindexed = ReviewPageFactory.build(slug="bulk-review", subject="Adult Q", summary="Zorbing.")
    (review,) = add_live_children(library, [unindexed], index=False)
    assert ReviewPage.objects.get(pk=review.pk).recommendations.count() == 1
    assert client.get(review.url).status_code == 200
    assert not found("zorbing")
    add_live_children(library, [ReviewPageFactory.build(slug="bulk-indexed", summary="Zorbing.")])
    assert found("zorbing")


def test_a_slug_already_in_use_is_refused(demo_site):
    taken = NewsArticlePage.objects.first().slug
    with pytest.raises(ValueError, match="slugs already in use"):
        add_live_children(NewsIndexPage.objects.get(), [NewsArticlePage(title="T", slug=taken)])
