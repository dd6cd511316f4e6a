"""The audience screens of a plan as a printable PDF: the fallback when the projector fails.

Landscape, one screen a page, the projector's colours and type scale. Built from ``AudienceSlide``
values only, so nothing private can be printed. Images are the plan's checked ones, each decoded
once and scaled to the printed size; one that cannot be decoded is left out, never a crash.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from facilitator.export.fonts import register_fonts
from facilitator.presentation import SLIDE_ROLES, TYPE_SCALE, AudienceSlide, slide_for, slide_texts
from facilitator.sessions.atomic import write_atomic
from facilitator.sessions.errors import FileError
from facilitator.sessions.plan import Plan
from facilitator.sessions.plan_images import FORMATS, PlanImage, fits_limits

PAGE = (842.0, 473.6)  # 16:9, as wide as A4 landscape
COLOURS = {
    "background": "#fbf8f1",
    "text": "#1b2430",
    "title": "#0b6e69",
    "muted": "#5a6470",
    "divider": "#c9c2b4",
}
MIN_SCALE = 0.5
HALF_MIN_SCALE = 0.35
"""A column of a two-language page is half as wide: its type may shrink further (as on the
projector's halves)."""
IMAGE_SHARE = 0.35
"""Height an image may take, as a share of the page (as on the projector)."""
PRINT_DPI = 200


def render_slides(
    plan: Plan,
    path: Path,
    images: Sequence[PlanImage | None] = (),
    companion: Plan | None = None,
    companion_images: Sequence[PlanImage | None] = (),
    replace: bool = True,
) -> list[FileError]:
    """Write the slides PDF; ``images`` are ``LoadedPlan.images``. With ``companion`` (the same
    workshop in the room's second language, step ids checked by ``plan_pair.check_pair``), each page
    shows both, side by side as on a wide projector. Returns a message for each image that could
    not be decoded (the PDF is written without it).
    ``replace``: False keeps a file made at ``path`` meanwhile (``WriteFailed``), as ``write_atomic``."""
    from reportlab.pdfgen.canvas import Canvas

    regular, _bold = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, invariant=True, initialFontName=regular)  # never Helvetica
    canvas.setTitle(plan.title if companion is None else f"{plan.title} / {companion.title}")
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator("Facilitator")
    plans = [(plan, images)] if companion is None else [(plan, images), (companion, companion_images)]
    _holding(canvas, [shown.title for shown, _images in plans])
    problems: list[FileError] = []
    pictures: dict[Path, Any] = {}  # each file decoded once, however many steps show it
    for index in range(len(plan.steps)):
        _background(canvas)
        columns = _columns(len(plans))
        for number, ((shown, checked_images), (x, width)) in enumerate(zip(plans, columns, strict=True)):
            slide = slide_for(shown, index, revealed=True, images=checked_images)
            checked = checked_images[index] if index < len(checked_images) else None
            if checked is not None and checked.path not in pictures:
                pictures[checked.path] = _picture(checked.path)
                if pictures[checked.path] is None:
                    problems.append(checked.problem("cannot be decoded (damaged?); printed without it"))
            picture = pictures[checked.path] if checked is not None else None
            _slide(canvas, slide, shown.language, picture, (x, width), number == 0, len(plans) == 2)
        if len(columns) == 2:
            _divider(canvas)
        canvas.showPage()
    canvas.save()
    write_atomic(path, buffer.getvalue(), replace=replace)
    return problems


def _columns(count: int) -> list[tuple[float, float]]:
    """(left, width) of each language's column on the page: one, or two side by side."""
    margin = PAGE[1] * 0.05
    if count == 1:
        return [(margin, PAGE[0] - 2 * margin)]
    width = (PAGE[0] - 4 * margin) / 2
    return [(margin, width), (PAGE[0] / 2 + margin, width)]


def _divider(canvas: Any) -> None:
    from reportlab.lib.colors import HexColor

    canvas.setStrokeColor(HexColor(COLOURS["divider"]))
    canvas.setLineWidth(0.75)
    canvas.line(PAGE[0] / 2, 0, PAGE[0] / 2, PAGE[1])


