"""Draw stand-in partner logos: the partner's initials on a colour. Never a real trademark."""

import hashlib
import io

from PIL import Image, ImageDraw, ImageFont

PALETTE = [
    (90, 31, 107),
    (29, 79, 145),
    (30, 107, 54),
    (138, 59, 0),
    (164, 22, 26),
    (0, 94, 93),
    (70, 70, 80),
    (112, 46, 120),
]


def initials(name: str) -> str:
    words = [w for w in name.replace("'", "").replace("-", " ").split() if w[:1].isalnum()]
    letters = "".join(w[0] for w in words if w[0].isupper() or w[0].isdigit())
    return (letters or name[:3]).upper()[:4]


def _font(size: int):
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def draw_logo(name: str, width: int = 240, height: int = 120) -> bytes:
    """A PNG with the name's initials in white on a colour chosen from the name."""
    digest = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    colour = PALETTE[digest % len(PALETTE)]
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    text = initials(name)
    font = _font(56 if len(text) <= 3 else 44)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    position = ((width - (right - left)) / 2 - left, (height - (bottom - top)) / 2 - top)
    draw.text(position, text, fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def draw_document_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF of plain text, for demo downloads."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), title, fill="black", font=_font(40))
    y = 200
    body = _font(26)
    for line in lines:
        draw.text((100, y), line, fill="black", font=body)
        y += 44
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


def draw_banner(name: str, width: int = 1200, height: int = 630) -> bytes:
    """A JPEG of soft overlapping circles on a colour chosen from the name, for news images."""
    digest = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    base = PALETTE[digest % len(PALETTE)]
    image = Image.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(image)
    for step in range(6):
        shade = tuple(min(255, channel + 28 * (step + 1)) for channel in base)
        radius = height // 3 + (digest >> (step * 8)) % (height // 3)
        x = (digest >> (step * 5)) % width
        y = (digest >> (step * 7)) % height
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()
