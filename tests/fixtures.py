"""Site-building fixtures shared by the test suite (pages, snippets, users, bookings).

Loaded as a pytest plugin from tests/conftest.py, so every fixture defined here is available
to all tests without an import.

The demo site is built once per test session in the test database; each ordinary test runs
in a transaction that is rolled back. Transactional tests (live_server, transaction=True)
flush the database, so they build the site again with the `demo_site_transactional` fixture.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Site

from editorial.groups import EDITORS, MODERATORS


def public_page_type_urls() -> dict[str, str]:
    """A path for each public page type in the demo content, named for reports."""
    from guidance.models import GuidancePage
    from news.models import NewsArticlePage
    from procedures.models import ChapterPage
    from training.models import TrainingEventPage

    article = NewsArticlePage.objects.published().exclude(listing_image=None).first()
    return {
        "home": "/",
        "guidance index": "/online-safety/",
        "guidance": GuidancePage.objects.get(slug="social-media-practitioners-volunteers").url,
        "Q&A": "/questions/",
        "resources": "/resources/",
        "standard page": "/safer-browsing/",
        "news index": "/news/",
        "news article": article.url,
        "training index": "/training/",
        "past training": "/training/?when=past",
        "training event": TrainingEventPage.objects.upcoming().first().url,
        "past event": TrainingEventPage.objects.past().first().url,
        "search results": "/search/?q=social+media",
        "no results": "/search/?q=qqzzxxnothing",
        "404": "/no-such-page/",
        "review library": "/learning-from-reviews/",
        "filtered reviews": "/learning-from-reviews/?type=sar&theme=self-neglect&q=capacity",
        "review": "/learning-from-reviews/sar-adult-c/",
        "7-minute briefing": "/learning-from-reviews/briefing-adult-c-self-neglect/",
        "bulletin archive": "/e-bulletin/",
        "bulletin": "/e-bulletin/" + next(iter(_bulletin_slugs())) + "/",
        **procedures_page_type_urls(ChapterPage),
        "report a concern": "/report-a-concern/",
    }


def procedures_page_type_urls(chapter_model) -> dict[str, str]:
    chapter = chapter_model.objects.get(slug="responding-to-concerns-about-a-child")
    earliest = chapter.amendments.last()
    return {
        "procedures manual": "/procedures/",
        "latest amendments": "/procedures/amendments/",
        "procedures chapter": chapter.url,
        "what changed": f"{chapter.url}changes/{earliest.pk}/",
        "levels of need": "/levels-of-need/",
        "make a pack": "/make-a-pack/",
        "glossary": "/glossary/",
    }


def _bulletin_slugs():
    from bulletins.models import BulletinPage

    return BulletinPage.objects.live().values_list("slug", flat=True)


def build_demo_site() -> None:
    call_command("load_demo_content", verbosity=0, stdout=_Null(), stderr=_Null())


class _Null:
    def write(self, *_args) -> None:
        pass

    def flush(self) -> None:
        pass


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        build_demo_site()


@pytest.fixture
def demo_site(db):
    """The demo site (already in the database for ordinary tests)."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo_site_transactional(transactional_db):
    """The demo site rebuilt after a flush, for live_server and transaction=True tests."""
    build_demo_site()
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(demo_site):
    return demo_site.root_page.specific


@pytest.fixture
def seed_page(demo_site):
    from guidance.models import GuidancePage

    return GuidancePage.objects.get(slug="social-media-practitioners-volunteers")


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser(
        username="test-admin", email="admin@example.invalid", password="test-password"
    )


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def users(django_user_model):
    """An editor, a moderator and a superuser (password pass-word-123), by role."""

    def make(name, group=None, **extra):
        user = django_user_model.objects.create_user(
            username=name, email=f"{name}@example.invalid", password="pass-word-123", **extra
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "anonymous": None,
        "editor": make("ed", EDITORS),
        "moderator": make("mod", MODERATORS),
        "superuser": make("root", is_superuser=True, is_staff=True),
    }
