"""What an e-bulletin is made of: an introduction, chosen pages and free text."""

from wagtail import blocks


class IntroBlock(blocks.RichTextBlock):
    """The opening words of the bulletin."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/bulletin_intro.html"
        label = "Introduction"


class ChosenPagesBlock(blocks.StructBlock):
    """A heading and a list of pages of one type (news, events), linked with their summary."""

    heading = blocks.CharBlock(max_length=120)

    class Meta:
        icon = "list-ul"
        template = "blocks/bulletin_pages.html"


class NewsBlock(ChosenPagesBlock):
    """News articles chosen for this bulletin."""

    heading = blocks.CharBlock(max_length=120, default="News")
    items = blocks.ListBlock(blocks.PageChooserBlock(page_type="news.NewsArticlePage"))

    class Meta:
        icon = "doc-full"
        label = "Chosen news"


class EventsBlock(ChosenPagesBlock):
    """Upcoming training and events chosen for this bulletin."""

    heading = blocks.CharBlock(max_length=120, default="Upcoming training and events")
    items = blocks.ListBlock(blocks.PageChooserBlock(page_type="training.TrainingEventPage"))

    class Meta:
        icon = "date"
        label = "Upcoming events"


class LinkedPageBlock(blocks.StructBlock):
    """Any page on the site (a review, a briefing, a procedure), with a line about it."""

    page = blocks.PageChooserBlock()
    description = blocks.TextBlock(required=False, max_length=400)


class FeaturedPagesBlock(blocks.StructBlock):
    """Reviews, briefings or any other pages, each with a short description."""

    heading = blocks.CharBlock(max_length=120, default="Reviews and briefings")
    items = blocks.ListBlock(LinkedPageBlock())

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/bulletin_featured.html"
        label = "Reviews, briefings and other pages"


class FreeTextBlock(blocks.StructBlock):
    """A section of the editor's own words."""

    heading = blocks.CharBlock(max_length=120, required=False)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "edit"
        template = "blocks/bulletin_text.html"
        label = "Free text"


class BulletinStreamBlock(blocks.StreamBlock):
    intro = IntroBlock()
    news = NewsBlock()
    events = EventsBlock()
    featured = FeaturedPagesBlock()
    text = FreeTextBlock()
