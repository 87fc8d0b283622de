"""The e-bulletin archive with one issue, made from the latest news and events
(demo/content/bulletins.toml)."""

from bulletins.models import BulletinIndexPage, BulletinPage
from demo.data import read
from news.models import NewsArticlePage
from portal.models import HomePage
from training.models import TrainingEventPage


def load(loader, home: HomePage) -> BulletinIndexPage:
    data = read("bulletins")
    archive = home.get_children().filter(slug=data["archive"]["slug"]).first()
    if archive is None:
        archive = BulletinIndexPage(**data["archive"])
        home.add_child(instance=archive)
        archive.save_revision().publish()
        loader.created.append("e-bulletin archive")
    else:
        archive = archive.specific
    if not BulletinPage.objects.child_of(archive).exists():
        issue = make_issue(loader.today, home, data["issue"])
        archive.add_child(instance=issue)
        issue.save_revision().publish()
        loader.created.append(f"e-bulletin “{issue.title}”")
    return archive


def make_issue(today, home: HomePage, text: dict) -> BulletinPage:
    news = list(NewsArticlePage.objects.published().order_by("-date")[:2])
    events = list(TrainingEventPage.objects.upcoming().order_by("start")[:2])
    featured = home.get_children().filter(slug=text["featured_page"]).first()
    body = [{"type": "intro", "value": text["intro"]}]
    if news:
        items = [p.pk for p in news]
        body.append({"type": "news", "value": {"heading": text["news_heading"], "items": items}})
    if events:
        items = [p.pk for p in events]
        heading = text["events_heading"]
        body.append({"type": "events", "value": {"heading": heading, "items": items}})
    if featured:
        item = {"page": featured.pk, "description": text["featured_description"]}
        body.append(
            {"type": "featured", "value": {"heading": text["featured_heading"], "items": [item]}}
        )
    body.append({"type": "text", "value": {"heading": text["text_heading"], "text": text["text"]}})
    return BulletinPage(
        title=f"E-bulletin: {today:%B %Y}",
        slug=f"e-bulletin-{today:%Y-%m}",
        date=today,
        summary=text["summary"],
        body=body,
    )
