"""Documents in a private collection never reach an anonymous reader, by any URL."""

import re
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import ImageFactory
from tests.portal.test_settings import production_settings

pytestmark = pytest.mark.django_db

SECRET = b"%PDF-1.4 restricted minutes of a case review"


@pytest.fixture
def private_document(db):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Case review minutes", collection=private)
    document.file.save("case-review.pdf", ContentFile(SECRET))
    return document


def body(response) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def candidate_urls(document) -> list[str]:
    name = document.file.name
    base = name.rsplit("/", 1)[-1]
    return [
        document.url,
        f"/documents/{document.pk}/{base}",
        f"/documents/{document.pk}/anything.pdf",
        f"/media/{name}",
        f"/media/{quote(name)}",
        f"/media/documents/{base}",
        f"/media/documents/{document.filename}",
        f"/media/original_images/../{name}",
        f"/media/images/../{name}",
        f"/media/images/%2e%2e/{name}",
        f"/media//{name}",
    ]


def test_no_url_serves_a_private_document_to_an_anonymous_reader(client, private_document):
    for url in candidate_urls(private_document):
        response = client.get(url)
        assert SECRET not in body(response), url
        assert response.status_code in (302, 400, 403, 404), (url, response.status_code)


def test_signed_in_staff_get_it_through_the_document_view_only(admin_client, private_document):
    response = admin_client.get(private_document.url)
    assert response.status_code == 200
    assert body(response) == SECRET
    assert "case-review.pdf" in response["Content-Disposition"]
    assert admin_client.get(f"/media/{private_document.file.name}").status_code == 404


def test_stored_document_names_cannot_be_guessed(private_document):
    folder, name = private_document.file.name.split("/")[-2:]
    assert name == "case-review.pdf"
    assert re.fullmatch(r"[A-Za-z0-9_-]{22}", folder)
    assert private_document.file.name.startswith("documents/")
    assert private_document.url.endswith("/case-review.pdf")


def test_editors_uploading_through_the_admin_get_unguessable_names(client):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_user(username="ed", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("minutes.txt", b"minutes", content_type="text/plain")
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": upload, "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 200, response.content
    stored = get_document_model().objects.get(file__endswith="/minutes.txt").file.name
    assert re.fullmatch(r"documents/[A-Za-z0-9_-]{22}/minutes\.txt", stored)


def test_the_media_route_still_serves_images(client):
    image = ImageFactory()
    response = client.get(image.file.url)
    assert response.status_code == 200
    rendition = image.get_rendition("width-100")
    assert client.get(rendition.url).status_code == 200


def test_production_does_not_serve_media_by_default():
    assert production_settings("SERVE_MEDIA") == {"SERVE_MEDIA": False}
