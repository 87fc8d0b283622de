"""A real browser loads the seed page and follows its Q&A link; nothing overflows 320 px."""

import pytest

pytestmark = pytest.mark.browser


def test_seed_page_loads_its_qa_link_works_and_nothing_overflows_a_320px_screen(
    live_server, demo_site_transactional, page
):
    page.goto(f"{live_server.url}/online-safety/social-media-practitioners-volunteers/")
    assert page.locator("h1").inner_text().startswith("Use of social media by practitioners")
    page.get_by_role("link", name="Use our quick Q&A").click()
    page.wait_for_url(f"{live_server.url}/questions/")
    assert page.locator("h1").inner_text() == "Questions and answers"
    question = page.locator("summary", has_text="Who is the LADO")
    question.click()
    assert page.get_by_text("Local Authority Designated Officer").first.is_visible()

    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/", "/online-safety/social-media-practitioners-volunteers/"):
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
        assert page.get_by_role("button", name="Search").is_visible(), path
