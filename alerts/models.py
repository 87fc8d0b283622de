"""Site-wide alert banners, shown on every page between a start and an end time."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class AlertQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(starts_at__lte=now, ends_at__gt=now)

    def not_ended(self, now=None):
        return self.filter(ends_at__gt=now or timezone.now())

    def crossed_between(self, start, end):
        """Alerts whose window started or ended after `start` and by `end`."""
        return self.filter(
            models.Q(starts_at__gt=start, starts_at__lte=end)
            | models.Q(ends_at__gt=start, ends_at__lte=end)
        )


class AlertBanner(models.Model):
    """A notice for every reader (a service outage, a new number), for a set time only."""

    class Level(models.TextChoices):
        INFORMATION = "information", "Information"
        URGENT = "urgent", "Urgent"

    message = models.CharField(max_length=300)
    level = models.CharField(max_length=12, choices=Level.choices, default=Level.INFORMATION)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A page on this site with more detail (or give an address below).",
    )
    link_url = models.URLField("Link address", blank=True)
    link_text = models.CharField(max_length=80, blank=True, default="Find out more")
    starts_at = models.DateTimeField("Show from", default=timezone.now)
    ends_at = models.DateTimeField("Show until")

    objects = AlertQuerySet.as_manager()

    panels = [
        FieldPanel("message"),
        FieldPanel("level"),
        MultiFieldPanel(
            [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_text")], "Link"
        ),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], "When to show it"),
    ]

    class Meta:
        ordering = ["-level", "starts_at"]
        verbose_name = "alert banner"

    def __str__(self) -> str:
        return self.message

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "The end must be after the start."})
        if self.link_page_id and self.link_url:
            raise ValidationError({"link_url": "Choose a page or give an address, not both."})

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at


class AlertWindowCheck(models.Model):
    """When the scheduled check last looked for alerts starting or ending (one row)."""

    checked_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Checked at {self.checked_at:%Y-%m-%d %H:%M}"
