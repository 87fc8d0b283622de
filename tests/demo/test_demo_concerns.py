"""What the demo loader puts on the report a concern page and the trust pages around it:
its wording, its numbers, its privacy notice, accessibility statement and Q&A."""

import pytest
from django.conf import settings as django_settings

from guidance.models import QAPage
from portal.models import SiteSettings

pytestmark = pytest.mark.django_db

REPORT_PATH = "/report-a-concern/"


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code in (200, 404), url
    return response.content.decode()


def tel_link(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return f'href="tel:{digits}">{number}</a>'


def test_demo_report_page_says_everything_with_numbers_from_settings(client, demo_site):
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


def test_demo_report_page_links_to_the_levels_of_need(client, demo_site):
    html = html_of(client, REPORT_PATH)
    main = html[html.index("<main") : html.index("</main>")]
    assert '<a href="/levels-of-need/">levels of need</a>' in main
    assert client.get("/levels-of-need/").status_code == 200


def test_demo_accessibility_statement_names_the_contact_from_settings(client, demo_site):
    site_settings = SiteSettings.objects.get()
    html = html_of(client, "/accessibility-statement/")
    assert "business unit" not in html
    assert site_settings.contact_name in html
    assert f'href="mailto:{site_settings.contact_email}"' in html
    site_settings.contact_name = "Web accessibility lead"
    site_settings.save()
    assert "Web accessibility lead" in html_of(client, "/accessibility-statement/")


def test_demo_privacy_notice_covers_the_booking_form(client, demo_site):
    html = html_of(client, "/privacy/")
    for words in ("What the booking form collects", "Why we collect it", "Who sees it"):
        assert words in html
    months = django_settings.BOOKING_RETENTION_MONTHS
    assert f"{months} months after the course ends" in html
    assert "ask us to delete it" in html


def test_demo_qa_answer_gives_the_number(demo_site):
    qa = QAPage.objects.get()
    answer = qa.questions.get(question="How do I report a concern about a child?").answer
    assert SiteSettings.objects.get().children_daytime_phone in answer
    assert "bottom of every page" not in answer


def test_demo_browsing_safely_explains_back_history_and_private_browsing(client, demo_site):
    html = html_of(client, "/safer-browsing/")
    assert "pressing Back does not return to it" in html
    assert "pages of this site you opened before that one" in html
    assert "Clear your history" in html and "private browsing" in html.lower()
