"""Factories for the content the public site shows, for tests to build what they need.

Pages go under the home page of the default site (or the `parent` given) and are
published; sections the site has once (news, training, the glossary, the procedures manual)
are reused when they exist.
"""

from .alerts import AlertBannerFactory
from .base import ImageFactory, PortalPageFactory, home_page
from .glossary import GlossaryPageFactory, GlossaryTermFactory
from .guidance import GuidanceIndexPageFactory, GuidancePageFactory
from .news import NewsArticlePageFactory, NewsIndexPageFactory
from .partners import PartnerFactory
from .portal import StandardPageFactory, TopicFactory
from .procedures import ChapterPageFactory, ProceduresManualPageFactory
from .training import TrainingEventPageFactory, TrainingIndexPageFactory

__all__ = [
    "AlertBannerFactory",
    "ChapterPageFactory",
    "GlossaryPageFactory",
    "GlossaryTermFactory",
    "GuidanceIndexPageFactory",
    "GuidancePageFactory",
    "ImageFactory",
    "NewsArticlePageFactory",
    "NewsIndexPageFactory",
    "PartnerFactory",
    "PortalPageFactory",
    "ProceduresManualPageFactory",
    "StandardPageFactory",
    "TopicFactory",
    "TrainingEventPageFactory",
    "TrainingIndexPageFactory",
    "home_page",
]
