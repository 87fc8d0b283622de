"""StructValue classes that hold link logic, so templates only print values."""

from wagtail.blocks import StructValue


class LinkStructValue(StructValue):
    """A link to a page in the site or to an outside address.

    Blocks name their own text field `link_text`: templates look up dictionary keys before
    attributes, so a child block called `title` would hide the `title` property here.
    """

    @property
    def url(self) -> str:
        page = self.get("page")
        if page:
            return page.url or ""
        return self.get("external_url") or ""

    @property
    def title(self) -> str:
        if self.get("link_text") or self.get("title"):
            return self.get("link_text") or self.get("title")
        page = self.get("page")
        if page:
            return page.title
        return self.get("external_url") or ""

    @property
    def is_external(self) -> bool:
        return not self.get("page") and bool(self.get("external_url"))


class DocumentStructValue(StructValue):
    """A document download: its title, file type and human-readable size."""

    @property
    def title(self) -> str:
        document = self.get("document")
        return self.get("link_text") or (document.title if document else "")

    @property
    def file_type(self) -> str:
        document = self.get("document")
        if not document:
            return ""
        return (document.file_extension or "file").upper()

    @property
    def file_size(self) -> int | None:
        document = self.get("document")
        if not document:
            return None
        if document.file_size is None:
            try:
                document.file_size = document.file.size
            except OSError:
                return None
        return document.file_size
