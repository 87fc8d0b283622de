"""Packs: the form that checks a reader's choice of pages, and the PDF made from them.

The choice arrives in the query string and is used once; nothing about it is stored.
"""

from django import forms
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from portal.pdf import data_urls_only, html_to_pdf, pdf_download

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
    # Only data: URLs may be fetched: the PDF never reaches out to other sites or files.
    return html_to_pdf(
        html,
        base_url=request.build_absolute_uri("/"),
        url_fetcher=data_urls_only(),
        stylesheet=PACK_STYLESHEET,
    )


def pdf_response(pdf: bytes, *, filename: str) -> HttpResponse:
    # Made for this request with today's date in it: not worth keeping anywhere.
    headers = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}
    return pdf_download(pdf, filename=filename, headers=headers)
