"""The bundled DejaVu fonts registered with reportlab, so Cyrillic and Kazakh letters render."""

from __future__ import annotations

import re
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
    from reportlab.pdfbase import pdfmetrics, ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # letters beyond 16 bits read back as themselves
    folder = assets_dir() / "fonts"
    pdfmetrics.registerFont(_font_class()(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(_font_class()(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    return REGULAR, BOLD


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a subset, each letter written in UTF-16 (reportlab writes its
    code in four hex digits, so 😎, U+1F60E, read back as U+1F60, "ὠ": a surrogate pair instead)."""
    letters = [f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>" for i, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *letters,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


MISSING_MARK = "\u25a1"
"""What the PDF prints for a letter its fonts cannot draw (an emoji DejaVu lacks: 📜, 🥹, ✨): a white
square, drawn and read back as itself, not the font's empty glyph read back as the emoji."""


def drawable(text: str) -> str:
    """``text`` with every letter that the bundled fonts (regular and bold) cannot draw replaced
    by ``MISSING_MARK``; line ends and tabs are left as they are (the layout reads them)."""
    missing = set(text) - _drawn()
    if not missing:
        return text
    return text.translate({ord(letter): MISSING_MARK for letter in missing})


@cache
def _drawn() -> frozenset[str]:
    from reportlab.pdfbase import pdfmetrics

    regular, bold = (pdfmetrics.getFont(name).face.charToGlyph for name in register_fonts())
    return frozenset(chr(code) for code in regular.keys() & bold.keys()) | frozenset("\n\t\r\f\v")


def forget_widths() -> None:
    """Drop the word widths remembered while laying out a document (they are words of a report),
    and its letters' codes."""
    from reportlab.pdfbase import pdfmetrics

    for name in register_fonts():
        font = pdfmetrics.getFont(name)
        if isinstance(font, _font_class()):
            font.widths_seen.clear()
            font.codes_seen.clear()


@cache
def _font_class() -> type[Any]:
    """reportlab's TTFont measuring each distinct word once (its line breaking asks the width of
    every word of every paragraph in pure Python, and a long note repeats its words thousands of
    times), and encoding a string whose letters all have their code in the document already with
    two ``str.translate`` calls instead of a Python step a letter: the same subsets and bytes."""
    from reportlab.pdfbase.ttfonts import TTFont

    class WidthRememberingTTFont(TTFont):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.widths_seen: dict[tuple[str, float], float] = {}
            self.codes_seen: dict[Any, tuple[int, frozenset[str], dict[int, str]]] = {}

        def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:
            key = (text, size)
            width = self.widths_seen.get(key)
            if width is None:
                width = super().stringWidth(text, size, encoding)
                if len(self.widths_seen) >= WIDTHS_KEPT:
                    self.widths_seen.clear()
                self.widths_seen[key] = width
            return width

        def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
            state = self.state.get(doc) if isinstance(text, str) else None
            if state is None:
                return list(super().splitString(text, doc, encoding))
            assignments = state.assignments
            known = self.codes_seen.get(doc)
            if known is None or known[0] != len(assignments):  # letters were added: read them again
                table = {code: chr(n) for code, n in assignments.items()}
                if 32 in assignments:
                    table[0xA0] = table[32]  # reportlab prints a no-break space as a space
                known = (len(assignments), frozenset(map(chr, table)), table)
                self.codes_seen[doc] = known
            if not known[1].issuperset(text):
                return list(super().splitString(text, doc, encoding))  # a new letter: reportlab assigns it
            # each letter as its code (subset * 256 + byte, below 65,536), as two bytes
            coded = text.translate(known[2]).encode("utf-16-be")
            subsets, low = coded[0::2], coded[1::2]
            return [(subsets[run.start()], low[run.start() : run.end()]) for run in _RUN.finditer(subsets)]

    return WidthRememberingTTFont


_RUN = re.compile(rb"(.)\1*", re.DOTALL)
"""A run of equal bytes: letters of one subset."""


def escaping_canvas() -> type[Any]:
    """reportlab's canvas escaping the bytes of a string in a PDF with ``str.translate`` (the same
    escapes as reportlab's pure-Python ``escapePDF``, a Python step a byte)."""
    return _escaping_canvas()


@cache
def _escaping_canvas() -> type[Any]:
    from reportlab.lib.rl_accel import escapePDF
    from reportlab.pdfgen.canvas import Canvas

    table = {byte: escapePDF(bytes([byte])) for byte in range(256)}

    class EscapingCanvas(Canvas):  # type: ignore[misc]
        def _escape(self, s: Any) -> str:
            if isinstance(s, bytes):
                return s.decode("latin-1").translate(table)
            return str(escapePDF(s))

    return EscapingCanvas


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
