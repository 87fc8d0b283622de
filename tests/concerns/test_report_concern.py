"""The report a concern page, the header link, the call-now panel and the trust basics
(footer links, privacy notice, contact details, meta descriptions), as served."""

import json
import re

import pytest
from django.conf import settings as django_settings
from wagtail.test.utils import WagtailPageTestCase

from concerns.models import ReportConcernPage
from guidance.models import QAPage
from portal.models import HomePage, SiteSettings
from tests.fixtures import public_page_type_urls
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db

SEED_PATH = "/online-safety/social-media-practitioners-volunteers/"
REPORT_PATH = "/report-a-concern/"


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code in (200, 404), url
    return response.content.decode()


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


def test_report_page_says_everything_with_numbers_from_settings(client, demo_site):
    site_settings = SiteSettings.objects.get()
    html = html_of(client, REPORT_PATH)
    main = html[html.index("<main") : html.index("</main>")]
    for words in (
        "Is someone in danger now?",
        "Is it about a child or an adult?",
        "During the day",
        "Evenings, nights, weekends and bank holidays",
        "Police, when it is not an emergency",
        "deaf, hard of hearing",
        "If you are a child or young person",
        "Can I report without giving my name?",
        "What you will be asked",
        "What happens next",
        "Worried about a professional or volunteer?",
    ):
        assert words in main, words
    roles = {line.value["role"] for line in site_settings.phone_lines}
    assert {
        "children",
        "adults",
        "out_of_hours",
        "police",
        "relay",
        "bsl",
        "nspcc",
        "childline",
        "lado",
        "position_of_trust",
    } <= roles
    for line in site_settings.phone_lines:
        assert tel_link(line.value["number"]) in main, line.value["name"]
        assert line.value.hours_text in main, line.value["name"]
    assert tel_link(site_settings.emergency_number) in main


def test_a_changed_number_shows_on_the_report_page(client, demo_site):
    site_settings = SiteSettings.objects.get()
    for line in site_settings.phone_lines:
        if line.value["role"] == "lado":
            line.value["number"] = "0161 999 0000"
    site_settings.save()
    assert tel_link("0161 999 0000") in html_of(client, REPORT_PATH)


@pytest.mark.parametrize("url", ["/", REPORT_PATH, SEED_PATH])
def test_call_now_panel_shows_every_number_and_embeds_the_schedule(client, demo_site, url):
    site_settings = SiteSettings.objects.get()
    html = html_of(client, url)
    panel = html[html.index('<section class="call-now" data-call-now') :]
    panel = panel[: panel.index("</section>")]
    # Without JavaScript: every call-now number with its hours, in an open disclosure.
    assert '<details class="call-now__all" data-call-now-all open>' in panel
    for role in ("children", "adults", "out_of_hours"):
        line = site_settings.lines_for(role)[0]
        assert tel_link(line["number"]) in panel
        assert line.hours_text in panel
    data = re.search(
        r'<script id="call-now-schedule" type="application/json">(.*?)</script>', panel
    ).group(1)
    schedule = json.loads(data)
    assert schedule["timeZone"] == "Europe/London"
    assert len(schedule["bankHolidays"]) >= 16
    assert {line["role"] for line in schedule["lines"]} == {"children", "adults", "out_of_hours"}
    # Not deferred: it runs before the first paint, so the panel does not shift the page.
    assert '<script src="/static/concerns/call-now.js"></script>' in panel


def test_call_now_panel_in_every_sidebar(client, demo_site):
    event = TrainingEventPage.objects.upcoming().first()
    for url in (SEED_PATH, event.url):
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


def test_home_description_falls_back_to_the_site_description(client, demo_site):
    site_settings = SiteSettings.objects.get()
    site_settings.site_description = "A site description for search engines, long enough."
    site_settings.save()
    assert (
        '<meta name="description" content="A site description for search engines, long enough.">'
        in html_of(client, "/")
    )


def test_accessibility_statement_names_the_contact_from_settings(client, demo_site):
    site_settings = SiteSettings.objects.get()
    html = html_of(client, "/accessibility-statement/")
    assert "business unit" not in html
    assert site_settings.contact_name in html
    assert f'href="mailto:{site_settings.contact_email}"' in html
    site_settings.contact_name = "Web accessibility lead"
    site_settings.save()
    assert "Web accessibility lead" in html_of(client, "/accessibility-statement/")


def test_privacy_notice_covers_the_booking_form(client, demo_site):
    html = html_of(client, "/privacy/")
    for words in ("What the booking form collects", "Why we collect it", "Who sees it"):
        assert words in html
    months = django_settings.BOOKING_RETENTION_MONTHS
    assert f"{months} months after the course ends" in html
    assert "ask us to delete it" in html


def test_booking_form_links_to_the_privacy_notice(client, demo_site):
    event = TrainingEventPage.objects.upcoming().filter(booking_open=True).first()
    html = html_of(client, event.url)
    form = html[
        html.index('<form class="booking-form"') : html.index(
            "</form>", html.index('<form class="booking-form"')
        )
    ]
    assert '<a href="/privacy/">privacy notice</a>' in form


def test_news_page_has_a_visible_feed_link(client, demo_site):
    html = html_of(client, "/news/")
    main = html[html.index("<main") : html.index("</main>")]
    assert '<a href="/news/feed/">Subscribe to the news feed (RSS)</a>' in main


def test_qa_answer_gives_the_number(demo_site):
    qa = QAPage.objects.get()
    answer = qa.questions.get(question="How do I report a concern about a child?").answer
    assert SiteSettings.objects.get().children_daytime_phone in answer
    assert "bottom of every page" not in answer


def test_browsing_safely_explains_back_history_and_private_browsing(client, demo_site):
    html = html_of(client, "/safer-browsing/")
    assert "pressing Back does not return to it" in html
    assert "pages of this site you opened before that one" in html
    assert "Clear your history" in html and "private browsing" in html.lower()


def test_header_menu_is_a_disclosure_without_javascript(client, demo_site):
    html = html_of(client, "/")
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    assert re.search(r'<details class="site-menu"[^>]*>\s*<summary[^>]*>Menu</summary>', header)
    assert 'id="site-search"' in header and 'class="main-menu"' in header


def test_report_page_links_to_the_levels_of_need(client, demo_site):
    html = html_of(client, REPORT_PATH)
    main = html[html.index("<main") : html.index("</main>")]
    assert '<a href="/levels-of-need/">levels of need</a>' in main
    assert client.get("/levels-of-need/").status_code == 200
