"""Safeguarding reviews, their recommendations and 7-minute briefings.

A recommendation links to the pages that changed because of it; guidance pages and training
events read those links (through this app's template tags) to say so, so nothing is entered
twice. Themes are the site's shared topics, so a briefing meets guidance and training on the
same subject without a second list to keep.
"""

from .briefing import BRIEFING_SECTIONS, BriefingPage
from .library import ReviewLibraryPage
from .review import (
    SHORT_TYPE_NAMES,
    Board,
    Recommendation,
    RecommendationLink,
    ReviewPage,
    ReviewType,
    short_name,
)

__all__ = [
    "BRIEFING_SECTIONS",
    "SHORT_TYPE_NAMES",
    "Board",
    "BriefingPage",
    "Recommendation",
    "RecommendationLink",
    "ReviewLibraryPage",
    "ReviewPage",
    "ReviewType",
    "short_name",
]
