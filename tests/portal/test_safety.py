"""Quick exit, the safe-browsing link and the report-a-concern numbers on every page."""

import re

import pytest
from django.test import RequestFactory, override_settings

from portal.models import SiteSettings, StandardPage
from portal.views import server_error

pytestmark = pytest.mark.django_db

FOCUSABLE = re.compile(r"<(a|button|input|select|textarea|summary)\b[^>]*>", re.IGNORECASE)

PAGES = [
    "/",
    "/online-safety/",
    "/online-safety/social-media-practitioners-volunteers/",
    "/questions/",
    "/resources/",
    "/safer-browsing/",
    "/news/",
    "/training/",
    "/search/?q=lado",
    "/no-such-page/",
]


def body_of(html: str) -> str:
    return html[html.index("<body") :]


@pytest.mark.parametrize("url", PAGES)
def test_quick_exit_is_the_first_thing_to_reach_by_keyboard(client, demo_site, url):
    html = client.get(url).content.decode()
    first = FOCUSABLE.search(body_of(html)).group(0)
    assert "data-quick-exit" in first
    assert 'href="https://www.bbc.co.uk/weather"' in first
    assert body_of(html).index("data-quick-exit") < body_of(html).index('class="skip-link"')
    head = html[: html.index("</head>")]
    assert re.search(r'<script src="/static/js/quick-exit\.js" defer></script>', head)


@pytest.mark.parametrize("url", PAGES)
def test_report_a_concern_block_on_every_page(client, demo_site, url):
    settings = SiteSettings.objects.get()
    html = client.get(url).content.decode()
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


def test_safe_browsing_page_is_linked_beside_quick_exit(client, demo_site):
    settings = SiteSettings.objects.get()
    assert settings.safe_browsing_page.slug == "safer-browsing"
    html = client.get("/news/").content.decode()
    quick_exit = html[html.index('<div class="quick-exit">') :]
    quick_exit = quick_exit[: quick_exit.index("</div>")]
    assert '<a class="quick-exit__advice" href="/safer-browsing/">Browsing safely</a>' in quick_exit

    settings.safe_browsing_page = StandardPage.objects.get(slug="accessibility-statement")
    settings.save()
    assert 'href="/accessibility-statement/">Browsing safely' in client.get("/").content.decode()

    settings.safe_browsing_page = None
    settings.save()
    assert "quick-exit__advice" not in client.get("/").content.decode()


def test_unpublished_safe_browsing_page_is_not_linked(client, demo_site):
    StandardPage.objects.get(slug="safer-browsing").unpublish()
    assert "quick-exit__advice" not in client.get("/").content.decode()


def test_quick_exit_script_replaces_the_history_entry():
    with open("static/js/quick-exit.js", encoding="utf-8") as script:
        source = script.read()
    assert "location.replace" in source
    assert "Shift" in source and "5000" in source
    assert "http" not in source  # no other site is contacted


def test_safe_browsing_and_accessibility_pages_say_what_they_should(client, demo_site):
    html = client.get("/safer-browsing/").content.decode()
    for words in ("private", "Clear your history", "Shift key three", "monitoring software", "999"):
        assert words in html
    html = client.get("/accessibility-statement/").content.decode()
    for words in ("WCAG", "2.2", "Compliance status", "keyboard", "Reporting a problem"):
        assert words in html


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


def test_demo_loader_keeps_editors_choices(demo_site):
    from django.core.management import call_command

    from search.models import Synonym

    settings = SiteSettings.objects.get()
    settings.safe_browsing_page = StandardPage.objects.get(slug="accessibility-statement")
    settings.save()
    Synonym.objects.filter(term="MASH").update(alternatives="Multi-Agency Safeguarding Hub, hub")
    synonyms = Synonym.objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert SiteSettings.objects.get().safe_browsing_page.slug == "accessibility-statement"
    assert Synonym.objects.count() == synonyms >= 7
    assert Synonym.objects.get(term="MASH").alternatives.endswith(", hub")
