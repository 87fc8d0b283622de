"""The site around the pages: home page, site settings, topics, partners, standard pages,
synonyms and the home page's top tasks (demo/content/site.toml)."""

import io
from urllib.parse import urlsplit

from django.conf import settings as django_settings
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Site

from demo.data import read
from demo.logos import draw_logo
from editorial.groups import setup_approval_workflow, setup_editorial_groups
from partners.models import Partner
from portal.models import HomePage, SiteSettings, StandardPage, Topic
from portal.tree import tree_root
from search.models import Synonym


def home(loader) -> HomePage:
    data = read("site")
    root = tree_root()
    page = HomePage.objects.first()
    if page is None:
        # Replace the placeholder page Wagtail's migrations create.
        for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
            placeholder.delete()
        page = HomePage(**data["home"])
        root.add_child(instance=page)
        page.save_revision().publish()
        loader.created.append("home page")
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
    if site.root_page_id != page.pk:
        site.root_page = page
        site.site_name = data["organisation"]
        changed = True
    if changed:
        site.save()
    return page


def prepare(loader, home: HomePage) -> dict[str, Topic]:
    """Editorial groups and workflow, site settings, topics and partners; the topics by name."""
    data = read("site")
    # Groups and the Approval workflow exist after migrate; make sure (idempotent).
    setup_editorial_groups()
    setup_approval_workflow()
    site_settings(loader, home, data["site_settings"])
    topics = {name: Topic.objects.get_or_create(name=name)[0] for name in data["topics"]}
    partners(loader, data["partners"])
    return topics


def site_settings(loader, home: HomePage, values: dict) -> None:
    site = Site.objects.get(root_page=home)
    settings, created = SiteSettings.objects.get_or_create(site=site)
    if created or not settings.footer_text:
        for field, value in values.items():
            setattr(settings, field, value)
        settings.save()
        loader.created.append("site settings")


def partners(loader, rows: list[dict]) -> None:
    image_model = get_image_model()
    for order, row in enumerate(rows, start=1):
        name = row["name"]
        partner, created = Partner.objects.get_or_create(
            name=name, defaults={"website": row["website"], "sort_order": order * 10}
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
            loader.created.append(f"partner “{name}”")


def standard_pages(loader, home: HomePage) -> None:
    """The standard pages; the safer browsing one becomes the site's safe browsing page."""
    pages = {
        data["slug"]: loader.child(home, StandardPage, **data)
        for data in read("site")["standard_pages"]
    }
    settings = SiteSettings.objects.get(site__root_page=home)
    if settings.safe_browsing_page_id is None:
        settings.safe_browsing_page = pages["safer-browsing"]
        settings.save()


def synonyms(loader) -> None:
    for row in read("site")["synonyms"]:
        _synonym, created = Synonym.objects.get_or_create(
            term=row["term"], defaults={"alternatives": row["alternatives"]}
        )
        if created:
            loader.created.append(f"synonym “{row['term']}”")


def top_tasks(home: HomePage) -> None:
    """The home page's top tasks, each a child page of home named by slug."""
    if home.top_tasks:
        return
    children = {page.slug: page for page in home.get_children()}
    home.top_tasks = [
        {
            "type": "task",
            "value": {
                "page": children[task["page"]].pk,
                "link_text": task["link_text"],
                "description": task["description"],
            },
        }
        for task in read("site")["top_tasks"]
    ]
    home.save_revision().publish()
