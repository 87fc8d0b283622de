"""axe-core for the browser tests, loaded into each page's documents as they open.

axe_playwright_python sends the whole of axe-core (more than 500 kB) through Playwright at
every check. This runner registers it once per page as a script that runs at the start of
every document the page opens (top frame only, as before), so a check only runs it. When a
document lacks that copy, or a copy of the page's own (Wagtail bundles axe-core) has taken
its place, axe-core is sent as before. The rules and options are unchanged.
"""

import weakref

from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import DEFAULT_OPTIONS
from axe_playwright_python.sync_playwright import Axe as SendingAxe

MARK = "__testsAxe"
LOADED = f"() => window.{MARK} !== undefined && window.axe === window.{MARK}"

_preloaded: "weakref.WeakSet" = weakref.WeakSet()


class Axe(SendingAxe):
    def run(self, page, context=None, options: dict | None = DEFAULT_OPTIONS) -> AxeResults:
        if page not in _preloaded:
            page.add_init_script(
                f"if (window === window.top) {{\n{self.axe_script}\nwindow.{MARK} = window.axe;\n}}"
            )
            _preloaded.add(page)
        if not page.evaluate(LOADED):
            page.evaluate(self.axe_script)
        args = self._format_script_args(context=context, options=options)
        return AxeResults(page.evaluate(f"axe.run({args}).then(results => results)"))
