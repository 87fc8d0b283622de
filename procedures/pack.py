"""Packs: the form that checks a reader's choice of pages, and the PDF made from them.

The choice arrives in the query string and is used once; nothing about it is stored.
"""

from django import forms
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

# Enough for a whole manual and some guidance, while bounding the work one request can ask for.
MAX_PACK_PAGES = 20
PACK_STYLESHEET = "css/pack-print.css"


class PackForm(forms.Form):
    """The pages to put in a pack: known, live pages only, and not too many."""

    pages = forms.TypedMultipleChoiceField(
        coerce=int,
        label="Chapters and guidance to include",
        error_messages={
            "required": "Choose at least one chapter or guidance page.",
            "invalid_choice": "One of the pages asked for is not available. "
            "Choose from the list below.",
        },
    )

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = groups
        self.fields["pages"].choices = [
            (str(page.pk), page.title) for _group, pages in groups for page in pages
        ]

    def clean_pages(self) -> list[int]:
        chosen = set(self.cleaned_data["pages"])
        if len(chosen) > MAX_PACK_PAGES:
            raise forms.ValidationError(
                f"Choose at most {MAX_PACK_PAGES} pages for one pack "
                f"(you chose {len(chosen)}). Make two packs instead."
            )
        # In the order of the list, whatever order the address gave them in.
        return [page.pk for _g, pages in self.groups for page in pages if page.pk in chosen]

    def checked(self) -> set[str]:
        return {str(value) for value in (self.data.getlist("pages") if self.data else [])}


def build_pack_pdf(*, pages, request, title: str) -> bytes:
    """One PDF: a cover with the validity notice, a contents page, then each page in turn."""
    printed_on = timezone.localdate()
    entries = [{"page": page, "url": page.get_full_url(request)} for page in pages]
    html = render_to_string(
        "procedures/pack_pdf.html",
        {"entries": entries, "printed_on": printed_on, "title": title},
        request=request,
    )
    stylesheet = CSS(filename=finders.find(PACK_STYLESHEET))
    # Only data: URLs may be fetched: the PDF never reaches out to other sites or files.
    document = HTML(
        string=html,
        base_url=request.build_absolute_uri("/"),
        url_fetcher=URLFetcher(allowed_protocols={"data"}),
    )
    return document.write_pdf(stylesheets=[stylesheet])


def pdf_response(pdf: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Made for this request with today's date in it: not worth keeping anywhere.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
