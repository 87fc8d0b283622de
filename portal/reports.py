"""What the project's admin reports share: a base view, its pair of URLs, its menu item."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView

from .exports import SafeSpreadsheetExportMixin


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

    @classmethod
    def is_visible_to(cls, user) -> bool:
        return user_has_any_page_permission(user)

    def dispatch(self, request, *args, **kwargs):
        if not self.is_visible_to(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self) -> str:
        return f"{self.filename_prefix}-{timezone.localdate().isoformat()}"


def report_urls(view_class: type[ReportView], route: str) -> list:
    """A report's admin URLs: `reports/<route>/` and the results its filters reload, named as
    the view's `index_url_name` and `index_results_url_name` say."""
    return [
        path(f"reports/{route}/", view_class.as_view(), name=view_class.index_url_name),
        path(
            f"reports/{route}/results/",
            view_class.as_view(results_only=True),
            name=view_class.index_results_url_name,
        ),
    ]


class ReportMenuItem(MenuItem):
    """A report's item in the Reports menu, with its title and icon, shown only to the users
    its `is_visible_to` accepts."""

    def __init__(self, view_class: type[ReportView], *, order: int):
        super().__init__(
            view_class.page_title,
            reverse(view_class.index_url_name),
            name=slugify(view_class.page_title),
            icon_name=view_class.header_icon,
            order=order,
        )
        self.view_class = view_class

    def is_shown(self, request) -> bool:
        return self.view_class.is_visible_to(request.user)
