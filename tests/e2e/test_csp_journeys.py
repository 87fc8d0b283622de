"""Real browser journeys with the Content-Security-Policy enforced record no violation.

Every page the browser opens reports violations to a list (the ``securitypolicyviolation``
event, in each frame) and the console is watched for refusals too.
"""

import re
from contextlib import suppress

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from PIL import Image
from playwright.sync_api import Error as PlaywrightError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from guidance.models import GuidancePage
from news.models import NewsArticlePage
from tests.training.helpers import add_event, book_in_browser

pytestmark = pytest.mark.browser

LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`
    );
});
"""


class Watch:
    """Collects CSP violations and refusals from every frame and the console."""

    def __init__(self, page):
        self.page = page
        self.console: list[str] = []
        page.add_init_script(LISTEN)
        page.on("console", self._console)

    def _console(self, message) -> None:
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self.console.append(text)

    def collect(self) -> list[str]:
        found = list(self.console)
        for frame in self.page.frames:
            with suppress(PlaywrightError):  # a frame that navigated away meanwhile
                found += frame.evaluate("window.__cspViolations || []")
        return found

    def visit(self, url: str) -> None:
        response = self.page.goto(url)
        assert response is not None and response.ok, url
        assert "Content-Security-Policy" in {k.title(): v for k, v in response.headers.items()} or (
            "content-security-policy" in response.headers
        ), url
        assert self.collect() == [], url


@pytest.fixture
def watch(page):
    page.route(re.compile(r"^https?://(?!localhost|127\.0\.0\.1)"), lambda route: route.abort())
    return Watch(page)


def test_public_journeys_raise_no_violation(live_server, demo_site_transactional, page, watch):
    base = live_server.url
    guidance = GuidancePage.objects.get(slug="social-media-practitioners-volunteers")
    article = NewsArticlePage.objects.published().first()
    event = add_event(capacity=5, title="Policy journey event")
    for path in [
        "/",
        "/online-safety/",
        guidance.url,
        "/resources/",
        "/safer-browsing/",
        "/news/",
        article.url,
        "/training/",
        "/training/?when=past",
        "/search/?q=social+media",
        "/search/?q=qqzzxx",
    ]:
        watch.visit(base + path)
    watch.visit(base + "/questions/")
    page.locator("main summary").first.click()
    assert watch.collect() == []

    watch.visit(base + guidance.url)
    page.get_by_role("button", name="Yes").click()
    page.wait_for_load_state()
    assert "feedback=thanks" in page.url
    assert watch.collect() == []

    watch.visit(base + event.url)
    book_in_browser(
        page,
        "Policy Person",
        "policy.person@example.invalid",
        "Health visiting",
        "Health visitor",
        consent=True,
    )
    page.locator("[data-booking-status]").wait_for()
    assert watch.collect() == []

    page.goto(base + "/no-such-page/")
    assert watch.collect() == []

    # The watch does see a violation: an injected inline script is refused and reported.
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.ran = true'; document.body.append(s); }"
    )
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.ran") is None
    assert any("script-src" in v for v in watch.collect())


def test_admin_editing_journey_raises_no_violation(
    live_server, demo_site_transactional, page, watch, tmp_path
):
    base = live_server.url
    get_user_model().objects.create_superuser("policy-admin", "a@example.invalid", "pw-12345-x")
    home = demo_site_transactional.root_page

    watch.visit(base + "/admin/login/")
    page.fill("#id_username", "policy-admin")
    page.fill("#id_password", "pw-12345-x")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/admin/")
    assert watch.collect() == []

    # Signed-in staff see the public pages with Wagtail's userbar: the public policy holds.
    watch.visit(base + "/online-safety/")
    assert page.locator("wagtail-userbar").count() == 1

    # Create a page and submit it for approval.
    watch.visit(f"{base}/admin/pages/add/portal/standardpage/{home.pk}/")
    page.fill("#id_title", "Policy test page")
    page.fill("#id_summary", "A page made by the policy journey.")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name=re.compile("Submit to")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/"))
    made = Page.objects.get(title="Policy test page")
    assert made.workflow_in_progress
    assert watch.collect() == []

    # Approve it from the editor.
    watch.visit(f"{base}/admin/pages/{made.pk}/edit/")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    approve = "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    with page.expect_navigation():
        page.locator(approve).click()
    page.wait_for_url(re.compile(r"/admin/"))
    made.refresh_from_db()
    assert made.live
    assert watch.collect() == []

    # Preview, history and the page in the explorer.
    watch.visit(f"{base}/admin/pages/{made.pk}/history/")
    watch.visit(f"{base}/admin/pages/{home.pk}/")

    # Upload an image and a document.
    image_file = tmp_path / "policy.png"
    Image.new("RGB", (60, 40), (30, 90, 160)).save(image_file)
    watch.visit(f"{base}/admin/images/multiple/add/")
    page.set_input_files("input[type=file]", str(image_file))
    page.locator(".upload-list .status-msg.success, li.upload-success").first.wait_for()
    assert get_image_model().objects.filter(title="policy").exists()
    assert watch.collect() == []

    document_file = tmp_path / "policy-minutes.txt"
    document_file.write_text("Minutes")
    watch.visit(f"{base}/admin/documents/multiple/add/")
    page.set_input_files("input[type=file]", str(document_file))
    page.locator(".upload-list .status-msg.success, li.upload-success").first.wait_for()
    assert get_document_model().objects.filter(title="policy-minutes").exists()
    assert watch.collect() == []

    # The listings that show them, the bookings and the reports.
    article = NewsArticlePage.objects.first()
    for path in [
        f"/admin/pages/{article.pk}/edit/",  # date widgets and inline panels
        "/admin/searchpicks/add/",
        "/admin/images/",
        "/admin/documents/",
        reverse("training_booking:index"),
        "/admin/reports/page-feedback/",
        "/admin/searchpicks/",
        "/admin/2fa/setup/",
    ]:
        watch.visit(base + path)
