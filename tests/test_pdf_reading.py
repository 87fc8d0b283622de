"""The test helper that reads bookmarks back from a PDF's compressed streams."""

import zlib

from tests.pdf_reading import outline_titles


def object_stream_ending_in(last_byte: bytes) -> tuple[str, bytes]:
    """A bookmark title and its deflated object stream whose last byte is `last_byte`."""
    for number in range(1_000):
        title = f"Chapter {number}"
        for padding in range(256):  # the checksum's last byte moves with each space
            data = zlib.compress(f"<</Title ({title})>>{' ' * padding}".encode())
            if data.endswith(last_byte):
                return title, data
    raise AssertionError(f"no stream ends in {last_byte!r}")


def pdf_with(stream: bytes) -> bytes:
    return (
        b"%PDF-1.7\n1 0 obj\n<</Filter /FlateDecode>>\nstream\n"
        + stream
        + (b"\nendstream\nendobj\n%%EOF\n")
    )


def test_a_stream_whose_data_ends_in_a_carriage_return_is_read_whole():
    title, stream = object_stream_ending_in(b"\r")
    assert outline_titles(pdf_with(stream)) == [title]


def test_a_stream_ended_by_a_carriage_return_and_line_feed_is_read():
    title, stream = object_stream_ending_in(b"A")
    pdf = pdf_with(stream).replace(b"\nendstream", b"\r\nendstream")
    assert outline_titles(pdf) == [title]
