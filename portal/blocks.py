"""The one StreamField block library shared by every page type.

Every block and field has a label and help text written for the editors who use them.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .struct_values import DocumentStructValue, LinkStructValue


class HeadingBlock(blocks.StructBlock):
    """A section heading, so long pages can be scanned and linked to."""

    text = blocks.CharBlock(label="Heading text", max_length=200)
    level = blocks.ChoiceBlock(
        label="Heading level",
        choices=[("h2", "Section heading"), ("h3", "Subheading, within a section")],
        default="h2",
        help_text="Use a subheading only under a section heading.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = "Heading"
        help_text = "Starts a section. Readers scan headings, and screen readers jump between them."


class ParagraphBlock(blocks.RichTextBlock):
    """Plain text with links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["h3", "bold", "italic", "ol", "ul", "link", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = "Text"
        help_text = "Paragraphs of text, with bold, lists and links. Keep sentences short."


def _do_dont_side(
    side: str, default_heading: str, listed: str, verb: str
) -> tuple[blocks.CharBlock, blocks.ListBlock]:
    """The heading and the list of one side of a DoDontBlock ("Do" or "Don't")."""
    heading = blocks.CharBlock(
        label=f"“{side}” heading",
        default=default_heading,
        max_length=100,
        help_text=f"Shown above the list of {listed}.",
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label=f"Thing to {verb}", max_length=500),
        label=f"“{side}” list",
        help_text=f"One thing to {verb} in each item.",
    )
    return heading, items


class DoDontBlock(blocks.StructBlock):
    """Two lists side by side: what good practice looks like, and what to avoid."""

    do_heading, do_items = _do_dont_side("Do", "Appropriate", "good practice", "do")
    dont_heading, dont_items = _do_dont_side(
        "Don't", "Inappropriate behaviour", "things to avoid", "avoid"
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/do_dont.html"
        label = "Do and don't lists"
        help_text = "Two lists side by side: good practice, and what to avoid."


class CalloutBlock(blocks.StructBlock):
    """Inset text that must not be missed: a key message or a warning."""

    style = blocks.ChoiceBlock(
        label="Kind of callout",
        choices=[("info", "Information"), ("warning", "Warning")],
        default="info",
        help_text="A warning stands out more: keep it for risks to someone's safety.",
    )
    heading = blocks.CharBlock(label="Heading", required=False, max_length=200)
    text = blocks.RichTextBlock(label="Text", features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = "Callout (inset text)"
        help_text = "A key message or a warning, set apart so that nobody misses it."


class DocumentBlock(blocks.StructBlock):
    """A download from the document library, showing its type and size."""

    document = DocumentChooserBlock(label="Document")
    link_text = blocks.CharBlock(
        label="Link text", required=False, help_text="Leave empty to use the document's title."
    )
    description = blocks.TextBlock(
        label="Description", required=False, help_text="What the document is and who it is for."
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        value_class = DocumentStructValue
        label = "Document download"
        help_text = "A link to a document from the library; its type and size are shown."


class ExternalResourceBlock(blocks.StructBlock):
    """A resource on another organisation's site, described so readers know before they go."""

    title = blocks.CharBlock(label="Title", max_length=200)
    external_url = blocks.URLBlock(label="Address", help_text="The full web address.")
    organisation = blocks.CharBlock(
        label="Organisation", required=False, max_length=200, help_text="Who publishes it."
    )
    description = blocks.TextBlock(label="Description", required=False)

    class Meta:
        icon = "link-external"
        template = "blocks/external_resource.html"
        value_class = LinkStructValue
        label = "Resource on another site"
        help_text = (
            "A resource another organisation publishes, described so readers know what it is."
        )


class LinkBlock(blocks.StructBlock):
    """One link: a page in this site or an outside address."""

    page = blocks.PageChooserBlock(label="Page on this site", required=False)
    external_url = blocks.URLBlock(
        required=False, label="Outside address", help_text="Only when the link is to another site."
    )
    link_text = blocks.CharBlock(
        label="Link text", required=False, help_text="Leave empty to use the page's title."
    )

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
        label = "Link"
        help_text = "Choose a page on this site, or give the address of a page on another site."


class RelatedLinksBlock(blocks.StructBlock):
    """A short list of links to read next."""

    heading = blocks.CharBlock(label="Heading", default="Related links", max_length=100)
    links = blocks.ListBlock(LinkBlock(label="Link"), label="Links")

    class Meta:
        icon = "list-ul"
        template = "blocks/related_links.html"
        label = "Related links"
        help_text = "A short list of pages to read next, usually at the end of the page."


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

    description = blocks.CharBlock(
        label="Description",
        required=False,
        max_length=200,
        help_text="One short line under the link, saying what readers can do there.",
    )

    class Meta:
        icon = "pick"
        value_class = LinkStructValue
        template = "blocks/top_task.html"
        label = "Top task"
        help_text = "A link to something many readers come to the site to do."
