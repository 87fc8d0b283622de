"""What the demo loader puts in the site: its partners, its glossary, its organisation."""

import html as html_lib
import re

import pytest

from glossary.models import GlossaryTerm
from partners.models import Partner
from procedures.models import ChapterPage

pytestmark = pytest.mark.django_db


def strip_names(html: str) -> list[str]:
    section = html.split('id="partners-heading"', 1)[1].split("</section>", 1)[0]
    return [html_lib.unescape(name) for name in re.findall(r'alt="([^"]*)"', section)]


def test_all_eighteen_demo_partners_show_in_order(client, demo_site):
    names = strip_names(client.get("/").content.decode())
    assert len(names) == 18
    assert names == list(Partner.objects.active().values_list("name", flat=True))
    assert names[0] == "Greater Manchester Mental Health NHS Foundation Trust"


def test_demo_glossary_has_the_terms_practitioners_meet(demo_site):
    assert GlossaryTerm.objects.count() >= 25
    wanted = {"LADO", "MASH", "DoLS", "CSE", "CCE", "SAR", "CSPR", "DSL", "MARAC"}
    assert wanted <= set(GlossaryTerm.objects.values_list("abbreviation", flat=True))
    assert GlossaryTerm.objects.filter(term="Prevent", case_sensitive=True).exists()
    assert GlossaryTerm.objects.filter(abbreviation__startswith="EHC").exists()


def test_the_demo_news_feed_is_from_the_manchester_partnership(client, demo_site):
    feed = client.get("/news/feed/").content.decode()
    assert "<title>News from Manchester Safeguarding Partnership</title>" in feed
    assert 'title="News from Manchester Safeguarding Partnership"' in (
        client.get("/").content.decode()
    )


def test_the_demo_pages_show_definitions_of_its_jargon(client, seed_page):
    html = client.get(seed_page.url).content.decode()
    assert html.count('popovertarget="glossary-hcpc"') == 1
    assert html.count('popovertarget="glossary-grooming"') == 1
    assert re.search(r"<h2[^>]*>Health and Care Professions Council \(HCPC\) guidance</h2>", html)
    chapter = ChapterPage.objects.get(slug="allegations-against-staff-and-volunteers")
    html = client.get(chapter.url).content.decode()
    assert 'popovertarget="glossary-lado">Local Authority Designated Officer<' in html
    lado = GlossaryTerm.objects.get(abbreviation="LADO")
    assert f'href="{lado.related_page.url}"' in client.get("/glossary/").content.decode()
