"""The Q&A and resources factories reuse the site's one page of each, and answers get their
anchor from the question."""

import pytest

from guidance.models import QAPage, ResourcesPage
from tests.factories import QAPageFactory, QuestionAnswerFactory, ResourcesPageFactory

pytestmark = pytest.mark.django_db


def test_the_site_q_and_a_and_resources_pages_are_reused(client):
    assert QAPageFactory().pk == QAPage.objects.get().pk
    assert ResourcesPageFactory().pk == ResourcesPage.objects.get().pk


def test_an_answer_goes_on_the_q_and_a_page_with_an_anchor(client):
    answer = QuestionAnswerFactory(question="Who keeps the zorblax rota?")
    assert answer.page.pk == QAPage.objects.get().pk
    assert answer.anchor == "who-keeps-the-zorblax-rota"
    html = client.get(answer.page.url).content.decode()
    assert 'id="who-keeps-the-zorblax-rota"' in html
    assert "The answer to Who keeps the zorblax rota?" in html
