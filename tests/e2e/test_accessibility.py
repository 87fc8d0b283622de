"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violations on the email update pages and banners.

Every public page type is checked in test_page_types.py, in the same crawl that finds the
report link in the first screen; the options here are shared by all the axe-core tests.
"""

import datetime

import pytest
from django.utils import timezone

from alerts.models import AlertBanner
from guidance.models import GuidancePage
from subscriptions import tokens
from tests.e2e.axe_runner import Axe

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
WIDTHS = (375, 1280)


def describe(violations: list[dict]) -> str:
    return "; ".join(
        f"{v['id']} ({v['impact']}): " + ", ".join(str(node["target"]) for node in v["nodes"][:3])
        for v in violations
    )


def test_no_wcag_violations_on_email_update_pages_and_alert_banners(
    live_server, demo_site_transactional, page
):
    """The subscription pages (forms, errors, signed-link pages) and both banner levels."""
    now = timezone.now()
    for level in ("urgent", "information"):
        AlertBanner.objects.create(
            message=f"A {level} notice for every reader.",
            level=level,
            link_url="https://example.org/more",
            starts_at=now - datetime.timedelta(hours=1),
            ends_at=now + datetime.timedelta(hours=1),
        )
    seed = GuidancePage.objects.get(slug="social-media-practitioners-volunteers")
    confirm = tokens.confirm_token(tokens.Request(email="a@example.org", bulletin=True))
    paths = {
        "home with banners": "/",
        "get updates": "/updates/",
        "follow a page": f"/updates/?page={seed.pk}",
        "confirm": f"/updates/confirm/{confirm}/",
        "unsubscribe": f"/updates/unsubscribe/{tokens.unsubscribe_token('a@example.org')}/",
        "manage link": "/updates/manage/",
        "bad link": "/updates/confirm/nonsense/",
    }
    axe = Axe()
    failures = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in paths.items():
            page.goto(live_server.url + path)
            if name == "home with banners":
                assert page.locator("[data-alert-banner]").count() == 2
            violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
            if violations:
                failures[f"{name} @ {width}px"] = describe(violations)
        # The form with its errors showing.
        page.goto(live_server.url + "/updates/")
        page.get_by_role("button", name="Send me a confirmation email").click()
        page.wait_for_selector(".updates-errors")
        violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            failures[f"form errors @ {width}px"] = describe(violations)
    assert not failures, failures
