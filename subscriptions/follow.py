"""Which pages can be followed, and the mixin that lets editors notify a page's followers.

A page type can be followed when it has a ``follower_notice()`` method: it returns the note
to send when a published change matters to followers, or an empty string. Page types may
also say which topics they belong to (``follower_topic_ids()``), so followers of a topic hear
about its pages. Guidance pages use FollowerNoticeMixin (a "notify followers" choice and a
change note at publish); other apps, such as procedures, can work the note out themselves.
"""

from django.db import models
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, get_page_models


def followable_page_models() -> list[type[Page]]:
    return [
        model for model in get_page_models() if callable(getattr(model, "follower_notice", None))
    ]


def followable_pages():
    """Live pages of a followable type (any app's)."""
    return Page.objects.live().type(*followable_page_models())


def page_topic_ids(page: Page) -> list[int]:
    method = getattr(page, "follower_topic_ids", None)
    return [pk for pk in (method() if callable(method) else []) if pk]


def page_follower_notice(page: Page) -> str:
    method = getattr(page, "follower_notice", None)
    return (method() or "").strip() if callable(method) else ""


class FollowerNoticeForm(WagtailAdminPageForm):
    """Each edit starts with "notify followers" unticked, so a notice is a choice each time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "notify_followers" in self.fields:
            self.initial["notify_followers"] = False
            self.initial["follower_note"] = ""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("notify_followers") and not (cleaned.get("follower_note") or "").strip():
            self.add_error("follower_note", "Say what changed, for the email to followers.")
        return cleaned


class FollowerNoticeMixin(models.Model):
    """A page whose editors choose, at publish, to email its followers a note of the change."""

    notify_followers = models.BooleanField(
        "Notify followers when published",
        default=False,
        help_text="Email everyone who follows this page or its topic (at most once a day).",
    )
    follower_note = models.TextField(
        "What changed",
        blank=True,
        max_length=600,
        help_text="A short note for followers, for example: the referral steps have changed.",
    )

    closing_panels = [
        MultiFieldPanel(
            [FieldPanel("notify_followers"), FieldPanel("follower_note")],
            "Tell followers about this change",
        )
    ]
    base_form_class = FollowerNoticeForm

    class Meta:
        abstract = True

    def follower_notice(self) -> str:
        return self.follower_note if self.notify_followers else ""
