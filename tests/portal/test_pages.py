"""Every public page type renders from the database with its content."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Site

from news.models import NewsArticlePage
from portal.models import SiteSettings
from tests.factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    PartnerFactory,
    QAPageFactory,
    QuestionAnswerFactory,
    ResourcesPageFactory,
    StandardPageFactory,
    TopicFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    home_page,
)
from tests.factories.resources import ResourceFactory
from tests.page_types import factory_page_type_urls
from training.models import TrainingEventPage

pytestmark = pytest.mark.django_db


def test_sidebar_has_date_badges_from_real_dates(client):
    page = GuidancePageFactory()
    NewsArticlePageFactory(date=timezone.localdate())
    now = timezone.now()
    mine = TrainingEventPageFactory(  # under way, so the first still to finish
        start=now - datetime.timedelta(hours=1), end=now + datetime.timedelta(hours=2)
    )
    html = client.get(page.url).content.decode()
    article = NewsArticlePage.objects.newest().first()
    badge = (
        f'<time class="date-badge" datetime="{article.date:%Y-%m-%d}">'
        f'<span class="date-badge__month">{article.date:%b}</span> '
        f'<span class="date-badge__day">{article.date.day}</span></time>'
    )
    assert badge in html
    event = TrainingEventPage.objects.upcoming().first()
    assert event == mine
    assert f'datetime="{event.listing_date:%Y-%m-%d}"' in html
    assert event.title in html


def test_news_article_renders(client):
    article = NewsArticlePageFactory(title="Safeguarding Adults Review for Adult Z published")
    html = client.get(article.url).content.decode()
    assert "Safeguarding Adults Review" in html
    assert f'datetime="{article.date:%Y-%m-%d}"' in html


def test_qa_answers_are_disclosure_widgets_with_anchors(client):
    page = QAPageFactory()
    mine = [
        QuestionAnswerFactory(page=page, question="Who do I call first?"),
        QuestionAnswerFactory(page=page, topic="Children", question="What is early help?"),
    ]
    html = client.get(page.url).content.decode()
    assert page.questions.filter(pk__in=[item.pk for item in mine]).count() == 2
    for item in page.questions.filter(pk__in=[item.pk for item in mine]):
        assert f'<details class="qa" id="{item.anchor}">' in html
        assert f'href="#{item.anchor}"' in html
    assert "<summary" in html


def test_resources_filter_by_topic_and_type(client):
    page = ResourcesPageFactory()
    topic = TopicFactory()
    ResourceFactory(title="Guidance on the filtered topic", topic=topic)
    ResourceFactory(title="A toolkit on the filtered topic", topic=topic, resource_type="toolkit")
    ResourceFactory(title="Guidance on another topic")
    html = client.get(f"{page.url}?topic={topic.slug}&type=guidance").content.decode()
    assert "Guidance on the filtered topic" in html
    assert "A toolkit on the filtered topic" not in html  # a toolkit, not guidance
    assert "Guidance on another topic" not in html


LISTINGS = {
    "resources": ResourcesPageFactory,
    "news": NewsIndexPageFactory,
    "training": TrainingIndexPageFactory,
    "guidance topic": GuidanceIndexPageFactory,
}


@pytest.mark.parametrize(
    "listing, query",
    [
        ("resources", "?topic=nope&type=%00&page=abc"),
        ("news", "?year=99999999999999999999&topic=x&page=-1"),
        ("training", "?month=2026-13&format=zz&page=99999"),
        ("training", "?month=%F0%9F%98%80&when=past"),
        ("guidance topic", "?page=1e9"),
    ],
)
def test_bad_filter_values_give_a_normal_page(client, listing, query):
    page = LISTINGS[listing]()
    assert client.get(page.url + query).status_code == 200


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert "Worried about a child or an adult?" in html


def test_unpublished_page_is_not_served(client):
    page = GuidancePageFactory()
    url = page.url
    assert client.get(url).status_code == 200
    page.unpublish()
    assert client.get(url).status_code == 404


def test_past_review_date_shows_notice_and_current_does_not(client):
    current = GuidancePageFactory()
    assert "This guidance is due for review" not in client.get(current.url).content.decode()
    today = timezone.localdate()
    overdue = GuidancePageFactory(
        last_reviewed=today - datetime.timedelta(days=400),
        next_review_due=today - datetime.timedelta(days=35),
    )
    assert overdue.is_overdue_for_review
    assert "This guidance is due for review" in client.get(overdue.url).content.decode()


def test_every_page_has_footer_and_partner_strip(client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "Testshire Safeguarding Partnership"
    settings.save()
    partner = PartnerFactory(name="Testshire Constabulary", sort_order=-1)
    page = StandardPageFactory()
    html = client.get(page.url).content.decode()
    assert "Testshire Safeguarding Partnership" in html
    assert f'alt="{partner.name}"' in html


def test_home_top_tasks_fall_back_to_page_titles(client):
    home = home_page()
    pages = [StandardPageFactory(title=f"Task page {n}") for n in range(3)]
    home.top_tasks = [("task", {"page": page, "link_text": ""}) for page in pages[:2]] + [
        ("task", {"page": pages[2], "link_text": "Named task"})
    ]
    home.save()
    html = client.get("/").content.decode()
    tasks = html.split('class="top-tasks"', 1)[1].split("</ul>", 1)[0]
    titles = re.findall(r'<span class="top-task__title">([^<]+)</span>', tasks)
    assert titles == ["Task page 0", "Task page 1", "Named task"]


def test_no_template_syntax_leaks_into_any_page_type(client):
    """A template comment spread over lines, or a broken tag, shows as text: never on a page."""
    for name, url in factory_page_type_urls().items():
        html = re.sub(r"<script.*?</script>", "", client.get(url).content.decode(), flags=re.S)
        leaks = [mark for mark in ("{#", "#}", "{%", "%}", "{{", "}}") if mark in html]
        assert not leaks, (name, leaks)
