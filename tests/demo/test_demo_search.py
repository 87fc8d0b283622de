"""What the demo site's search finds: its seed page for its own words."""

import pytest

from tests.search.test_search import result_urls

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["social media", "HCPC", "Social Media", "hcpc guidance"])
def test_search_finds_the_seed_page(client, seed_page, query):
    assert seed_page.url in result_urls(client, query)
