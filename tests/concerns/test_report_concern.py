"""The report a concern page, the header link, the call-now panel and the trust basics
(footer links, meta descriptions, the booking form's privacy link), as served.

The checks on every public page type go through one page of each type in the demo site;
what the demo's own report, privacy and accessibility pages say is in tests/demo.
"""

import json
import re

import pytest
from wagtail.test.utils import WagtailPageTestCase

from concerns.models import ReportConcernPage
from portal.models import HomePage, SiteSettings
from portal.phone_lines import ROLES
from tests.factories import (
    GuidancePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
    TrainingEventPageFactory,
    home_page,
)
from tests.factories.concerns import (
    CALL_NOW_ROLES,
    ReportConcernPageFactory,
    made_up_number,
    set_phone_lines,
)
from tests.fixtures import public_page_type_urls

pytestmark = pytest.mark.django_db

ALL_ROLES = ["emergency", *(role for role, _name in ROLES)]


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code in (200, 404), url
    return response.content.decode()


def main_of(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def tel_link(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return f'href="tel:{digits}">{number}</a>'


class ReportConcernPageTree(WagtailPageTestCase):
    def test_one_report_page_under_home(self):
        self.assertAllowedParentPageTypes(ReportConcernPage, {HomePage})
        self.assertAllowedSubpageTypes(ReportConcernPage, set())
        self.assertEqual(ReportConcernPage.max_count, 1)


def test_every_page_type_has_the_report_link_in_its_header(client, demo_site):
    for name, url in public_page_type_urls().items():
        html = html_of(client, url)
        header = html[html.index('<header class="site-header">') : html.index("</header>")]
        assert re.search(r'<a [^>]*href="/report-a-concern/"[^>]*data-report-concern', header), name


def test_the_header_links_to_the_report_page_wherever_it_is(client):
    report = ReportConcernPageFactory(slug="worried-about-someone")
    for url in (home_page().url, GuidancePageFactory().url):
        header = html_of(client, url).split("</header>")[0]
        assert re.search(r'<a [^>]*href="/worried-about-someone/"[^>]*data-report-concern', header)
    assert report.url == "/worried-about-someone/"


def test_report_page_shows_every_number_from_settings_with_its_hours(client):
    site_settings = set_phone_lines()
    report = ReportConcernPageFactory(body=[("phone_numbers", {"roles": ALL_ROLES})])
    main = main_of(html_of(client, report.url))
    assert len(site_settings.phone_lines) == len(ALL_ROLES) - 1
    for line in site_settings.phone_lines:
        assert tel_link(line.value["number"]) in main, line.value["name"]
        assert line.value.hours_text in main, line.value["name"]
    assert tel_link("112") in main


def test_a_changed_number_shows_on_the_report_page(client):
    site_settings = set_phone_lines()
    report = ReportConcernPageFactory(body=[("phone_numbers", {"roles": ["lado"]})])
    for line in site_settings.phone_lines:
        if line.value["role"] == "lado":
            line.value["number"] = "0161 496 0999"
    site_settings.save()
    assert tel_link("0161 496 0999") in html_of(client, report.url)


@pytest.fixture
def call_now_urls(db):
    return {
        "home": home_page().url,
        "report": ReportConcernPageFactory().url,
        "guidance": GuidancePageFactory().url,
    }


@pytest.mark.parametrize("which", ["home", "report", "guidance"])
def test_call_now_panel_shows_every_number_and_embeds_the_schedule(client, call_now_urls, which):
    site_settings = set_phone_lines()
    html = html_of(client, call_now_urls[which])
    panel = html[html.index('<section class="call-now" data-call-now') :]
    panel = panel[: panel.index("</section>")]
    # Without JavaScript: every call-now number with its hours, in an open disclosure.
    assert '<details class="call-now__all" data-call-now-all open>' in panel
    for role in CALL_NOW_ROLES:
        (line,) = site_settings.lines_for(role)
        assert tel_link(line["number"]) in panel
        assert line.hours_text in panel
    assert tel_link(made_up_number(3)) not in panel  # the police line is not a call-now one
    data = re.search(
        r'<script id="call-now-schedule" type="application/json">(.*?)</script>', panel
    ).group(1)
    schedule = json.loads(data)
    assert schedule["timeZone"] == "Europe/London"
    assert len(schedule["bankHolidays"]) >= 16
    assert {line["role"] for line in schedule["lines"]} == set(CALL_NOW_ROLES)
    # Not deferred: it runs before the first paint, so the panel does not shift the page.
    assert '<script src="/static/concerns/call-now.js"></script>' in panel


def test_call_now_panel_in_every_sidebar(client):
    for url in (GuidancePageFactory().url, TrainingEventPageFactory().url):
        assert "data-call-now" in html_of(client, url)


def test_pages_stay_free_of_inline_code(client, demo_site):
    for name, url in public_page_type_urls().items():
        html = html_of(client, url)
        assert not re.search(r"<script(?![^>]*\b(src=|type=\"application/(ld\+)?json\"))", html)
        assert not re.search(r"\sstyle=\"", html), name
        assert not re.search(r"\son[a-z]+=\"", html), name


def test_footer_links_on_every_page(client, demo_site):
    for name, url in public_page_type_urls().items():
        html = html_of(client, url)
        footer = html[html.index('<footer class="site-footer">') :]
        for label, path in (
            ("Accessibility statement", "/accessibility-statement/"),
            ("Privacy notice", "/privacy/"),
            ("Contact us", "/contact-us/"),
            ("About the partnership", "/about-the-partnership/"),
            ("News feed (RSS)", "/news/feed/"),
        ):
            assert f'<a href="{path}">{label}</a>' in footer, (name, label)


def test_every_page_has_a_meta_description_and_a_favicon(client, demo_site):
    for name, url in public_page_type_urls().items():
        head = html_of(client, url).split("</head>")[0]
        match = re.search(r'<meta name="description" content="([^"]+)">', head)
        assert match and len(match.group(1)) > 40, name
        assert '<link rel="icon" href="/static/images/favicon.svg"' in head, name
    assert client.get("/static/images/favicon.svg").status_code == 200


def test_home_description_falls_back_to_the_site_description(client):
    home = home_page()
    home.search_description = ""
    home.save_revision().publish()
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.site_description = "A site description for search engines, long enough."
    site_settings.save()
    assert (
        '<meta name="description" content="A site description for search engines, long enough.">'
        in html_of(client, home.url)
    )


def test_booking_form_links_to_the_privacy_notice(client):
    privacy = StandardPageFactory(title="How we use your details")
    site_settings = SiteSettings.for_site(home_page().get_site())
    site_settings.privacy_page = privacy
    site_settings.save()
    event = TrainingEventPageFactory(booking_open=True)
    html = html_of(client, event.url)
    start = html.index('<form class="booking-form"')
    form = html[start : html.index("</form>", start)]
    assert f'<a href="{privacy.url}">privacy notice</a>' in form


def test_news_page_has_a_visible_feed_link(client):
    main = main_of(html_of(client, NewsIndexPageFactory().url))
    assert '<a href="/news/feed/">Subscribe to the news feed (RSS)</a>' in main


def test_header_menu_is_a_disclosure_without_javascript(client):
    html = html_of(client, home_page().url)
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    assert re.search(r'<details class="site-menu"[^>]*>\s*<summary[^>]*>Menu</summary>', header)
    assert 'id="site-search"' in header and 'class="main-menu"' in header
