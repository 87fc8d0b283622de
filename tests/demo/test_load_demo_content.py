"""The demo content is worth reading: enough of it, written for Manchester, nothing said twice."""

import re
from html import unescape

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags

from demo.data import read
from guidance.models import QuestionAnswer, Resource
from news.models import NewsArticlePage
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db

PARAGRAPH = re.compile(r"<p[^>]*>(.*?)</p>", re.S)
ARTICLES = read("news")["articles"]
EVENTS = read("training")["events"]
LINKS = read("guidance")["links"]


def main_paragraphs(html: str) -> list[str]:
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    texts = [" ".join(unescape(strip_tags(p)).split()) for p in PARAGRAPH.findall(main)]
    return [text for text in texts if len(text) > 40]


def test_there_is_enough_to_read(demo_site):
    assert QuestionAnswer.objects.count() >= 12
    assert Resource.objects.count() >= 10
    assert NewsArticlePage.objects.live().count() >= 6
    assert TrainingEventPage.objects.live().count() >= 6
    assert TrainingEventPage.objects.upcoming().count() >= 5


def test_no_news_article_or_event_says_a_paragraph_twice(client, demo_site):
    pages = list(NewsArticlePage.objects.live()) + list(TrainingEventPage.objects.live())
    assert len(pages) >= 12
    for page in pages:
        paragraphs = main_paragraphs(client.get(page.url).content.decode())
        assert paragraphs, page.url
        repeated = {text for text in paragraphs if paragraphs.count(text) > 1}
        assert not repeated, (page.url, repeated)
        summary = " ".join(page.summary.split())
        assert paragraphs.count(summary) <= 1, (page.url, "the summary is repeated")


def test_every_demo_body_is_more_than_its_summary():
    for article in ARTICLES:
        assert article["summary"] not in article["body"]
    for event in EVENTS:
        assert event["summary"] not in event["body"]


def test_the_demo_is_written_for_manchester(client, demo_site):
    news = client.get("/news/").content.decode()
    assert "Lewisham" not in news
    everything = " ".join(
        [article["summary"] for article in ARTICLES] + [event["summary"] for event in EVENTS]
    )
    assert "Manchester" in everything


def test_the_seed_page_links_the_procedures_it_names(client, seed_page):
    html = client.get(seed_page.url).content.decode()
    assert html.count(f'<a href="{LINKS["gmsp_procedures"]}">GMSP procedures</a>') == 2
    assert (
        f'<a href="{LINKS["e_safety_procedure"]}">E-Safety Working Practices for Staff '
        "Procedure</a>" in html
    )


def test_loading_again_adds_nothing(demo_site):
    counts = (
        QuestionAnswer.objects.count(),
        Resource.objects.count(),
        NewsArticlePage.objects.count(),
        TrainingEventPage.objects.count(),
    )
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts == (
        QuestionAnswer.objects.count(),
        Resource.objects.count(),
        NewsArticlePage.objects.count(),
        TrainingEventPage.objects.count(),
    )
