"""Guidance pages: review dates, the overdue notice and related guidance."""

import datetime

import pytest
from django.utils import timezone

from guidance.models import GuidanceIndexPage, GuidancePage

pytestmark = pytest.mark.django_db


def test_review_dates_are_shown(client, seed_page):
    html = client.get(seed_page.url).content.decode()
    assert "Last reviewed" in html and "Next review due" in html
    assert f'<time datetime="{seed_page.last_reviewed:%Y-%m-%d}">' in html
    assert f'<time datetime="{seed_page.next_review_due:%Y-%m-%d}">' in html
    assert "This guidance is due for review" not in html


def test_next_review_defaults_to_a_year_after_the_last(seed_page):
    assert seed_page.next_review_due == seed_page.last_reviewed.replace(
        year=seed_page.last_reviewed.year + 1
    ) or (seed_page.next_review_due - seed_page.last_reviewed).days in (365, 366)


def test_a_page_past_review_still_shows_with_a_notice(client, demo_site):
    page = GuidancePage.objects.get(slug="self-neglect-and-hoarding")
    assert page.next_review_due < timezone.localdate()
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This guidance is due for review" in html
    assert page.next_review_due.strftime("%-d %B %Y") in html


def test_review_due_today_is_not_overdue(seed_page):
    seed_page.next_review_due = timezone.localdate()
    assert not seed_page.is_overdue_for_review
    seed_page.next_review_due = timezone.localdate() - datetime.timedelta(days=1)
    assert seed_page.is_overdue_for_review


def test_related_guidance_is_the_rest_of_the_topic(client, seed_page):
    siblings = GuidancePage.objects.sibling_of(seed_page, inclusive=False)
    assert siblings.count() >= 2
    html = client.get(seed_page.url).content.decode()
    related = html[html.index('id="related-content-heading"') :]
    related = related[: related.index("</nav>")]
    for sibling in siblings:
        assert f'href="{sibling.url}"' in related
    assert f'href="{seed_page.url}"' not in related
    other_topic = GuidancePage.objects.get(slug="self-neglect-and-hoarding")
    assert f'href="{other_topic.url}"' not in related


def test_related_guidance_is_capped_and_skips_drafts(client, seed_page):
    index = GuidanceIndexPage.objects.get(slug="online-safety")
    for number in range(6):
        index.add_child(instance=GuidancePage(title=f"Extra {number}", slug=f"extra-{number}"))
    draft = GuidancePage(title="AAA draft", slug="aaa-draft", live=False)
    index.add_child(instance=draft)
    related = seed_page.related_pages()
    assert len(related) == 4
    assert draft.pk not in {page.pk for page in related}
