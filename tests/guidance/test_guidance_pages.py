"""Guidance pages: review dates, the overdue notice and related guidance."""

import datetime

import pytest
from django.utils import timezone

from guidance.models import GuidancePage
from tests.factories import GuidanceIndexPageFactory, GuidancePageFactory

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date(2001, 3, 14)


def test_review_dates_are_shown(client):
    page = GuidancePageFactory(last_reviewed=timezone.localdate() - datetime.timedelta(days=40))
    html = client.get(page.url).content.decode()
    assert "Last reviewed" in html and "Next review due" in html
    assert f'<time datetime="{page.last_reviewed:%Y-%m-%d}">' in html
    assert f'<time datetime="{page.next_review_due:%Y-%m-%d}">' in html
    assert "This guidance is due for review" not in html


def test_next_review_defaults_to_a_year_after_the_last():
    page = GuidancePageFactory(last_reviewed=datetime.date(2024, 2, 29))
    assert page.next_review_due == datetime.date(2025, 2, 28)
    page = GuidancePageFactory(last_reviewed=LONG_AGO)
    assert page.next_review_due == LONG_AGO.replace(year=LONG_AGO.year + 1)


def test_a_page_past_review_still_shows_with_a_notice(client):
    page = GuidancePageFactory(last_reviewed=LONG_AGO)
    assert page.next_review_due < timezone.localdate()
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This guidance is due for review" in html
    assert page.next_review_due.strftime("%-d %B %Y") in html


def test_review_due_today_is_not_overdue():
    page = GuidancePage(title="Due today", next_review_due=timezone.localdate())
    assert not page.is_overdue_for_review
    page.next_review_due = timezone.localdate() - datetime.timedelta(days=1)
    assert page.is_overdue_for_review


def test_related_guidance_is_the_rest_of_the_topic(client):
    page = GuidancePageFactory()
    siblings = [GuidancePageFactory(parent=page.get_parent()) for _ in range(2)]
    other_topic = GuidancePageFactory()
    html = client.get(page.url).content.decode()
    related = html[html.index('id="related-content-heading"') :]
    related = related[: related.index("</nav>")]
    for sibling in siblings:
        assert f'href="{sibling.url}"' in related
    assert f'href="{page.url}"' not in related
    assert f'href="{other_topic.url}"' not in related


def test_related_guidance_is_capped_and_skips_drafts():
    index = GuidanceIndexPageFactory()
    page = GuidancePageFactory(parent=index, title="Main guidance")
    extras = [GuidancePageFactory(parent=index, title=f"Extra {n}") for n in range(6)]
    draft = GuidancePageFactory(parent=index, title="AAA draft", live=False)
    related = page.related_pages()
    assert [p.pk for p in related] == [p.pk for p in extras[:4]]  # by title, four at most
    assert draft.pk not in {p.pk for p in related}
