"""PDFs made from a page's own HTML with WeasyPrint, using the site's print styles.

Only the site's own static and media files are read (from disk); nothing is fetched over
the network, so making a PDF never calls out to anyone.
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse
from weasyprint.urls import URLFetcher

from portal.pdf import html_to_pdf, pdf_download


def local_file_for(url: str) -> Path | None:
    """The file on disk behind a /static/ or /media/ address of this site, or None."""
    path = unquote(urlsplit(url).path)
    if path.startswith(settings.STATIC_URL):
        name = path[len(settings.STATIC_URL) :]
        if staticfiles_storage.exists(name):
            return Path(staticfiles_storage.path(name))
        found = finders.find(name)
        return Path(found) if found else None
    if path.startswith(settings.MEDIA_URL):
        media_root = Path(settings.MEDIA_ROOT).resolve()
        candidate = (media_root / path[len(settings.MEDIA_URL) :]).resolve()
        if candidate.is_relative_to(media_root) and candidate.is_file():
            return candidate
    return None


class SiteFilesFetcher(URLFetcher):
    """Serves the site's own stylesheets and images from disk and refuses everything else."""

    def __init__(self, *, site_root: str, **kwargs):
        super().__init__(allowed_protocols=["file"], **kwargs)
        self.site_root = site_root

    def fetch(self, url, headers=None):
        if url.startswith(self.site_root):
            local = local_file_for(url)
            if local is not None:
                return super().fetch(local.as_uri(), headers)
        raise ValueError(f"Not one of the site's own files: {url}")


def briefing_pdf_response(response, *, request, filename: str) -> HttpResponse:
    """The rendered page (a TemplateResponse) as a PDF download, laid out with the print
    styles it links to."""
    response.render()
    html = response.content.decode(response.charset or "utf-8")
    base_url = request.build_absolute_uri("/")
    pdf = html_to_pdf(html, base_url=base_url, url_fetcher=SiteFilesFetcher(site_root=base_url))
    return pdf_download(pdf, filename=filename)
