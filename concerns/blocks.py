"""Blocks for the report a concern page: the shared blocks, plus numbers from site settings."""

from wagtail import blocks

from portal.blocks import BaseStreamBlock
from portal.phone_lines import ROLES


class PhoneNumbersBlock(blocks.StructBlock):
    """Numbers from the site settings, chosen by what they are for, each with its hours.

    Editors pick which numbers belong in a section; the numbers and hours themselves stay in
    one place (Settings › Site settings), so a change there shows everywhere.
    """

    roles = blocks.MultipleChoiceBlock(
        choices=[("emergency", "Emergency (999)"), *ROLES],
        help_text="Show the site settings' numbers for these purposes.",
    )

    class Meta:
        icon = "mobile-alt"
        template = "concerns/blocks/phone_numbers.html"
        label = "Phone numbers from site settings"


class ConcernStreamBlock(BaseStreamBlock):
    """The shared content blocks and the phone numbers block."""

    phone_numbers = PhoneNumbersBlock()
