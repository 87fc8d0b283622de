"""What the demo site's search finds: its seed page for its own words, and its jargon pages
from either form of the jargon its synonyms name."""

import pytest

from tests.search.test_search import result_urls

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["social media", "HCPC", "Social Media", "hcpc guidance"])
def test_search_finds_the_seed_page(client, seed_page, query):
    assert seed_page.url in result_urls(client, query)


@pytest.mark.parametrize(
    "query, expected",
    [
        # The page only says "LADO"; the synonym finds it from the full name.
        ("Local Authority Designated Officer", "/online-safety/allegations-against-staff-online/"),
        ("LADO", "/online-safety/allegations-against-staff-online/"),
        # The page only says "CSE" and "child sexual exploitation" in its title.
        ("CSE signs", "/online-safety/online-grooming-and-exploitation/"),
        ("Multi-Agency Safeguarding Hub", "/questions/#what-is-the-mash"),
        ("MASH", "/questions/#what-is-the-mash"),
    ],
)
def test_the_demo_jargon_pages_are_found_both_ways(client, demo_site, query, expected):
    assert expected in result_urls(client, query)
