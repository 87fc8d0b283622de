"""axe-core on the admin screens staff use to run training and reviews.

Logs into the admin in a real browser and checks each screen added or changed for running
courses and guidance reviews. Violations inside Wagtail's own furniture (the sidebar, the
header) are not ours to fix here, so each check covers the part of the screen this project
renders: a dashboard panel, a listing, a form. The standalone attendance register is
checked whole. Wagtail's own listing markup has one known finding (a results heading with
role="alert") when searching or filtering; it is measured on a listing this project has not
changed (Topics, searched), and only findings beyond that baseline fail the test.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from guidance.models import GuidancePage
from tests.e2e.axe_runner import Axe
from tests.e2e.test_accessibility import AXE_OPTIONS, describe
from tests.training.helpers import add_event, booking_details
from training import services

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"


def scoped(selector: str) -> dict:
    return {**AXE_OPTIONS, "include": [[selector]]} if selector else AXE_OPTIONS


def findings(violations: list[dict]) -> set[tuple[str, str]]:
    return {(v["id"], str(node["target"])) for v in violations for node in v["nodes"]}


def test_admin_screens_for_training_and_reviews_have_no_violations(
    live_server, demo_site_transactional, page
):
    user = get_user_model().objects.create_superuser(
        "axe-admin", "axe@example.invalid", PASSWORD, first_name="Alex", last_name="Axe"
    )
    event = add_event(capacity=2, title="Axe course", starts_in=datetime.timedelta(days=2))
    people = [
        services.book_place(event=event, **booking_details(n, name=f"Person {n} Longname"))
        for n in range(1, 4)
    ]
    guidance = GuidancePage.objects.get(slug="self-neglect-and-hoarding")
    GuidancePage.objects.filter(pk=guidance.pk).update(owner_user=user)

    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.fill("#id_username", "axe-admin")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + reverse("wagtailadmin_home"))

    bulk = reverse("wagtail_bulk_action", args=["training", "booking", "mark_attended"])
    screens = {
        "dashboard panels": (reverse("wagtailadmin_home"), "#training-section"),
        "due for review panel": (reverse("wagtailadmin_home"), "#due-for-review-section"),
        "bookings listing": (
            reverse("training_booking:index") + f"?event={event.pk}",
            "#listing-results",
        ),
        "email the attendees": (
            reverse("training_booking:email_attendees", args=[event.pk]),
            "main",
        ),
        "attendance register": (reverse("training_booking:register", args=[event.pk]), ""),
        "bulk attended": (bulk + f"?id={people[0].pk}&id={people[2].pk}", "main"),
        "guidance review report": (reverse("guidance_review") + "?whose=mine", "#listing-results"),
        "hand over": (reverse("guidance_hand_over", args=[guidance.pk]), "main"),
        "partners listing": (reverse("wagtailsnippets_partners_partner:list"), "#listing-results"),
    }
    axe = Axe()
    page.goto(live_server.url + reverse("wagtailsnippets_portal_topic:list") + "?q=safety")
    baseline = findings(axe.run(page, options=scoped("#listing-results")).response["violations"])
    assert page.get_by_text("There is 1 match").count() == 1, "the baseline listing is searched"
    found = {}
    for name, (path, selector) in screens.items():
        response = page.goto(live_server.url + path)
        assert response.status == 200, (name, path)
        if selector:
            assert page.locator(selector).count() >= 1, (name, selector)
        found[name] = axe.run(page, options=scoped(selector)).response["violations"]

    # The preview step of the attendee email, with its extra content.
    page.goto(live_server.url + reverse("training_booking:email_attendees", args=[event.pk]))
    page.fill("#id_subject", "Joining instructions")
    page.fill("#id_message", "Please arrive by 9:15.")
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("button", name="Send to 2 people")).to_be_visible()
    found["email preview"] = axe.run(page, options=scoped("main")).response["violations"]

    # Bulk actions work in the browser: tick two people, mark them attended from the footer.
    page.goto(live_server.url + reverse("training_booking:index") + f"?event={event.pk}")
    # Names wrap between words, never inside one; email addresses may break anywhere.
    name_cell = page.locator(f"#booking_{people[0].pk}_title").locator("xpath=ancestor::td")
    styles = name_cell.evaluate(
        "td => [getComputedStyle(td).wordBreak, getComputedStyle(td).overflowWrap]"
    )
    assert styles == ["normal", "normal"], styles
    for person in people[:2]:
        page.locator(f'input[data-object-id="{person.pk}"]').check()
    footer = page.locator("[data-bulk-action-footer]")
    footer.get_by_role("link", name="Mark the selected people as attended").click()
    page.get_by_role("button", name="Yes, mark attended").click()
    expect(page.get_by_text("2 people are marked as attended.")).to_be_visible()
    assert [p.status for p in event.bookings.order_by("pk")] == ["attended", "attended", "waiting"]

    print(f"\naxe-core findings in Wagtail's own listing markup (baseline): {sorted(baseline)}")
    print("axe-core violations on admin screens, beyond that baseline:")
    failures = {}
    for name, violations in found.items():
        new = [
            {**v, "nodes": [n for n in v["nodes"] if (v["id"], str(n["target"])) not in baseline]}
            for v in violations
        ]
        new = [v for v in new if v["nodes"]]
        print(f"  {name:28} {len(new)}")
        if new:
            failures[name] = describe(new)
    assert not failures, failures
