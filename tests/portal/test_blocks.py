"""Every block and field editors see has a label that reads as English, and help text."""

import pytest
from django.urls import reverse
from wagtail import blocks

from portal.blocks import BaseStreamBlock, DoDontBlock, TopTaskBlock
from tests.factories import GuidancePageFactory


def walk(block, path=""):
    """Each block under `block`, with a dotted path for messages."""
    yield path or block.name or type(block).__name__, block
    if isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        for name, child in block.child_blocks.items():
            yield from walk(child, f"{path}.{name}" if path else name)
    elif isinstance(block, blocks.ListBlock):
        yield from walk(block.child_block, f"{path}[item]")


def test_do_dont_labels_read_as_english():
    children = DoDontBlock().child_blocks
    assert children["do_heading"].label == "“Do” heading"
    assert children["dont_heading"].label == "“Don't” heading"
    assert children["do_items"].label == "“Do” list"
    assert children["dont_items"].label == "“Don't” list"
    assert children["do_items"].child_block.label == "Thing to do"
    assert children["dont_items"].child_block.label == "Thing to avoid"


def explained(block) -> bool:
    return bool(getattr(block.meta, "help_text", None))


@pytest.mark.parametrize("root", [BaseStreamBlock(), TopTaskBlock()], ids=["body", "top task"])
def test_every_block_is_labelled_and_each_kind_is_explained(root):
    if isinstance(root, blocks.StreamBlock):
        for name, child in root.child_blocks.items():
            assert explained(child), f"{name}: say what the block is for"
    for path, block in walk(root):
        if block is root:
            continue
        label = str(block.label)
        assert label, path
        assert "_" not in label and "Dont" not in label, (path, label)
        if isinstance(block, blocks.ListBlock):
            assert block.child_block.label, f"{path}: list items need a label"
        if isinstance(block, blocks.StructBlock):
            assert explained(block), f"{path}: say what the block is for"


@pytest.mark.django_db
def test_labels_reach_the_page_editor(admin_client):
    page = GuidancePageFactory()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    text = html.decode()
    for label in ("Do\\u201d heading", "Don&#x27;t\\u201d heading", "Thing to avoid"):
        assert label in text, label
    assert "Dont heading" not in text
