"""Huge images are refused at upload, and gunicorn workers are recycled."""

import io
import runpy
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

ROOT = Path(__file__).resolve().parents[2]


def png(width: int, height: int) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("L", (width, height), 200).save(buffer, format="PNG")
    return SimpleUploadedFile("huge.png", buffer.getvalue(), content_type="image/png")


@pytest.mark.django_db
def test_images_over_40_megapixels_are_refused(admin_client, settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 40_000_000
    before = get_image_model().objects.count()
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Huge",
            "file": png(7000, 6000),  # 42 megapixels, a few kilobytes as PNG
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert "pixels" in response.content.decode()
    assert get_image_model().objects.count() == before


@pytest.mark.django_db
def test_ordinary_photos_are_accepted(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Photo",
            "file": png(4000, 3000),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Photo").exists()


def test_gunicorn_recycles_workers_with_jitter(monkeypatch):
    for name in ("GUNICORN_MAX_REQUESTS", "GUNICORN_MAX_REQUESTS_JITTER"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(ROOT / "portal" / "gunicorn.conf.py"))
    assert 0 < config["max_requests"] <= 5000
    assert 0 < config["max_requests_jitter"] < config["max_requests"]
    assert config["timeout"] <= 60
