"""The 7-minute briefing page and its PDF, made from the page itself."""

import pytest

from reviews.models import BRIEFING_SECTIONS
from reviews.pdf import SiteFilesFetcher
from tests.factories.reviews import BriefingPageFactory, ReviewPageFactory
from tests.pdf_reading import outline_titles

pytestmark = pytest.mark.django_db


def test_the_briefing_shows_the_standard_sections_in_order(client):
    review = ReviewPageFactory(subject="Adult B")
    briefing = BriefingPageFactory(title="Briefing: Adult B", review=review)
    html = client.get(briefing.url).content.decode()
    positions = [html.index(f"<h2>{label}</h2>") for _name, label in BRIEFING_SECTIONS]
    assert positions == sorted(positions)
    assert f'<a href="{review.url}">SAR Adult B (2025)</a>' in html
    assert f'href="{briefing.url}pdf/"' in html


def test_an_empty_optional_section_is_left_out(client):
    briefing = BriefingPageFactory(title="Short briefing", further_reading="")
    assert "<h2>Further reading</h2>" not in client.get(briefing.url).content.decode()


def test_the_pdf_is_a_real_pdf_with_the_briefings_headings(client):
    briefing = BriefingPageFactory(title="7-minute briefing: Adult B and self-neglect")
    response = client.get(briefing.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{briefing.slug}.pdf"'
    assert "Set-Cookie" not in response.headers
    data = response.content
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    titles = outline_titles(data)
    expected = [briefing.title] + [label for _name, label in BRIEFING_SECTIONS]
    assert [title for title in titles if title in expected] == expected
    # No site furniture: the quick exit and menus are print-hidden.
    assert "Quick exit" not in titles


def test_the_pdf_uses_only_the_sites_own_files():
    fetcher = SiteFilesFetcher(site_root="http://testserver/")
    with pytest.raises(ValueError):
        fetcher.fetch("http://elsewhere.invalid/static/css/site.css")
    with pytest.raises(ValueError):
        fetcher.fetch("http://testserver/media/../../etc/passwd")
    with pytest.raises(ValueError):
        fetcher.fetch("file:///etc/passwd")
    response = fetcher.fetch("http://testserver/static/css/site.css")
    try:
        assert b".quick-exit" in response.read()
    finally:
        response.close()


def test_an_unpublished_briefing_has_no_public_pdf(client):
    briefing = BriefingPageFactory(title="Draft briefing")
    url = briefing.url + "pdf/"
    assert client.get(url).status_code == 200
    briefing.unpublish()
    assert client.get(url).status_code == 404
