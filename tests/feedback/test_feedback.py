""" "Is this page useful?": stored without personal data, shown to editors, junk gives 400."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from feedback.models import PageFeedback
from tests.factories import GuidancePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance_page(db):
    return GuidancePageFactory(title="Guidance on sharing information & consent")


def feedback_for(guidance_page):
    return PageFeedback.objects.filter(page=guidance_page)


def test_guidance_pages_ask_if_they_are_useful(client, guidance_page):
    html = client.get(guidance_page.url).content.decode()
    assert "Is this page useful?" in html
    assert f'<form method="post" action="/feedback/{guidance_page.pk}/">' in html
    assert 'name="useful" value="yes"' in html and 'name="useful" value="no"' in html
    assert "csrfmiddlewaretoken" not in html


@pytest.mark.parametrize("answer, useful", [("yes", True), ("no", False)])
def test_a_vote_is_stored_and_thanked(client, guidance_page, answer, useful):
    response = client.post(f"/feedback/{guidance_page.pk}/", {"useful": answer})
    assert response.status_code == 302
    assert response["Location"] == f"{guidance_page.url}?feedback=thanks#page-feedback"
    day = feedback_for(guidance_page).get()
    assert day.day == timezone.localdate()
    assert (day.yes_count, day.no_count) == ((1, 0) if useful else (0, 1))
    html = client.get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in html
    assert "Is this page useful?" not in html


def test_votes_work_without_a_csrf_cookie(guidance_page):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(f"/feedback/{guidance_page.pk}/", {"useful": "no"})
    assert response.status_code == 302
    assert feedback_for(guidance_page).get().no_count == 1


def test_feedback_holds_no_personal_data():
    fields = {field.name for field in PageFeedback._meta.get_fields()}
    assert fields == {"id", "page", "day", "yes_count", "no_count"}


@pytest.mark.parametrize(
    "data", [{}, {"useful": "maybe"}, {"useful": ""}, {"useful": "YES "}, {"useful": "\x00"}]
)
def test_junk_votes_give_400(client, guidance_page, data):
    response = client.post(f"/feedback/{guidance_page.pk}/", data)
    assert response.status_code == 400
    assert not feedback_for(guidance_page).exists()


def test_votes_for_missing_or_unpublished_pages_give_404(client, guidance_page):
    rows = PageFeedback.objects.count()
    assert client.post("/feedback/999999/", {"useful": "yes"}).status_code == 404
    too_big = "/feedback/99999999999999999999999/"  # past any database integer
    assert client.post(too_big, {"useful": "yes"}).status_code == 404
    guidance_page.unpublish()
    assert client.post(f"/feedback/{guidance_page.pk}/", {"useful": "yes"}).status_code == 404
    assert client.post("/feedback/abc/", {"useful": "yes"}).status_code == 404
    assert PageFeedback.objects.count() == rows


def test_feedback_only_accepts_post(client, guidance_page):
    assert client.get(f"/feedback/{guidance_page.pk}/").status_code == 405


def test_editors_see_yes_and_no_totals(admin_client, guidance_page):
    other = StandardPageFactory()
    today = timezone.localdate()
    PageFeedback.objects.create(page=guidance_page, day=today, yes_count=1, no_count=1)
    PageFeedback.objects.create(page=guidance_page, day=today.replace(day=1), yes_count=1)
    PageFeedback.objects.create(page=other, day=today, no_count=1)
    response = admin_client.get(reverse("page_feedback_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(guidance_page.title) in html
    rows = html.split("<tr")
    page_row = next(row for row in rows if escape(guidance_page.title) in row)
    cells = [cell.split("</td>")[0].strip() for cell in page_row.split("<td")[2:]]
    assert [c.rsplit(">", 1)[-1].strip() for c in cells[:3]] == ["2", "1", "3"]
    assert "Page feedback" in admin_client.get("/admin/").content.decode()


def test_the_report_is_for_staff_only(client, django_user_model, guidance_page):
    user = django_user_model.objects.create_user(username="reader", password="x")
    client.force_login(user)
    response = client.get(reverse("page_feedback_report"))
    assert response.status_code in (302, 403)


def test_editors_can_see_the_report(client, django_user_model, guidance_page):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    PageFeedback.objects.create(page=guidance_page, day=timezone.localdate(), yes_count=1)
    response = client.get(reverse("page_feedback_report"))
    assert response.status_code == 200
    assert "Page feedback" in client.get("/admin/reports/page-feedback/").content.decode()


def test_many_votes_make_one_row_per_page_per_day(guidance_page, settings):
    settings.FEEDBACK_RATE_LIMIT = 0
    for number in range(40):
        client = Client(REMOTE_ADDR=f"10.0.0.{number}")
        client.post(f"/feedback/{guidance_page.pk}/", {"useful": "yes" if number % 4 else "no"})
    day = feedback_for(guidance_page).get()
    assert (day.yes_count, day.no_count) == (30, 10)


def test_votes_are_rate_limited_per_client(guidance_page, settings):
    settings.FEEDBACK_RATE_LIMIT = 5
    reader, other = Client(REMOTE_ADDR="10.1.1.1"), Client(REMOTE_ADDR="10.1.1.2")
    answers = [reader.post(f"/feedback/{guidance_page.pk}/", {"useful": "yes"}) for _ in range(8)]
    assert [r.status_code for r in answers] == [302] * 5 + [429] * 3
    assert int(answers[-1]["Retry-After"]) > 0
    assert other.post(f"/feedback/{guidance_page.pk}/", {"useful": "no"}).status_code == 302
    day = feedback_for(guidance_page).get()
    assert (day.yes_count, day.no_count) == (5, 1)


def test_pages_under_a_view_restriction_answer_like_missing_pages(client, guidance_page):
    rows = PageFeedback.objects.count()
    PageViewRestriction.objects.create(page=guidance_page, restriction_type="login")
    response = client.post(f"/feedback/{guidance_page.pk}/", {"useful": "yes"})
    missing = client.post("/feedback/999999/", {"useful": "yes"})
    assert response.status_code == missing.status_code == 404
    assert "Location" not in response
    assert guidance_page.url.encode() not in response.content
    assert PageFeedback.objects.count() == rows


def test_pages_below_a_restricted_page_are_refused_too(client, guidance_page):
    PageViewRestriction.objects.create(page=guidance_page.get_parent(), restriction_type="login")
    assert client.post(f"/feedback/{guidance_page.pk}/", {"useful": "yes"}).status_code == 404
    assert not feedback_for(guidance_page).exists()
