"""Build the demo site: the seed guidance page and everything around it. Safe to run again."""

import datetime
import io
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from bulletins import demo as bulletins_demo
from concerns import demo as concerns_demo
from editorial.groups import EDITORS, setup_approval_workflow, setup_editorial_groups
from glossary import demo as glossary_demo
from guidance.models import (
    GuidanceIndexPage,
    GuidancePage,
    QAPage,
    QuestionAnswer,
    Resource,
    ResourcesPage,
)
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import Partner
from portal.demo import content, more_content
from portal.demo.logos import draw_banner, draw_document_pdf, draw_logo
from portal.models import HomePage, SiteSettings, StandardPage, Topic
from procedures import demo as procedures_demo
from reviews import demo as reviews_demo
from search.models import Synonym
from training.models import Booking, TrainingEventPage, TrainingIndexPage

LONDON = ZoneInfo("Europe/London")


class Command(BaseCommand):
    help = "Load the demo content (idempotent). --scale N adds N news articles and N events."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=int, default=0, help="Extra generated items.")

    def handle(self, *args, scale: int = 0, **options) -> None:
        if scale < 0:
            self.stderr.write("--scale must be zero or more.")
            return
        with transaction.atomic():
            loader = DemoLoader(today=timezone.localdate())
            loader.load()
            if scale:
                loader.load_scale(scale)
        self.stdout.write(self.style.SUCCESS(loader.summary()))


