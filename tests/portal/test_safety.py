"""Quick exit, the safe-browsing link and the report-a-concern numbers on every page."""

import re

import pytest
from django.test import RequestFactory, override_settings

from portal.models import SiteSettings
from portal.views import server_error
from tests.factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    NewsIndexPageFactory,
    QAPageFactory,
    ResourcesPageFactory,
    StandardPageFactory,
    TrainingIndexPageFactory,
)
from tests.factories.concerns import set_phone_lines

pytestmark = pytest.mark.django_db

FOCUSABLE = re.compile(r"<(a|button|input|select|textarea|summary)\b[^>]*>", re.IGNORECASE)


def searched_for(query: str, **page) -> str:
    """The search results for `query`, with a page of its own to find."""
    GuidancePageFactory(**page)
    return f"/search/?q={query}"


PAGES = {
    "home": lambda: "/",
    "guidance topic": lambda: GuidanceIndexPageFactory().url,
    "guidance": lambda: GuidancePageFactory().url,
    "Q&A": lambda: QAPageFactory().url,
    "resources": lambda: ResourcesPageFactory().url,
    "standard page": lambda: StandardPageFactory().url,
    "news": lambda: NewsIndexPageFactory().url,
    "training": lambda: TrainingIndexPageFactory().url,
    "search": lambda: searched_for("lado", title="Calling the LADO"),
    "404": lambda: "/no-such-page/",
}


def body_of(html: str) -> str:
    return html[html.index("<body") :]


@pytest.mark.parametrize("page", PAGES)
def test_quick_exit_is_the_first_thing_to_reach_by_keyboard(client, page):
    html = client.get(PAGES[page]()).content.decode()
    first = FOCUSABLE.search(body_of(html)).group(0)
    assert "data-quick-exit" in first
    assert 'href="https://www.bbc.co.uk/weather"' in first
    assert body_of(html).index("data-quick-exit") < body_of(html).index('class="skip-link"')
    head = html[: html.index("</head>")]
    assert re.search(r'<script src="/static/js/quick-exit\.js" defer></script>', head)


@pytest.mark.parametrize("page", PAGES)
def test_report_a_concern_block_on_every_page(client, page):
    settings = set_phone_lines()
    html = client.get(PAGES[page]()).content.decode()
    assert "Worried about a child or an adult?" in html
    for number in (
        settings.emergency_number,
        settings.children_daytime_phone,
        settings.adults_daytime_phone,
        settings.out_of_hours_phone,
    ):
        digits = number.replace(" ", "")
        assert f'<a href="tel:{digits}">{number}</a>' in html


def test_numbers_and_exit_come_from_site_settings(client, demo_site):
    settings = SiteSettings.objects.get()
    settings.out_of_hours_phone = "0800 000 1111"
    settings.quick_exit_url = "https://example.org/news"
    settings.save()
    html = client.get("/").content.decode()
    assert '<a href="tel:08000001111">0800 000 1111</a>' in html
    assert 'href="https://example.org/news" data-quick-exit' in html


def test_safe_browsing_page_is_linked_beside_quick_exit(client):
    settings = SiteSettings.objects.get()
    advice = StandardPageFactory(title="How to browse without a trace")
    settings.safe_browsing_page = advice
    settings.save()
    html = client.get(NewsIndexPageFactory().url).content.decode()
    quick_exit = html[html.index('<div class="quick-exit">') :]
    quick_exit = quick_exit[: quick_exit.index("</div>")]
    assert f'<a class="quick-exit__advice" href="{advice.url}">Browsing safely</a>' in quick_exit

    other = StandardPageFactory()
    settings.safe_browsing_page = other
    settings.save()
    assert f'href="{other.url}">Browsing safely' in client.get("/").content.decode()

    settings.safe_browsing_page = None
    settings.save()
    assert "quick-exit__advice" not in client.get("/").content.decode()


def test_unpublished_safe_browsing_page_is_not_linked(client):
    settings = SiteSettings.objects.get()
    settings.safe_browsing_page = advice = StandardPageFactory()
    settings.save()
    assert "quick-exit__advice" in client.get("/").content.decode()
    advice.unpublish()
    assert "quick-exit__advice" not in client.get("/").content.decode()


def test_quick_exit_script_replaces_the_history_entry():
    with open("static/js/quick-exit.js", encoding="utf-8") as script:
        source = script.read()
    assert "location.replace" in source
    assert "Shift" in source and "5000" in source
    assert "http" not in source  # no other site is contacted


def test_friendly_404_keeps_the_safety_features(client, demo_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and "data-quick-exit" in html
    assert 'name="q"' in html


@override_settings(DEBUG=False)
def test_500_page_is_static_and_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, something went wrong" in html
    assert "data-quick-exit" in html and 'href="tel:999"' in html
    assert "/static/js/quick-exit.js" in html


def test_500_handler_is_wired(client):
    from portal import urls

    assert urls.handler500 == "portal.views.server_error"


def test_400_page_is_friendly(client, demo_site):
    from portal.views import bad_request

    request = RequestFactory().get("/")
    response = bad_request(request)
    assert response.status_code == 400
    assert "Something was wrong with that request" in response.content.decode()
