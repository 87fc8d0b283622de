""" "Is this page useful?": stored without personal data, shown to editors, junk gives 400."""

import pytest
from django.test import Client
from django.urls import reverse

from portal.models import PageFeedback

pytestmark = pytest.mark.django_db


def test_guidance_pages_ask_if_they_are_useful(client, seed_page):
    html = client.get(seed_page.url).content.decode()
    assert "Is this page useful?" in html
    assert f'<form method="post" action="/feedback/{seed_page.pk}/">' in html
    assert 'name="useful" value="yes"' in html and 'name="useful" value="no"' in html
    assert "csrfmiddlewaretoken" not in html


@pytest.mark.parametrize("answer, useful", [("yes", True), ("no", False)])
def test_a_vote_is_stored_and_thanked(client, seed_page, answer, useful):
    response = client.post(f"/feedback/{seed_page.pk}/", {"useful": answer})
    assert response.status_code == 302
    assert response["Location"] == f"{seed_page.url}?feedback=thanks#page-feedback"
    vote = PageFeedback.objects.get()
    assert vote.page_id == seed_page.pk and vote.useful is useful
    html = client.get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in html
    assert "Is this page useful?" not in html


def test_votes_work_without_a_csrf_cookie(seed_page):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(f"/feedback/{seed_page.pk}/", {"useful": "no"})
    assert response.status_code == 302
    assert PageFeedback.objects.filter(useful=False).count() == 1


def test_feedback_holds_no_personal_data():
    fields = {field.name for field in PageFeedback._meta.get_fields()}
    assert fields == {"id", "page", "useful", "created"}


@pytest.mark.parametrize(
    "data", [{}, {"useful": "maybe"}, {"useful": ""}, {"useful": "YES "}, {"useful": "\x00"}]
)
def test_junk_votes_give_400(client, seed_page, data):
    response = client.post(f"/feedback/{seed_page.pk}/", data)
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_votes_for_missing_or_unpublished_pages_give_404(client, seed_page):
    assert client.post("/feedback/999999/", {"useful": "yes"}).status_code == 404
    too_big = "/feedback/99999999999999999999999/"  # past any database integer
    assert client.post(too_big, {"useful": "yes"}).status_code == 404
    seed_page.unpublish()
    assert client.post(f"/feedback/{seed_page.pk}/", {"useful": "yes"}).status_code == 404
    assert client.post("/feedback/abc/", {"useful": "yes"}).status_code == 404
    assert not PageFeedback.objects.exists()


def test_feedback_only_accepts_post(client, seed_page):
    assert client.get(f"/feedback/{seed_page.pk}/").status_code == 405


def test_editors_see_yes_and_no_totals(admin_client, seed_page, home_page):
    for useful in (True, True, False):
        PageFeedback.objects.create(page=seed_page, useful=useful)
    PageFeedback.objects.create(page=home_page, useful=False)
    response = admin_client.get(reverse("page_feedback_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert seed_page.title.replace("&", "&amp;") in html
    rows = html.split("<tr")
    seed_row = next(row for row in rows if seed_page.title.replace("&", "&amp;") in row)
    cells = [cell.split("</td>")[0].strip() for cell in seed_row.split("<td")[2:]]
    assert [c.rsplit(">", 1)[-1].strip() for c in cells[:3]] == ["2", "1", "3"]
    assert "Page feedback" in admin_client.get("/admin/").content.decode()


def test_the_report_is_for_staff_only(client, django_user_model, seed_page):
    user = django_user_model.objects.create_user(username="reader", password="x")
    client.force_login(user)
    response = client.get(reverse("page_feedback_report"))
    assert response.status_code in (302, 403)


def test_editors_can_see_the_report(client, django_user_model, seed_page):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    PageFeedback.objects.create(page=seed_page, useful=True)
    response = client.get(reverse("page_feedback_report"))
    assert response.status_code == 200
    assert "Page feedback" in client.get("/admin/reports/page-feedback/").content.decode()