class DemoLoader:
    """Creates what is missing and leaves alone what exists, so a second run changes nothing."""

    def __init__(self, today: datetime.date):
        self.today = today
        self.created: list[str] = []

    def summary(self) -> str:
        if not self.created:
            return "Demo content already present; nothing changed."
        return (
            f"Created {len(self.created)} items: "
            + ", ".join(self.created[:12])
            + (" ..." if len(self.created) > 12 else "")
        )

    # helpers -------------------------------------------------------------------------

    def child(self, parent: Page, model, slug: str, **fields):
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append(f"{model._meta.verbose_name} “{page.title}”")
        return page

    def document(self, title: str, lines: list[str]):
        document_model = get_document_model()
        existing = document_model.objects.filter(title=title).first()
        if existing:
            return existing
        document = document_model(title=title)
        document.file.save(f"{slugify(title)}.pdf", ContentFile(draw_document_pdf(title, lines)))
        document.save()
        self.created.append(f"document “{title}”")
        return document

    def banner(self, title: str):
        image_model = get_image_model()
        existing = image_model.objects.filter(title=title).first()
        if existing:
            return existing
        image = image_model(
            title=title,
            file=ImageFile(io.BytesIO(draw_banner(title)), name=f"{slugify(title)[:60]}.jpg"),
        )
        image.save()
        self.created.append(f"image “{title}”")
        return image

    def at(self, days: int, hour: int, minute: int = 0) -> datetime.datetime:
        day = self.today + datetime.timedelta(days=days)
        return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)

    # the site ------------------------------------------------------------------------

    def load(self) -> None:
        home = self.home()
        # Groups and the Approval workflow exist after migrate; make sure (idempotent).
        setup_editorial_groups()
        setup_approval_workflow()
        self.settings(home)
        topics = {name: Topic.objects.get_or_create(name=name)[0] for name in content.TOPICS}
        self.partners()
        self.guidance(home, topics, owner=self.content_owner())
        qa = self.qa(home)
        resources = self.resources(home, topics)
        news = self.news(home, topics)
        training = self.training(home)
        reviews_demo.load(loader=self, home=home)
        standard = {
            data["slug"]: self.child(
                home,
                StandardPage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                body=data["body"],
                show_in_menus=data["show_in_menus"],
            )
            for data in content.STANDARD_PAGES
        }
        self.safe_browsing(home, standard["safer-browsing"])
        concerns_demo.load(self, home)
        self.synonyms()
        bulletins_demo.load(home, today=self.today, created=self.created)
        procedures_demo.load_demo(home=home, created=self.created)
        glossary_demo.load_demo(home=home, created=self.created)
        if not home.top_tasks:
            online = home.get_children().get(slug="online-safety")
            tasks = [
                (online, "", "Guidance for practitioners and volunteers"),
                (qa, "Quick Q&A", "Answers to common questions"),
                (training, "", "Book free multi-agency training"),
                (resources, "", "Policies, toolkits and leaflets"),
                (news, "", "The latest from the partnership"),
                (standard["safer-browsing"], "", "Hide your visit to this site"),
            ]
            home.top_tasks = [
                {"type": "task", "value": {"page": page.pk, "link_text": text, "description": more}}
                for page, text, more in tasks
            ]
            home.save_revision().publish()

    def home(self) -> HomePage:
        root = self.tree_root()
        home = HomePage.objects.first()
        if home is None:
            # Replace the placeholder page Wagtail's migrations create.
            for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
                placeholder.delete()
            home = HomePage(
                title="Keeping children and adults safe in Manchester",
                slug="home",
                intro=content.HOME_INTRO,
                seo_title="Home",
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created.append("home page")
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        changed = site.pk is None
        # The site's address makes absolute links (canonical, sitemap, emails). Wagtail's
        # migrations leave localhost:80; use SITE_URL until someone sets it in the admin.
        address = urlsplit(django_settings.SITE_URL)
        default_port = 443 if address.scheme == "https" else 80
        wanted = (address.hostname or "localhost", address.port or default_port)
        if (site.hostname, site.port) == ("localhost", 80) and wanted != ("localhost", 80):
            site.hostname, site.port = wanted
            changed = True
        if site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = content.ORGANISATION
            changed = True
        if changed:
            site.save()
        return home

    @staticmethod
    def tree_root() -> Page:
        """The tree's root page, made again if the database was emptied (as tests do)."""
        root = Page.get_first_root_node()
        if root is None:
            language = get_supported_content_language_variant(django_settings.LANGUAGE_CODE)
            locale, _ = Locale.objects.get_or_create(language_code=language)
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        return root

    def settings(self, home: HomePage) -> None:
        site = Site.objects.get(root_page=home)
        settings, created = SiteSettings.objects.get_or_create(site=site)
        if created or not settings.footer_text:
            for field, value in content.SITE_SETTINGS.items():
                setattr(settings, field, value)
            settings.save()
            self.created.append("site settings")

    def safe_browsing(self, home: HomePage, page: StandardPage) -> None:
        settings = SiteSettings.objects.get(site__root_page=home)
        if settings.safe_browsing_page_id is None:
            settings.safe_browsing_page = page
            settings.save()

    def synonyms(self) -> None:
        for term, alternatives in content.SYNONYMS:
            _synonym, created = Synonym.objects.get_or_create(
                term=term, defaults={"alternatives": alternatives}
            )
            if created:
                self.created.append(f"synonym “{term}”")

    def partners(self) -> None:
        image_model = get_image_model()
        for order, (name, website) in enumerate(content.PARTNERS, start=1):
            partner, created = Partner.objects.get_or_create(
                name=name, defaults={"website": website, "sort_order": order * 10}
            )
            if partner.logo_id is None:
                image = image_model(
                    title=f"{name} logo",
                    file=ImageFile(io.BytesIO(draw_logo(name)), name=f"{slugify(name)[:60]}.png"),
                )
                image.save()
                partner.logo = image
                partner.save()
            if created:
                self.created.append(f"partner “{name}”")

    def content_owner(self):
        """A demo editor who owns the demo guidance. It has no password: nobody signs in as it."""
        user, created = get_user_model().objects.get_or_create(
            username="demo-editor",
            defaults={
                "first_name": "Demo",
                "last_name": "Editor",
                "email": "demo-editor@example.invalid",
                "is_active": True,
            },
        )
        if created:
            user.set_unusable_password()
            user.save()
            user.groups.add(Group.objects.get(name=EDITORS))
            self.created.append("demo editor")
        return user

    def guidance(self, home: HomePage, topics: dict[str, Topic], owner) -> None:
        indexes = {
            data["slug"]: self.child(
                home,
                GuidanceIndexPage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                intro=data["intro"],
                topic=topics[data["topic"]],
                show_in_menus=True,
            )
            for data in content.GUIDANCE_TOPICS
        }
        body = [dict(block) for block in content.SEED_BODY]
        for block in body:
            if block["type"] == "document":
                block["value"] = {
                    "document": self.document(*content.AUP_DOCUMENT).pk,
                    "link_text": (
                        "Example ICT Acceptable Use Policy (AUP) for staff and young people"
                    ),
                    "description": "An example policy to adapt for your own organisation.",
                }
        self.child(
            indexes["online-safety"],
            GuidancePage,
            "social-media-practitioners-volunteers",
            title=content.SEED_TITLE,
            summary=content.SEED_SUMMARY,
            audience="practitioners",
            body=body,
            owner_user=owner,
            last_reviewed=self.today - datetime.timedelta(days=60),
        )
        for data in content.MORE_ONLINE_GUIDANCE:
            self.child(
                indexes["online-safety"],
                GuidancePage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                audience="both",
                body=data["body"],
                last_reviewed=self.today - datetime.timedelta(days=120),
            )
        # Overdue for review, so the review notice and the dashboard can be seen.
        self.child(
            indexes["adults-at-risk"],
            GuidancePage,
            "self-neglect-and-hoarding",
            title=content.SELF_NEGLECT_TITLE,
            summary=content.SELF_NEGLECT_SUMMARY,
            audience="practitioners",
            body=content.SELF_NEGLECT_BODY,
            owner_user=owner,
            last_reviewed=self.today - datetime.timedelta(days=400),
            next_review_due=self.today - datetime.timedelta(days=35),
        )

    def qa(self, home: HomePage) -> QAPage:
        page = self.child(
            home,
            QAPage,
            "questions",
            title="Questions and answers",
            intro=content.QA_INTRO,
            show_in_menus=True,
        )
        asked = set(page.questions.values_list("question", flat=True))
        questions = content.QUESTIONS + more_content.QUESTIONS
        missing = [item for item in enumerate(questions) if item[1][1] not in asked]
        for order, (topic, question, answer) in missing:
            QuestionAnswer.objects.create(
                page=page, sort_order=order, topic=topic, question=question, answer=answer
            )
        if missing:
            page.save_revision().publish()
            self.created.append(f"{len(missing)} questions and answers")
        return page

    def resources(self, home: HomePage, topics: dict[str, Topic]) -> ResourcesPage:
        page = self.child(
            home,
            ResourcesPage,
            "resources",
            title="Resources",
            intro="<p>Policies, toolkits, leaflets and links from across the partnership.</p>",
            show_in_menus=True,
        )
        for title, description, topic, kind, url in content.RESOURCES + more_content.RESOURCES:
            if Resource.objects.filter(title=title).exists():
                continue
            document = None
            if url is None:
                document = self.document(title, [description])
            Resource.objects.create(
                title=title,
                description=description,
                topic=topics[topic],
                resource_type=kind,
                document=document,
                url=url or "",
            )
            self.created.append(f"resource “{title}”")
        return page

    def news(self, home: HomePage, topics: dict[str, Topic]) -> NewsIndexPage:
        index = self.child(
            home,
            NewsIndexPage,
            "news",
            title="News",
            intro="We try to keep our news feed as up to date as possible and feature items of "
            "interest to practitioners and volunteers across our partnership.",
            show_in_menus=True,
        )
        for days_ago, title, summary, topic in content.NEWS + more_content.NEWS:
            article = self.child(
                index,
                NewsArticlePage,
                slugify(title)[:80],
                title=title,
                summary=summary,
                date=self.today - datetime.timedelta(days=days_ago),
                body=[{"type": "paragraph", "value": more_content.NEWS_BODIES[title]}],
            )
            if not article.topics.exists():
                article.topics.add(topics[topic])
                article.save_revision().publish()
            if article.listing_image_id is None:
                article.listing_image = self.banner(f"{title} (banner)")
                article.save_revision().publish()
        return index

    def training(self, home: HomePage) -> TrainingIndexPage:
        index = self.child(
            home,
            TrainingIndexPage,
            "training",
            title="Training & Events",
            intro=content.TRAINING_INTRO,
            show_in_menus=True,
        )
        for event in content.EVENTS + more_content.EVENTS:
            start = self.at(event["days"], event["hour"])
            self.child(
                index,
                TrainingEventPage,
                event["slug"],
                title=event["title"],
                summary=event["summary"],
                start=start,
                end=start + datetime.timedelta(hours=event["hours"]),
                event_format=event["format"],
                venue=event.get("venue", ""),
                joining_details=event.get("joining_details", ""),
                audience="Practitioners and volunteers working with children and adults",
                capacity=event["capacity"],
                booking_open=event["booking_open"],
                body=[{"type": "paragraph", "value": more_content.EVENT_BODIES[event["slug"]]}],
            )
        self.bookings(index)
        return index

    def bookings(self, index: TrainingIndexPage) -> None:
        """Made-up bookings, so one event is full with a waiting list; only when none exist."""
        for slug, people in content.DEMO_BOOKINGS.items():
            event = TrainingEventPage.objects.child_of(index).filter(slug=slug).first()
            if event is None or event.bookings.exists():
                continue
            for name, organisation, role, status in people:
                Booking.objects.create(
                    event=event,
                    name=name,
                    email=f"{slugify(name).replace('-', '.')}@example.invalid",
                    organisation=organisation,
                    role=role,
                    consent_to_contact=True,
                    status=status,
                )
            self.created.append(f"{len(people)} bookings for “{event.title}”")

    def load_scale(self, count: int) -> None:
        """N generated news articles and N events, for performance work."""
        news = NewsIndexPage.objects.get()
        training = TrainingIndexPage.objects.get()
        existing_news = set(news.get_children().values_list("slug", flat=True))
        existing_events = set(training.get_children().values_list("slug", flat=True))
        for number in range(1, count + 1):
            slug = f"generated-news-{number}"
            if slug not in existing_news:
                page = NewsArticlePage(
                    title=f"Partnership update {number}",
                    slug=slug,
                    summary="A generated article for measuring how the site copes with volume.",
                    date=self.today - datetime.timedelta(days=number % 700),
                )
                news.add_child(instance=page)
            slug = f"generated-event-{number}"
            if slug not in existing_events:
                start = self.at(number % 400 - 100, 10)
                page = TrainingEventPage(
                    title=f"Generated training session {number}",
                    slug=slug,
                    summary="A generated event for measuring how the site copes with volume.",
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                    event_format=["face_to_face", "virtual", "e_learning"][number % 3],
                    capacity=20,
                )
                training.add_child(instance=page)
        self.created.append(f"{count} generated articles and events")
