"""The glossary: its terms and the A to Z page (demo/content/glossary.toml)."""

from wagtail.models import Page

from demo.data import read
from glossary.models import GlossaryPage, GlossaryTerm
from portal.models import HomePage


def load(loader, home: HomePage) -> None:
    data = read("glossary")
    terms = data["terms"]
    case_sensitive = set(data["case_sensitive"])
    wanted = {row["related"] for row in terms if row["related"]}
    related = {page.slug: page for page in Page.objects.filter(slug__in=wanted, live=True)}
    for row in terms:
        _term, made = GlossaryTerm.objects.get_or_create(
            term=row["term"],
            defaults={
                "abbreviation": row["abbreviation"],
                "definition": row["definition"],
                "related_page": related.get(row["related"]),
                "case_sensitive": row["term"] in case_sensitive,
            },
        )
        if made:
            loader.created.append(f"glossary term “{row['abbreviation'] or row['term']}”")
    if not home.get_children().filter(slug=data["page"]["slug"]).exists():
        page = GlossaryPage(**data["page"])
        home.add_child(instance=page)
        page.save_revision().publish()
        loader.created.append("glossary page")
