"""Spreadsheet exports that cannot run formulas: one shared piece for every admin export.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by spreadsheet programs, so text a reader typed (a booking name) or an editor wrote
(a page title) could run when staff open the export. Such cells get a leading apostrophe,
which spreadsheets show as plain text. Every admin view with CSV/XLSX export uses
``SafeSpreadsheetExportMixin`` (a test checks that no export view is left without it).
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """The value, with text that a spreadsheet would run as a formula made inert."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's spreadsheet export, with every text cell passed through ``neutralise_cell``."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_cell(super().preprocess_field_value(field, value, export_format))
