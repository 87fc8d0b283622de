"""Partner agencies of the safeguarding partnership, shown as a logo strip on every page."""

from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel

LOGO_FILTER = "height-60"


class PartnerQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True).order_by("sort_order", "name")


class Partner(models.Model):
    """A member agency: its logo (alt text is its name), website and place in the strip.

    The logo's small rendition is recorded on the partner when it is saved, so the strip
    on every page is one query however many partners there are.
    """

    name = models.CharField(max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    website = models.URLField(blank=True)
    sort_order = models.IntegerField("Display order", default=0, help_text="Lower comes first.")
    active = models.BooleanField(
        "Shown on the site", default=True, help_text="Untick to take the logo off the site."
    )
    logo_url = models.CharField(max_length=500, blank=True, editable=False)
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)

    objects = PartnerQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldRowPanel([FieldPanel("sort_order"), FieldPanel("active")]),
    ]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.refresh_logo_rendition()
        super().save(*args, **kwargs)

    def refresh_logo_rendition(self) -> None:
        if self.logo is None:
            self.logo_url, self.logo_width, self.logo_height = "", None, None
            return
        rendition = self.logo.get_rendition(LOGO_FILTER)
        self.logo_url = rendition.url
        self.logo_width = rendition.width
        self.logo_height = rendition.height
