"""URL converters shared by the site's own routes."""


class RowIdConverter:
    """A database row id: 1 to 18 digits, so no id can overflow a 64-bit column.

    Longer numbers do not match the route at all, which gives the ordinary 404.
    """

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)
