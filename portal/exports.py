"""Spreadsheet exports that cannot run formulas: one shared piece for every admin export.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by spreadsheet programs, so text a reader typed (a booking name) or an editor wrote
(a page title) could run when staff open the export. Such cells get a leading apostrophe,
which spreadsheets show as plain text. Every admin view with CSV/XLSX export uses
``SafeSpreadsheetExportMixin`` (a test checks that no export view is left without it).
"""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.views.reports import ReportView

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


class EditorsReport(SafeSpreadsheetExportMixin, ReportView):
    """An admin report, with CSV/XLSX export, for anyone who may edit any page.

    The file is named `<filename_prefix>-<today>`. Each field in `list_export` is headed in
    the spreadsheet with the label of the column at the same place in `columns`.
    """

    filename_prefix = "report"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "export_headings" not in cls.__dict__ and "columns" in cls.__dict__:
            cls.export_headings = {
                field: column.label
                for field, column in zip(cls.list_export, cls.columns, strict=True)
            }

    def dispatch(self, request, *args, **kwargs):
        if not user_has_any_page_permission(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self) -> str:
        return f"{self.filename_prefix}-{timezone.localdate().isoformat()}"
