"""Blocks for the levels of need (threshold) page."""

from wagtail import blocks

CONTACT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class DomainBlock(blocks.StructBlock):
    """One domain of need (for example parenting capacity) and what shows it at this level."""

    domain = blocks.CharBlock(max_length=120, help_text="For example: Parenting capacity")
    indicators = blocks.ListBlock(blocks.CharBlock(max_length=400), label="Indicators")

    class Meta:
        icon = "list-ul"
        label = "Domain"


class LevelBlock(blocks.StructBlock):
    """One level of need, with its indicators for children and for adults, and what to do."""

    name = blocks.CharBlock(max_length=100, help_text="For example: Level 2, Early help")
    description = blocks.TextBlock(max_length=600, help_text="What this level means, in brief.")
    children_domains = blocks.ListBlock(DomainBlock(), label="Indicators for children")
    adult_domains = blocks.ListBlock(DomainBlock(), label="Indicators for adults")
    who_to_contact = blocks.RichTextBlock(features=CONTACT_FEATURES)
    what_happens_next = blocks.RichTextBlock(features=CONTACT_FEATURES)

    class Meta:
        icon = "order"
        label = "Level of need"
        template = "procedures/blocks/level.html"
