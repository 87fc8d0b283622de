"""The report a concern page: who to call, when, and what happens next."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.mixins import SingletonPageMixin
from portal.models import BasePage, SummaryMixin

from .blocks import ConcernStreamBlock


class ReportConcernPage(SummaryMixin, SingletonPageMixin, BasePage):
    """How to report a concern about a child or an adult, in plain English.

    The numbers come from the site settings, so they are right wherever they appear; the
    page leads with "Who do I call right now?".
    """

    body = StreamField(ConcernStreamBlock(), blank=True)

    content_panels = [FieldPanel("body")]
    search_fields = [index.SearchField("body")]

    class Meta:
        verbose_name = "report a concern page"
