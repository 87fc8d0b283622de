"""E-bulletins: written as pages, sent by email to subscribers, archived on the site."""

from django.conf import settings
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.listings import ListingIndexPage
from portal.models import BasePage, SummaryMixin
from portal.pagination import paginate
from subscriptions.models import Subscriber

from .blocks import BulletinStreamBlock
from .email import render_bulletin


class BulletinIndexPage(ListingIndexPage):
    """The public archive of past e-bulletins, newest first."""

    subpage_types = ["bulletins.BulletinPage"]

    class Meta:
        verbose_name = "e-bulletin archive"

    def listing_context(self, request) -> dict:
        bulletins = (
            BulletinPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .only("id", "title", "slug", "url_path", "path", "depth", "date", "summary")
        )
        return {"bulletins": paginate(request, bulletins, per_page=20)}


class BulletinPage(SummaryMixin, BasePage):
    """One e-bulletin: previewed as the email, sent to subscribers, then kept in the archive."""

    date = models.DateField("Issue date", default=timezone.localdate)
    body = StreamField(BulletinStreamBlock(), blank=True)

    content_panels = [
        FieldPanel("date"),
        FieldPanel("body"),
    ]
    search_fields = [index.SearchField("body")]
    parent_page_types = ["bulletins.BulletinIndexPage"]
    subpage_types: list[str] = []

    search_date_field = "date"

    class Meta:
        verbose_name = "e-bulletin"

    @property
    def preview_modes(self):
        return [("", "Web page"), ("email", "Email")]

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            return HttpResponse(render_bulletin(self).preview_html())
        return super().serve_preview(request, mode_name)

    @property
    def listing_date(self):
        return self.date


class BulletinSend(models.Model):
    """One sending of a bulletin to subscribers (or a test): progress and failures for staff."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        FINISHED = "finished", "Finished"

    page = models.ForeignKey(BulletinPage, on_delete=models.CASCADE, related_name="sends")
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    sent = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(
        default=0, help_text="Unsubscribed after the sending started."
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "bulletin sending"

    def __str__(self) -> str:
        return f"{self.page} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def done(self) -> int:
        return self.sent + self.failed + self.skipped

    @property
    def percent(self) -> int:
        return 100 if not self.total else round(100 * self.done / self.total)


class BulletinFailure(models.Model):
    """An address the bulletin could not be sent to, and why (gone when the person is)."""

    send = models.ForeignKey(BulletinSend, on_delete=models.CASCADE, related_name="failures")
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.CASCADE, related_name="bulletin_failures"
    )
    email = models.EmailField(max_length=254)
    error = models.TextField()

    def __str__(self) -> str:
        return self.email
