"""Every public page type at a phone width and a desktop width, in one crawl per width.

On each page the report link and the main heading sit in the first screen (375 x 667 and
1280 x 800 px), and axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation (checked, like the
other accessibility tests, with the window 900 px high); the Q&A page is checked again with
an answer open. Run with -s to see where the link, the heading and the call-now panel sit,
and the table of violations per page type and width.
"""

import pytest
from playwright.sync_api import expect

from tests.e2e.axe_runner import LOADED, Axe
from tests.e2e.test_accessibility import AXE_OPTIONS, WIDTHS, describe
from tests.fixtures import public_page_type_urls

pytestmark = pytest.mark.browser

SCREENS = {375: 667, 1280: 800}  # width: height of the first screen
AXE_HEIGHT = 900
assert tuple(SCREENS) == WIDTHS


def first_screen(page, height: int) -> tuple[int, int, int | None]:
    """Tops of the report link, the main heading and the call-now panel (None without one).

    Fails unless the link and the heading are in the first screen of this height.
    """
    link = page.locator("[data-report-concern]")
    expect(link).to_be_visible()
    box = link.bounding_box()
    assert box["y"] + box["height"] <= height, ("report link", box)
    heading = page.locator("main h1").bounding_box()
    assert heading["y"] < height - 60, ("main h1", heading)
    panel = page.locator("[data-call-now]")
    panel_y = round(panel.bounding_box()["y"]) if panel.count() else None
    return round(box["y"]), round(heading["y"]), panel_y


@pytest.mark.parametrize("width", SCREENS)
def test_report_link_first_screen_and_no_wcag_violations_on_every_page_type(
    live_server, demo_site_transactional, browser, width
):
    height = SCREENS[width]
    axe = Axe()
    context = browser.new_context(timezone_id="Europe/London")
    try:
        page = context.new_page()
        # The checker itself works: a page with an unlabelled image and link fails it.
        page.set_content('<html lang="en"><body><main><img src="x.png"><a href="/"></a></main>')
        found = {v["id"] for v in axe.run(page, options=AXE_OPTIONS).response["violations"]}
        assert {"image-alt", "link-name"} <= found, found
        # So does the copy loaded with each document of the site: the same faults added to
        # the home page are found.
        page.goto(live_server.url + "/")
        assert page.evaluate(LOADED), "axe-core was not loaded with the document"
        page.evaluate(
            "document.querySelector('main').insertAdjacentHTML("
            "'beforeend', '<img src=\"x.png\"><a href=\"/\"></a>')"
        )
        found = {v["id"] for v in axe.run(page, options=AXE_OPTIONS).response["violations"]}
        assert {"image-alt", "link-name"} <= found, found

        paths = public_page_type_urls()
        positions: dict[str, tuple[int, int, int | None]] = {}
        misplaced: dict[str, str] = {}
        table: dict[str, list[dict]] = {}
        for name, path in paths.items():
            page.set_viewport_size({"width": width, "height": height})
            response = page.goto(live_server.url + path)
            assert response.status == (404 if name == "404" else 200), path
            try:
                positions[name] = first_screen(page, height)
            except AssertionError as error:
                misplaced[name] = str(error)
            page.set_viewport_size({"width": width, "height": AXE_HEIGHT})
            table[name] = axe.run(page, options=AXE_OPTIONS).response["violations"]
            if name == "Q&A":
                page.locator("summary.qa__question").first.click()
                assert page.locator("details.qa[open]").count() == 1
                result = axe.run(page, options=AXE_OPTIONS)
                table["Q&A, answer open"] = result.response["violations"]
    finally:
        context.close()

    print(f"\nAt {width} px (report link top, h1 top, call-now panel top, in px):")
    for name in paths:
        if name in positions:
            link_y, heading_y, panel_y = positions[name]
            print(f"  {name:20} {link_y:>6} {heading_y:>6} {panel_y if panel_y else '-':>6}")
        else:
            print(f"  {name:20} {misplaced[name]}")

    print(f"\naxe-core (WCAG 2.0/2.1/2.2 A and AA) violations per page type at {width} px:")
    for name, violations in table.items():
        print(f"  {name:20} {len(violations):>4}")

    failures = {f"{name} @ {width}px": describe(v) for name, v in table.items() if v}
    assert not misplaced and not failures, {"not in the first screen": misplaced, **failures}
    if width == 375:
        # On phones the home page leads with the panel: it starts in the first screen.
        assert positions["home"][2] < SCREENS[375] - 100
