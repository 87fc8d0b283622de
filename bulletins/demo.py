"""Demo content: the e-bulletin archive with one past issue. Safe to run again."""

import datetime

from news.models import NewsArticlePage
from training.models import TrainingEventPage

from .models import BulletinIndexPage, BulletinPage

INTRO = (
    "<p>Welcome to the partnership's e-bulletin for practitioners and volunteers across "
    "Manchester: what has changed, what is coming up, and where to find help.</p>"
)
FREE_TEXT = (
    "<p>Our multi-agency audit of referrals about neglect starts next month. Designated "
    "safeguarding leads will be contacted by the business unit with the sample.</p>"
)


def load(home, *, today: datetime.date, created: list[str]) -> BulletinIndexPage:
    archive = home.get_children().filter(slug="e-bulletin").first()
    if archive is None:
        archive = BulletinIndexPage(
            title="E-bulletin",
            slug="e-bulletin",
            intro="Past issues of the partnership's e-bulletin for practitioners.",
        )
        home.add_child(instance=archive)
        archive.save_revision().publish()
        created.append("e-bulletin archive")
    else:
        archive = archive.specific
    if not BulletinPage.objects.child_of(archive).exists():
        news = list(NewsArticlePage.objects.published().order_by("-date")[:2])
        events = list(TrainingEventPage.objects.upcoming().order_by("start")[:2])
        guidance = home.get_children().filter(slug="online-safety").first()
        body = [{"type": "intro", "value": INTRO}]
        if news:
            body.append(
                {"type": "news", "value": {"heading": "News", "items": [p.pk for p in news]}}
            )
        if events:
            body.append(
                {
                    "type": "events",
                    "value": {
                        "heading": "Upcoming training and events",
                        "items": [p.pk for p in events],
                    },
                }
            )
        if guidance:
            body.append(
                {
                    "type": "featured",
                    "value": {
                        "heading": "Reviews and briefings",
                        "items": [
                            {
                                "page": guidance.pk,
                                "description": "Updated guidance on keeping children safe online.",
                            }
                        ],
                    },
                }
            )
        body.append({"type": "text", "value": {"heading": "Neglect audit", "text": FREE_TEXT}})
        issue = BulletinPage(
            title=f"E-bulletin: {today:%B %Y}",
            slug=f"e-bulletin-{today:%Y-%m}",
            date=today,
            summary="News, training and a briefing on keeping children safe online.",
            body=body,
        )
        archive.add_child(instance=issue)
        issue.save_revision().publish()
        created.append(f"e-bulletin “{issue.title}”")
    return archive
