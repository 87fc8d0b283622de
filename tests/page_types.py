"""One page of each public page type, built with the factories, for checks that go over them
all (template leaks, inline code, security headers, cache lifetimes)."""

import datetime
from urllib.parse import urlencode

from django.utils import timezone

from tests.factories import (
    BriefingPageFactory,
    BulletinPageFactory,
    DocumentFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    GuidancePageFactory,
    ImageFactory,
    LevelsOfNeedPageFactory,
    NewsArticlePageFactory,
    PackPageFactory,
    QAPageFactory,
    QuestionAnswerFactory,
    ReportConcernPageFactory,
    ResourcesPageFactory,
    ReviewPageFactory,
    StandardPageFactory,
    TopicFactory,
    TrainingEventPageFactory,
    WrittenChapterPageFactory,
)
from tests.factories.resources import ResourceFactory


def every_block_body(document, term, page) -> list[tuple[str, object]]:
    """A page body with one block of each kind, a glossary term and a link in its text."""
    return [
        ("heading", {"text": "What to do", "level": "h2"}),
        (
            "paragraph",
            f"<p>Ask the {term.abbreviation} first.</p><ul><li>One</li><li>Two</li></ul>"
            f'<p><a linktype="page" id="{page.pk}">Read more</a></p>',
        ),
        ("do_dont", {"do_items": ["Keep records"], "dont_items": ["Share passwords"]}),
        ("callout", {"style": "warning", "heading": "Take care", "text": "<p>Be safe.</p>"}),
        ("document", {"document": document, "link_text": "", "description": "The policy."}),
        (
            "external_resource",
            {
                "title": "Guidance elsewhere",
                "external_url": "https://elsewhere.example.org/",
                "organisation": "Another body",
                "description": "What it says.",
            },
        ),
        ("related_links", {"heading": "Related links", "links": [{"page": page}]}),
    ]


def factory_page_type_urls() -> dict[str, str]:
    """A path for each public page type, named for reports, all to pages built here."""
    topic = TopicFactory()
    document = DocumentFactory()
    term = GlossaryTermFactory()
    standard = StandardPageFactory(body=[("paragraph", "<p>Plain text.</p>")])
    body = every_block_body(document, term, standard)
    guidance = GuidancePageFactory(body=body, topics=[topic])
    qa_page = QAPageFactory()
    QuestionAnswerFactory(page=qa_page, topic="Children", question="Who do I call?")
    resources = ResourcesPageFactory()
    ResourceFactory(topic=topic, document=document, url="")
    article = NewsArticlePageFactory(listing_image=ImageFactory(), topics=[topic])
    event = TrainingEventPageFactory(topics=[topic])
    now = timezone.now()
    past = TrainingEventPageFactory(
        start=now - datetime.timedelta(days=30), end=now - datetime.timedelta(days=30, hours=-3)
    )
    review = ReviewPageFactory(themes=[topic], with_reports=True, changed_pages=[guidance])
    briefing = BriefingPageFactory(review=review, themes=[topic])
    library = review.get_parent()
    bulletin = BulletinPageFactory()
    chapter = WrittenChapterPageFactory(body=body)
    manual = chapter.get_parent()
    return {
        "home": "/",
        "guidance index": guidance.get_parent().url,
        "guidance": guidance.url,
        "Q&A": qa_page.url,
        "resources": resources.url,
        "standard page": standard.url,
        "news index": article.get_parent().url,
        "news article": article.url,
        "training index": event.get_parent().url,
        "past training": event.get_parent().url + "?when=past",
        "training event": event.url,
        "past event": past.url,
        "search results": "/search/?" + urlencode({"q": guidance.title}),
        "no results": "/search/?q=qqzzxxnothing",
        "404": "/no-such-page/",
        "review library": library.url,
        "filtered reviews": library.url
        + "?"
        + urlencode({"type": "sar", "theme": topic.slug, "q": review.subject}),
        "review": review.url,
        "7-minute briefing": briefing.url,
        "bulletin archive": bulletin.get_parent().url,
        "bulletin": bulletin.url,
        "procedures manual": manual.url,
        "latest amendments": f"{manual.url}amendments/",
        "procedures chapter": chapter.url,
        "what changed": f"{chapter.url}changes/{chapter.amendments.last().pk}/",
        "levels of need": LevelsOfNeedPageFactory().url,
        "make a pack": PackPageFactory().url,
        "glossary": GlossaryPageFactory().url,
        "report a concern": ReportConcernPageFactory().url,
    }
