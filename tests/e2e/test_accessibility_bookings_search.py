"""axe-core finds no violations on the pages this work adds or changes: booking results,
a full event, the training listing with a full event, and a search that suggests a spelling."""

import pytest

from search.vocabulary import rebuild_vocabulary
from tests.e2e.axe_runner import Axe
from tests.e2e.test_accessibility import AXE_OPTIONS, WIDTHS, describe
from training.models import TrainingEventPage

pytestmark = pytest.mark.browser


def test_no_wcag_violations_on_booking_results_full_events_and_suggestions(
    live_server, demo_site_transactional, page
):
    rebuild_vocabulary()
    full = TrainingEventPage.objects.get(slug="face-to-face-virtual-training-offer")
    paths = {
        "booking confirmed": full.url + "book/confirmed/",
        "booking waiting": full.url + "book/waiting/",
        "full event": full.url,
        "training listing": "/training/",
        "did you mean": "/search/?q=safegaurding",
    }
    failures = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in paths.items():
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
            if violations:
                failures[f"{name} @ {width}px"] = describe(violations)
    assert "Full: join the waiting list" in page.goto(live_server.url + "/training/").text()
    assert not failures, failures
