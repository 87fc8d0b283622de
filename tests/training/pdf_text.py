"""Read the text and page size out of a PDF that WeasyPrint made, with the standard library.

WeasyPrint writes text as glyph numbers in compressed streams, with a ToUnicode map per font
saying which character each glyph is. This follows the maps, for tests: one string per text
run (a line of a table cell, a heading), in the order they are drawn.
"""

import re
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(<<.*?>>)\s*(stream\r?\n)?", re.S)


def _objects(pdf: bytes) -> tuple[dict[int, bytes], dict[int, bytes]]:
    """Every object's dictionary, and every stream's decompressed data, by object number."""
    dicts: dict[int, bytes] = {}
    streams: dict[int, bytes] = {}
    for match in _OBJECT.finditer(pdf):
        number, head = int(match.group(1)), match.group(2)
        dicts[number] = head
        if match.group(3):
            start = match.end()
            length = int(re.search(rb"/Length (\d+)", head).group(1))
            data = pdf[start : start + length]
            streams[number] = zlib.decompress(data) if b"FlateDecode" in head else data
            if b"/Type /ObjStm" in head:
                first = int(re.search(rb"/First (\d+)", head).group(1))
                body = streams[number]
                numbers = [int(n) for n in body[:first].split()]
                pairs = list(zip(numbers[::2], numbers[1::2], strict=True))
                for index, (inner, offset) in enumerate(pairs):
                    end = pairs[index + 1][1] if index + 1 < len(pairs) else len(body) - first
                    dicts[inner] = body[first + offset : first + end]
    return dicts, streams


def _to_unicode(cmap: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, dst in re.findall(
            rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block
        ):
            start = int(dst, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[code] = chr(start + offset)
    return mapping


def pdf_text_runs(pdf: bytes) -> list[str]:
    """The text the PDF shows, one string per text-showing operation."""
    dicts, streams = _objects(pdf)
    fonts: dict[bytes, dict[int, str]] = {}
    for head in dicts.values():
        for name, number in re.findall(rb"/([\w.+-]+) (\d+) 0 R", head):
            target = dicts.get(int(number), b"")
            found = re.search(rb"/ToUnicode (\d+) 0 R", target)
            if b"/Type /Font" in target and found:
                fonts[name] = _to_unicode(streams[int(found.group(1))])
    runs: list[str] = []
    operator = re.compile(rb"/([\w.+-]+) [\d.]+ Tf|\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj", re.S)
    for head in dicts.values():
        if b"/Type /Page" not in head or b"/Type /Pages" in head:
            continue
        contents = int(re.search(rb"/Contents (\d+) 0 R", head).group(1))
        mapping: dict[int, str] = {}
        for match in operator.finditer(streams[contents]):
            if match.group(1):
                mapping = fonts.get(match.group(1), {})
                continue
            hexes = re.findall(rb"<([0-9a-fA-F]*)>", match.group(2) or b"<" + match.group(3) + b">")
            glyphs = b"".join(bytes.fromhex(h.decode()) for h in hexes)
            runs.append(
                "".join(
                    mapping.get(int.from_bytes(glyphs[i : i + 2], "big"), "\ufffd")
                    for i in range(0, len(glyphs), 2)
                )
            )
    return runs


def pdf_page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points (A4 is 595.28 x 841.89)."""
    dicts, _streams = _objects(pdf)
    sizes = []
    for head in dicts.values():
        if b"/Type /Page" in head and b"/Type /Pages" not in head:
            box = re.search(rb"/MediaBox \[([\d.\s]+)\]", head).group(1).split()
            sizes.append((float(box[2]) - float(box[0]), float(box[3]) - float(box[1])))
    return sizes
