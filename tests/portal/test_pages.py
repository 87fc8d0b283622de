"""Every public page type renders from the database with its content."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from guidance.models import GuidancePage, QAPage
from news.models import NewsArticlePage
from tests.fixtures import public_page_type_urls
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db

SEED_SENTENCES = [
    "Use of social media by practitioners &amp; volunteers – advice for all",
    "Digital technology has become an important part of everyday life",
    "All digital records should be considered to be permanent.",
    "MSAB and MSCB expects all partner agencies to have their own advice and guidance",
    "This guidance is not intended to interfere in an employee or volunteer’s private life",
    "Good practice guidelines",
    "Appropriate",
    "Inappropriate behaviour",
    "Policy and Procedures",
    "The following list is not exhaustive:",
    "Appendix 1: Example of an ICT Acceptable Use Policy (AUP) for Staff and Young People.",
    "E-Safety Working Practices for Staff Procedure",
    "Health and Care Professions Council (HCPC) guidance",
    "It was informed by an online workshop and public consultation",
    "Download the Guidance on social media from the HCPC website www.hcpc-uk.org",
    "‘top tips’ and useful case studies",
    "Got a question?",
    "Use our quick Q&amp;A",
    "Can’t find what you are looking for?",
    "View our resources page",
    "Latest News and Training &amp; Events",
]


def test_seed_page_shows_the_seed_text(client, seed_page):
    response = client.get(seed_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for sentence in SEED_SENTENCES:
        assert sentence in html, sentence


def test_seed_page_has_lists_downloads_and_review_dates(client, seed_page):
    html = client.get(seed_page.url).content.decode()
    assert html.count("<li>") >= 15  # the lists the flattening lost are back
    assert re.search(r"\(PDF, \d+(\.\d+)?\xa0(bytes|KB)\)", html), "document type and size"
    assert "Last reviewed" in html and "Next review due" in html
    assert 'href="https://www.hcpc-uk.org"' in html


def test_seed_sidebar_has_date_badges_from_real_dates(client, seed_page):
    html = client.get(seed_page.url).content.decode()
    article = NewsArticlePage.objects.published().order_by("-date").first()
    badge = (
        f'<time class="date-badge" datetime="{article.date:%Y-%m-%d}">'
        f'<span class="date-badge__month">{article.date:%b}</span> '
        f'<span class="date-badge__day">{article.date.day}</span></time>'
    )
    assert badge in html
    event = TrainingEventPage.objects.upcoming().first()
    assert f'datetime="{event.listing_date:%Y-%m-%d}"' in html
    assert event.title in html


def test_seed_page_reachable_from_home_by_links(client, seed_page):
    home = client.get("/").content.decode()
    topic_url = seed_page.get_parent().url
    assert f'href="{topic_url}"' in home
    topic = client.get(topic_url).content.decode()
    assert f'href="{seed_page.url}"' in topic


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/", "Upcoming training &amp; events"),
        ("/online-safety/", "Use of social media by practitioners"),
        ("/adults-at-risk/self-neglect-and-hoarding/", "This guidance is due for review"),
        ("/questions/", "Who is the LADO and when should I contact them?"),
        ("/resources/", "Example ICT acceptable use policy"),
        ("/news/", "Carers Manchester"),
        ("/training/", "Self Neglect conference"),
        ("/training/?when=past", "Domestic abuse awareness for volunteers"),
        ("/training/self-neglect-conference/", "Manchester Central Library"),
        ("/safer-browsing/", "Use private browsing"),
        ("/accessibility-statement/", "Reporting a problem"),
    ],
)
def test_page_types_render(client, demo_site, path, expected):
    response = client.get(path)
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_news_article_renders(client, demo_site):
    article = NewsArticlePage.objects.get(slug__startswith="safeguarding-adults-review")
    html = client.get(article.url).content.decode()
    assert "Safeguarding Adults Review" in html
    assert f'datetime="{article.date:%Y-%m-%d}"' in html


def test_qa_answers_are_disclosure_widgets_with_anchors(client, demo_site):
    page = QAPage.objects.get()
    html = client.get(page.url).content.decode()
    for item in page.questions.all():
        assert f'<details class="qa" id="{item.anchor}">' in html
        assert f'href="#{item.anchor}"' in html
    assert "<summary" in html


def test_resources_filter_by_topic_and_type(client, demo_site):
    html = client.get("/resources/?topic=online-safety&type=guidance").content.decode()
    assert "HCPC guidance on social media" in html
    assert "Example ICT acceptable use policy" not in html  # a toolkit, not guidance
    assert "Carers’ support leaflet" not in html and "Carers' support leaflet" not in html


@pytest.mark.parametrize(
    "path",
    [
        "/resources/?topic=nope&type=%00&page=abc",
        "/news/?year=99999999999999999999&topic=x&page=-1",
        "/training/?month=2026-13&format=zz&page=99999",
        "/training/?month=%F0%9F%98%80&when=past",
        "/online-safety/?page=1e9",
    ],
)
def test_bad_filter_values_give_a_normal_page(client, demo_site, path):
    assert client.get(path).status_code == 200


def test_unknown_page_is_a_friendly_404(client, demo_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert "Worried about a child or an adult?" in html


def test_unpublished_page_is_not_served(client, seed_page):
    seed_page.unpublish()
    assert client.get("/online-safety/social-media-practitioners-volunteers/").status_code == 404


def test_past_review_date_shows_notice_and_current_does_not(client, seed_page):
    assert "This guidance is due for review" not in client.get(seed_page.url).content.decode()
    overdue = GuidancePage.objects.get(slug="self-neglect-and-hoarding")
    assert overdue.is_overdue_for_review


def test_demo_content_is_idempotent(demo_site):
    counts = (Page.objects.count(), Revision.objects.count())
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Page.objects.count(), Revision.objects.count()) == counts


def test_demo_scale_adds_articles_and_events(demo_site):
    news = NewsArticlePage.objects.count()
    events = TrainingEventPage.objects.count()
    call_command("load_demo_content", scale=5, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert NewsArticlePage.objects.count() == news + 5
    assert TrainingEventPage.objects.count() == events + 5


def test_every_page_has_footer_and_partner_strip(client, demo_site):
    html = client.get("/questions/").content.decode()
    assert "Manchester Safeguarding Partnership" in html
    assert 'alt="Greater Manchester Police"' in html


def test_home_top_tasks_fall_back_to_page_titles(client, home_page):
    html = client.get("/").content.decode()
    tasks = html.split('class="top-tasks"', 1)[1].split("</ul>", 1)[0]
    titles = re.findall(r'<span class="top-task__title">([^<]+)</span>', tasks)
    assert titles == [
        "Online safety",
        "Quick Q&amp;A",
        "Training &amp; Events",
        "Resources",
        "News",
        "Browsing safely",
    ]


def test_demo_loader_gives_the_placeholder_site_its_address(demo_site, settings):
    settings.SITE_URL = "https://portal.example.org"
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    demo_site.refresh_from_db()
    assert (demo_site.hostname, demo_site.port) == ("portal.example.org", 443)
    assert demo_site.root_page.full_url == "https://portal.example.org/"
    settings.SITE_URL = "http://elsewhere.example:8123"
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    demo_site.refresh_from_db()
    assert demo_site.hostname == "portal.example.org"  # an address already set is kept


def test_no_template_syntax_leaks_into_any_page_type(client, demo_site):
    """A template comment spread over lines, or a broken tag, shows as text: never on a page."""
    for name, url in public_page_type_urls().items():
        html = re.sub(r"<script.*?</script>", "", client.get(url).content.decode(), flags=re.S)
        leaks = [mark for mark in ("{#", "#}", "{%", "%}", "{{", "}}") if mark in html]
        assert not leaks, (name, leaks)
