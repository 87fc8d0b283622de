"""Demo content for learning from reviews: the library, eight reviews and four briefings.

Called from the demo loader with its helpers (`child` makes a page only when it is missing),
so loading twice changes nothing.
"""

from wagtail.models import Page

from partners.models import Partner
from portal.models import Topic

from .demo_briefings import BRIEFINGS
from .demo_content import LIBRARY, PAGE_THEMES, REVIEWS, THEMES
from .models import BriefingPage, Recommendation, ReviewLibraryPage, ReviewPage


def load(*, loader, home: Page) -> ReviewLibraryPage:
    for name in THEMES:
        Topic.objects.get_or_create(name=name)
    themes = {topic.name: topic for topic in Topic.objects.all()}
    pages = {page.slug: page for page in Page.objects.filter(slug__in=slugs_to_link())}
    tag_linked_pages(loader=loader, pages=pages, themes=themes)
    library = loader.child(
        home,
        ReviewLibraryPage,
        LIBRARY["slug"],
        title=LIBRARY["title"],
        intro=LIBRARY["intro"],
        show_in_menus=True,
    )
    agencies = {partner.name: partner for partner in Partner.objects.all()}
    for data in REVIEWS:
        review = add_review(
            loader=loader,
            library=library,
            data=data,
            themes=themes,
            pages=pages,
            agencies=agencies,
        )
        if data["slug"] in BRIEFINGS:
            add_briefing(loader=loader, library=library, review=review, data=data, themes=themes)
    return library


def slugs_to_link() -> set[str]:
    slugs = set(PAGE_THEMES)
    for data in REVIEWS:
        for item in data["recommendations"]:
            slugs.update(item["pages"])
    return slugs


def tag_linked_pages(*, loader, pages: dict[str, Page], themes: dict[str, Topic]) -> None:
    """Give the guidance and events the reviews changed their themes, once."""
    for slug, names in PAGE_THEMES.items():
        page = pages.get(slug)
        if page is None:
            continue
        page = page.specific
        if page.topics.exists():
            continue
        page.topics.set([themes[name] for name in names])
        page.save_revision().publish()
        loader.created.append(f"themes for “{page.title}”")


def add_review(*, loader, library, data, themes, pages, agencies) -> ReviewPage:
    if library.get_children().filter(slug=data["slug"]).exists():
        return library.get_children().get(slug=data["slug"]).specific
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
        for number, item in enumerate(data["recommendations"])
    ]
    library.add_child(instance=review)
    review.save_revision().publish()
    loader.created.append(f"review “{review.title}”")
    return review


def add_briefing(*, loader, library, review: ReviewPage, data, themes) -> BriefingPage:
    briefing = BRIEFINGS[data["slug"]]
    return loader.child(
        library,
        BriefingPage,
        briefing["slug"],
        title=data["briefing"],
        summary=briefing["summary"],
        review=review,
        themes=[themes[name] for name in briefing["themes"]],
        **briefing["sections"],
    )
