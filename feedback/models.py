"""Anonymous "Is this page useful?" answers, counted per page per day."""

from django.db import models


class PageFeedback(models.Model):
    """Anonymous "Is this page useful?" answers: Yes and No counts for a page on one day.

    One row per page per day however many people answer, so storage stays bounded and
    nothing about a reader (not even the time of a vote) is kept."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback")
    day = models.DateField()
    yes_count = models.PositiveIntegerField(default=0)
    no_count = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "portal_pagefeedback"  # made before feedback was an app of its own
        verbose_name = "page feedback"
        verbose_name_plural = "page feedback"
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="one_feedback_row_per_page_day")
        ]

    def __str__(self) -> str:
        return f"{self.page_id} on {self.day}: {self.yes_count} yes, {self.no_count} no"
