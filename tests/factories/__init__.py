"""Factories for the content the public site shows, for tests to build what they need.

Pages go under the home page of the default site (or the `parent` given) and are
published; sections the site has once (news, training, the glossary, the procedures manual)
are reused when they exist.
"""

from .alerts import AlertBannerFactory
from .base import ImageFactory, PortalPageFactory, home_page
from .bookings import BookingFactory
from .bulletins import BulletinIndexPageFactory, BulletinPageFactory
from .concerns import ReportConcernPageFactory
from .glossary import GlossaryPageFactory, GlossaryTermFactory
from .guidance import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    QAPageFactory,
    QuestionAnswerFactory,
    ResourcesPageFactory,
)
from .news import NewsArticlePageFactory, NewsIndexPageFactory
from .partners import PartnerFactory
from .portal import StandardPageFactory, TopicFactory
from .procedures import (
    ChapterPageFactory,
    LevelsOfNeedPageFactory,
    OwnManualPageFactory,
    PackPageFactory,
    ProceduresManualPageFactory,
    WrittenChapterPageFactory,
)
from .reviews import (
    BriefingPageFactory,
    DocumentFactory,
    RecommendationFactory,
    ReviewLibraryPageFactory,
    ReviewPageFactory,
)
from .subscriptions import SubscriberFactory
from .training import TrainingEventPageFactory, TrainingIndexPageFactory

__all__ = [
    "AlertBannerFactory",
    "BookingFactory",
    "BriefingPageFactory",
    "BulletinIndexPageFactory",
    "BulletinPageFactory",
    "ChapterPageFactory",
    "DocumentFactory",
    "GlossaryPageFactory",
    "GlossaryTermFactory",
    "GuidanceIndexPageFactory",
    "GuidancePageFactory",
    "ImageFactory",
    "LevelsOfNeedPageFactory",
    "NewsArticlePageFactory",
    "NewsIndexPageFactory",
    "OwnManualPageFactory",
    "PackPageFactory",
    "PartnerFactory",
    "PortalPageFactory",
    "ProceduresManualPageFactory",
    "QAPageFactory",
    "QuestionAnswerFactory",
    "RecommendationFactory",
    "ReportConcernPageFactory",
    "ResourcesPageFactory",
    "ReviewLibraryPageFactory",
    "ReviewPageFactory",
    "StandardPageFactory",
    "SubscriberFactory",
    "TopicFactory",
    "TrainingEventPageFactory",
    "TrainingIndexPageFactory",
    "WrittenChapterPageFactory",
    "home_page",
]
