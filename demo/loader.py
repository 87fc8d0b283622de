"""The demo loader: makes what is missing and leaves alone what exists, so a second run
changes nothing. The words come from demo/content/*.toml; each builder makes one area."""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from demo.builders import (
    bulletins,
    concerns,
    glossary,
    guidance,
    news,
    procedures,
    reviews,
    site,
    training,
)
from demo.logos import draw_banner, draw_document_pdf

# UK times (settings.TIME_ZONE), daylight saving included.
UK = timezone.get_default_timezone()


class DemoLoader:
    """Creates what is missing and leaves alone what exists, so a second run changes nothing."""

    def __init__(self, today: datetime.date):
        self.today = today
        self.created: list[str] = []

    def summary(self) -> str:
        if not self.created:
            return "Demo content already present; nothing changed."
        return (
            f"Created {len(self.created)} items: "
            + ", ".join(self.created[:12])
            + (" ..." if len(self.created) > 12 else "")
        )

    def child(self, parent: Page, model, slug: str, **fields):
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append(f"{model._meta.verbose_name} “{page.title}”")
        return page

    def document(self, title: str, lines: list[str]):
        document_model = get_document_model()
        existing = document_model.objects.filter(title=title).first()
        if existing:
            return existing
        document = document_model(title=title)
        document.file.save(f"{slugify(title)}.pdf", ContentFile(draw_document_pdf(title, lines)))
        document.save()
        self.created.append(f"document “{title}”")
        return document

    def banner(self, title: str):
        image_model = get_image_model()
        existing = image_model.objects.filter(title=title).first()
        if existing:
            return existing
        image = image_model(
            title=title,
            file=ImageFile(io.BytesIO(draw_banner(title)), name=f"{slugify(title)[:60]}.jpg"),
        )
        image.save()
        self.created.append(f"image “{title}”")
        return image

    def at(self, days: int, hour: int, minute: int = 0) -> datetime.datetime:
        day = self.today + datetime.timedelta(days=days)
        return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=UK)

    def load(self) -> None:
        """The whole demo site, area by area (the order keeps links between areas working)."""
        home = site.home(self)
        topics = site.prepare(self, home)
        guidance.load(self, home, topics)
        news.load(self, home, topics)
        training.load(self, home)
        reviews.load(self, home)
        site.standard_pages(self, home)
        concerns.load(self, home)
        site.synonyms(self)
        bulletins.load(self, home)
        procedures.load(self, home)
        glossary.load(self, home)
        site.top_tasks(home)
