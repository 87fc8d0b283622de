"""PDFs made with WeasyPrint from HTML the site renders, and the response that downloads one.

Every caller says what its PDF may load, with a WeasyPrint URL fetcher: `refuse_fetch` for
nothing at all, `data_urls_only()` for inline data: URLs, or one of its own.
"""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher


def refuse_fetch(url: str, *args, **kwargs):
    """A URL fetcher for PDFs built only from what is passed in: it loads nothing."""
    raise ValueError(f"Nothing is loaded into this PDF: {url}")


def data_urls_only() -> URLFetcher:
    """A URL fetcher that reads data: URLs only, never other sites or files."""
    return URLFetcher(allowed_protocols={"data"})


def html_to_pdf(
    html: str, *, url_fetcher, base_url: str | None = None, stylesheet: str | None = None
) -> bytes:
    """A PDF of `html`, styled by the stylesheets it links to and by `stylesheet` (the name
    of a static file), loading through `url_fetcher` only."""
    stylesheets = []
    if stylesheet:
        stylesheets.append(CSS(filename=finders.find(stylesheet), url_fetcher=url_fetcher))
    document = HTML(string=html, base_url=base_url, url_fetcher=url_fetcher)
    return document.write_pdf(stylesheets=stylesheets)


def pdf_download(pdf: bytes, *, filename: str, headers: dict[str, str] | None = None):
    """A response that downloads `pdf` as `filename`, with any further `headers`."""
    response = HttpResponse(pdf, content_type="application/pdf", headers=headers)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
