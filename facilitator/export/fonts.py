"""The bundled DejaVu fonts registered with reportlab, so Cyrillic and Kazakh letters render."""

from __future__ import annotations

from functools import cache
from typing import Any

from facilitator.resources import assets_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


WIDTHS_KEPT = 200_000
"""Word widths a font remembers while a document is laid out (see ``forget_widths``)."""


@cache
def register_fonts() -> tuple[str, str]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    folder = assets_dir() / "fonts"
    pdfmetrics.registerFont(_font_class()(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(_font_class()(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    return REGULAR, BOLD


def forget_widths() -> None:
    """Drop the word widths remembered while laying out a document (they are words of a report)."""
    from reportlab.pdfbase import pdfmetrics

    for name in register_fonts():
        font = pdfmetrics.getFont(name)
        if isinstance(font, _font_class()):
            font.widths_seen.clear()


@cache
def _font_class() -> type[Any]:
    """reportlab's TTFont measuring each distinct word once: its line breaking asks the width of
    every word of every paragraph in pure Python (a long note repeats its words thousands of times)."""
    from reportlab.pdfbase.ttfonts import TTFont

    class WidthRememberingTTFont(TTFont):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.widths_seen: dict[tuple[str, float], float] = {}

        def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:
            key = (text, size)
            width = self.widths_seen.get(key)
            if width is None:
                width = super().stringWidth(text, size, encoding)
                if len(self.widths_seen) >= WIDTHS_KEPT:
                    self.widths_seen.clear()
                self.widths_seen[key] = width
            return width

    return WidthRememberingTTFont


def a4_document(buffer: Any, margin_cm: float, title: str) -> Any:
    """An A4 platypus document written to ``buffer``: metadata with no personal data (a title, no
    author, subject or keywords; no dates or ids: ``invariant``), every page starting in DejaVu so
    reportlab's Helvetica is never referenced."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    regular, _bold = register_fonts()
    margin = margin_cm * cm
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author="",
        subject="",
        creator="Facilitator",
        keywords="",
        invariant=True,
        initialFontName=regular,
    )