def _picture(path: Path) -> Any:
    """The image decoded once and scaled to the printed box, on the page's colour (a reportlab
    ``ImageReader``), or None when it cannot be decoded or is no longer what the check saw."""
    from PIL import Image, ImageOps
    from reportlab.lib.utils import ImageReader

    margin = PAGE[1] * 0.05
    box = (round((PAGE[0] - 2 * margin) / 72 * PRINT_DPI), round(PAGE[1] * IMAGE_SHARE / 72 * PRINT_DPI))
    try:
        with Image.open(path) as source:
            if (source.format or "").casefold() not in {f.casefold() for f in FORMATS}:
                return None
            if not fits_limits(*source.size):
                return None
            source.thumbnail(box)  # JPEG decodes at a reduced scale; the rest are scaled after decoding
            upright = ImageOps.exif_transpose(source).convert("RGBA")
        flat = Image.new("RGB", upright.size, COLOURS["background"])
        flat.paste(upright, mask=upright.getchannel("A"))
        return ImageReader(flat)
    except Exception:  # any decoder failure (truncated, corrupt, a bomb) means: print without it
        return None


def _background(canvas: Any) -> None:
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(COLOURS["background"]))
    canvas.rect(0, 0, PAGE[0], PAGE[1], stroke=0, fill=1)


def _holding(canvas: Any, titles: list[str]) -> None:
    """The first page: the workshop's title (in each language, one under the other)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.utils import simpleSplit

    _regular, bold = register_fonts()
    _background(canvas)
    size = PAGE[1] * TYPE_SCALE["holding"][0] * (1.0 if len(titles) == 1 else 0.75)
    lines = [line for title in titles for line in simpleSplit(title, bold, size, PAGE[0] * 0.8)]
    canvas.setFillColor(HexColor(COLOURS["title"]))
    canvas.setFont(bold, size)
    y = PAGE[1] / 2 + len(lines) * size * 0.6
    for line in lines:
        y -= size * 1.2
        canvas.drawCentredString(PAGE[0] / 2, y, line)
    canvas.showPage()


def _blocks(texts: dict[str, str], scale: float, width: float) -> list[tuple[str, list[str], float, bool]]:
    from reportlab.lib.utils import simpleSplit

    regular, bold = register_fonts()
    blocks = []
    for role in SLIDE_ROLES:
        if not texts.get(role):
            continue
        share, is_bold = TYPE_SCALE[role]
        size = PAGE[1] * share * scale
        lines: list[str] = []
        for paragraph in texts[role].split("\n"):
            lines += simpleSplit(paragraph, bold if is_bold else regular, size, width)
        blocks.append((role, lines, size, is_bold))
    return blocks


def _height(blocks: list[tuple[str, list[str], float, bool]], scale: float) -> float:
    gap = PAGE[1] * 0.025 * scale
    return sum(len(lines) * size * 1.22 for _role, lines, size, _bold in blocks) + gap * len(blocks)


def _slide(
    canvas: Any,
    slide: AudienceSlide,
    language: str,
    picture: Any = None,
    column: tuple[float, float] | None = None,
    progress: bool = True,
    half: bool = False,
) -> None:
    """One language's slide in ``column`` (its left edge and width; the whole page by default),
    its type fitted to its own text (down to ``HALF_MIN_SCALE`` in a ``half`` of the page)."""
    from reportlab.lib.colors import HexColor

    regular, bold = register_fonts()
    margin = PAGE[1] * 0.05
    x, width = column or (margin, PAGE[0] - 2 * margin)
    floor = HALF_MIN_SCALE if half else MIN_SCALE
    texts = slide_texts(slide, language)
    top = PAGE[1] - margin - PAGE[1] * TYPE_SCALE["progress"][0] * 1.6
    image_height = PAGE[1] * IMAGE_SHARE if picture is not None else 0.0
    available = top - margin - image_height
    scale = 1.0
    blocks = _blocks(texts, scale, width)
    while _height(blocks, scale) > available and scale > floor:
        scale = max(floor, scale - 0.05)
        blocks = _blocks(texts, scale, width)
    if progress:
        canvas.setFillColor(HexColor(COLOURS["muted"]))
        canvas.setFont(regular, PAGE[1] * TYPE_SCALE["progress"][0])
        canvas.drawString(x, PAGE[1] - margin - PAGE[1] * TYPE_SCALE["progress"][0], texts["progress"])
    y = top
    gap = PAGE[1] * 0.025 * scale
    for role, lines, size, is_bold in blocks:
        colour = {"title": COLOURS["title"], "sources": COLOURS["muted"]}.get(role, COLOURS["text"])
        canvas.setFillColor(HexColor(colour))
        canvas.setFont(bold if is_bold else regular, size)
        for line in lines:
            y -= size * 1.22
            canvas.drawString(x, y, line)
        y -= gap
    if picture is not None:
        canvas.drawImage(
            picture,
            x,
            max(margin, y - image_height),
            width=width,
            height=image_height,
            preserveAspectRatio=True,
            anchor="s",  # centred, as on the projector
        )
