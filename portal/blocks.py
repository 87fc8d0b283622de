"""The one StreamField block library shared by every page type."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .struct_values import DocumentStructValue, LinkStructValue


class HeadingBlock(blocks.StructBlock):
    """A section heading, so long guidance can be scanned and linked to."""

    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", "Heading 2"), ("h3", "Heading 3")], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    """Plain guidance text with links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["h3", "bold", "italic", "ol", "ul", "link", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"


class DoDontBlock(blocks.StructBlock):
    """Two lists side by side: what good practice looks like, and what to avoid."""

    do_heading = blocks.CharBlock(default="Appropriate", max_length=100)
    do_items = blocks.ListBlock(blocks.CharBlock(max_length=500), label="Do")
    dont_heading = blocks.CharBlock(default="Inappropriate behaviour", max_length=100)
    dont_items = blocks.ListBlock(blocks.CharBlock(max_length=500), label="Don't")

    class Meta:
        icon = "list-ul"
        template = "blocks/do_dont.html"
        label = "Do / don't lists"


class CalloutBlock(blocks.StructBlock):
    """Inset text that must not be missed: a key message or a warning."""

    style = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("warning", "Warning")], default="info"
    )
    heading = blocks.CharBlock(required=False, max_length=200)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = "Callout / inset text"


class DocumentBlock(blocks.StructBlock):
    """A download from the document library, showing its type and size."""

    document = DocumentChooserBlock()
    link_text = blocks.CharBlock(required=False, help_text="Defaults to the document's title.")
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        value_class = DocumentStructValue


class ExternalResourceBlock(blocks.StructBlock):
    """A resource on another organisation's site, described so readers know before they go."""

    title = blocks.CharBlock(max_length=200)
    external_url = blocks.URLBlock(label="Address")
    organisation = blocks.CharBlock(required=False, max_length=200)
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "link-external"
        template = "blocks/external_resource.html"
        value_class = LinkStructValue


class LinkBlock(blocks.StructBlock):
    """One link: a page in this site or an outside address."""

    page = blocks.PageChooserBlock(required=False)
    external_url = blocks.URLBlock(required=False, label="Outside address")
    link_text = blocks.CharBlock(required=False, help_text="Defaults to the page's title.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("external_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ["Choose a page or give an outside address."]}
            )
        return value

    class Meta:
        icon = "link"
        value_class = LinkStructValue


class RelatedLinksBlock(blocks.StructBlock):
    """A short list of links to read next."""

    heading = blocks.CharBlock(default="Related links", max_length=100)
    links = blocks.ListBlock(LinkBlock())

    class Meta:
        icon = "list-ul"
        template = "blocks/related_links.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    do_dont = DoDontBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    external_resource = ExternalResourceBlock()
    related_links = RelatedLinksBlock()


class TopTaskBlock(LinkBlock):
    """A task readers come to the home page to do, chosen by editors."""

    description = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "pick"
        value_class = LinkStructValue
        template = "blocks/top_task.html"
