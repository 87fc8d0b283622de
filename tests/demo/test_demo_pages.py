"""What the demo loader puts in the site's pages: the seed guidance page's own text, the
words each demo page shows, the home page's top tasks, its safe-browsing advice, and the
loader run again."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from news.models import NewsArticlePage
from portal.models import SiteSettings, StandardPage
from search.models import Synonym
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
def test_demo_page_types_render(client, demo_site, path, expected):
    response = client.get(path)
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_demo_home_top_tasks_are_the_page_titles(client, home_page):
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


def test_demo_footer_names_the_partnership_and_its_partners(client, demo_site):
    html = client.get("/questions/").content.decode()
    assert "Manchester Safeguarding Partnership" in html
    assert 'alt="Greater Manchester Police"' in html


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


def test_demo_safe_browsing_page_is_linked_beside_quick_exit(client, demo_site):
    settings = SiteSettings.objects.get()
    assert settings.safe_browsing_page.slug == "safer-browsing"
    html = client.get("/news/").content.decode()
    quick_exit = html[html.index('<div class="quick-exit">') :]
    quick_exit = quick_exit[: quick_exit.index("</div>")]
    assert '<a class="quick-exit__advice" href="/safer-browsing/">Browsing safely</a>' in quick_exit


def test_safe_browsing_and_accessibility_pages_say_what_they_should(client, demo_site):
    html = client.get("/safer-browsing/").content.decode()
    for words in ("private", "Clear your history", "Shift key three", "monitoring software", "999"):
        assert words in html
    html = client.get("/accessibility-statement/").content.decode()
    for words in ("WCAG", "2.2", "Compliance status", "keyboard", "Reporting a problem"):
        assert words in html


def test_demo_loader_keeps_editors_choices(demo_site):
    settings = SiteSettings.objects.get()
    settings.safe_browsing_page = StandardPage.objects.get(slug="accessibility-statement")
    settings.save()
    Synonym.objects.filter(term="MASH").update(alternatives="Multi-Agency Safeguarding Hub, hub")
    synonyms = Synonym.objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert SiteSettings.objects.get().safe_browsing_page.slug == "accessibility-statement"
    assert Synonym.objects.count() == synonyms >= 7
    assert Synonym.objects.get(term="MASH").alternatives.endswith(", hub")


def test_no_template_syntax_leaks_into_any_demo_page(client, demo_site):
    """The demo's fuller pages (every block, glossary terms, documents) show no template text
    and need nothing inline either."""
    for name, url in public_page_type_urls().items():
        html = client.get(url).content.decode()
        assert not re.search(r"\sstyle=", html), name
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html), name
        html = re.sub(r"<script.*?</script>", "", html, flags=re.S)
        leaks = [mark for mark in ("{#", "#}", "{%", "%}", "{{", "}}") if mark in html]
        assert not leaks, (name, leaks)
