"""What the demo loader puts in the procedures manual: its chapters, their sections and history."""

import pytest

from procedures.models import Amendment, ChapterPage, LevelsOfNeedPage, ProceduresManualPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def manual(demo_site):
    return ProceduresManualPage.objects.get(slug="procedures")


def test_the_demo_manual_lists_its_chapters_in_order(client, manual):
    chapters = list(ChapterPage.objects.child_of(manual).live().order_by("path"))
    assert len(chapters) >= 6
    html = client.get(manual.url).content.decode()
    positions = [html.index(f">{n}.</span> {c.title}<") for n, c in enumerate(chapters, 1)]
    assert positions == sorted(positions)
    assert 'href="/procedures/amendments/"' in html


def test_the_demo_referral_chapter_numbers_its_sections(client, manual):
    chapter = ChapterPage.objects.get(slug="responding-to-concerns-about-a-child")
    html = client.get(chapter.url).content.decode()
    assert '<a href="#making-a-referral">2.3 Making a referral</a>' in html
    assert '<h2 id="making-a-referral">Making a referral</h2>' in html


def test_the_demo_manual_has_amendments_in_its_history(manual):
    chapters = ChapterPage.objects.child_of(manual)
    assert chapters.count() >= 6
    assert Amendment.objects.filter(page__in=chapters).count() >= chapters.count() + 6
    assert Amendment.objects.filter(page__in=chapters).exclude(note="First published.").exists()


def test_the_demo_levels_of_need_has_four_levels_for_children_and_adults(client, demo_site):
    html = client.get(LevelsOfNeedPage.objects.get().url).content.decode()
    assert html.count('<section class="level"') == 4
    for text in (
        "Level 1: Universal",
        "Level 2: Early help",
        "Level 4: Specialist and statutory",
        "<h4>Parenting capacity</h4>",
        "<h4>Care and support</h4>",
    ):
        assert text in html, text
