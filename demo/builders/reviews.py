"""Learning from reviews: the library, the reviews with their recommendations, and the
7-minute briefings (demo/content/reviews.toml)."""

from wagtail.models import Page

from demo.data import read
from partners.models import Partner
from portal.models import HomePage, Topic
from reviews.models import BriefingPage, Recommendation, ReviewLibraryPage, ReviewPage

RECOMMENDATION_DEFAULTS = {"agency": "", "what_changed": "", "pages": []}
# A briefing's sections in paragraphs; the others are bulleted lists.
PARAGRAPH_SECTIONS = {"background", "why_it_matters"}


def briefing_sections(sections: dict[str, list[str]]) -> dict[str, str]:
    """Each section's rich text: paragraphs or a bulleted list."""
    html = {}
    for name, items in sections.items():
        if name in PARAGRAPH_SECTIONS:
            html[name] = "".join(f"<p>{item}</p>" for item in items)
        else:
            html[name] = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return html


def load(loader, home: HomePage) -> ReviewLibraryPage:
    data = read("reviews")
    for name in data["themes"]:
        Topic.objects.get_or_create(name=name)
    themes = {topic.name: topic for topic in Topic.objects.all()}
    pages = {page.slug: page for page in Page.objects.filter(slug__in=slugs_to_link(data))}
    tag_linked_pages(loader, data["page_themes"], pages=pages, themes=themes)
    library = loader.child(home, ReviewLibraryPage, **data["library"], show_in_menus=True)
    agencies = {partner.name: partner for partner in Partner.objects.all()}
    for review_data in data["reviews"]:
        review = add_review(
            loader,
            library,
            review_data,
            themes=themes,
            pages=pages,
            agencies=agencies,
        )
        briefing = data["briefings"].get(review_data["slug"])
        if briefing:
            loader.child(
                library,
                BriefingPage,
                briefing["slug"],
                title=review_data["briefing"],
                summary=briefing["summary"],
                review=review,
                themes=[themes[name] for name in briefing["themes"]],
                **briefing_sections(briefing["sections"]),
            )
    return library


def recommendations(review_data: dict) -> list[dict]:
    return [RECOMMENDATION_DEFAULTS | item for item in review_data["recommendations"]]


def slugs_to_link(data: dict) -> set[str]:
    slugs = set(data["page_themes"])
    for review_data in data["reviews"]:
        for item in recommendations(review_data):
            slugs.update(item["pages"])
    return slugs


def tag_linked_pages(loader, page_themes: dict, *, pages: dict, themes: dict) -> None:
    """Give the guidance and events the reviews changed their themes, once."""
    for slug, names in page_themes.items():
        page = pages.get(slug)
        if page is None:
            continue
        page = page.specific
        if page.topics.exists():
            continue
        page.topics.set([themes[name] for name in names])
        page.save_revision().publish()
        loader.created.append(f"themes for “{page.title}”")


def add_review(loader, library, data, *, themes, pages, agencies) -> ReviewPage:
    existing = library.get_children().filter(slug=data["slug"]).first()
    if existing:
        return existing.specific
    review = ReviewPage(
        slug=data["slug"],
        title=data["title"],
        review_type=data["review_type"],
        subject=data["subject"],
        published_on=data["published_on"],
        board=data["board"],
        summary=data["summary"],
        body=data["body"],
        response=data["response"],
        themes=[themes[name] for name in data["themes"]],
        full_report=loader.document(
            f"{data['title']}: full report", [data["summary"], "Fictional demo report."]
        ),
        executive_summary=loader.document(f"{data['title']}: executive summary", [data["summary"]]),
    )
    review.recommendations = [
        Recommendation(
            sort_order=number,
            text=item["text"],
            status=item["status"],
            agency=agencies.get(item["agency"]),
            what_changed=item["what_changed"],
            changed_pages=[("page", pages[slug]) for slug in item["pages"] if slug in pages],
        )
        for number, item in enumerate(recommendations(data))
    ]
    library.add_child(instance=review)
    review.save_revision().publish()
    loader.created.append(f"review “{review.title}”")
    return review
