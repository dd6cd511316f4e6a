"""Colours and type scale shared by the audience view and the console."""

from __future__ import annotations

from PySide6.QtGui import QColor

AUDIENCE_BACKGROUND = QColor("#fbf8f1")
AUDIENCE_TEXT = QColor("#1b2430")
AUDIENCE_ACCENT = QColor("#0b6e69")
AUDIENCE_MUTED = QColor("#5a6470")
BLACK = QColor("#000000")
WHITE = QColor("#ffffff")
DIVIDER = QColor("#c9c2b4")
"""The line between the two halves of a two-language projector."""

TIMER_COLOURS: dict[str, QColor] = {  # by presentation.TimerLevel (a StrEnum: its values are the keys)
    "normal": QColor("#1b2430"),
    "amber": QColor("#b7791f"),
    "red": QColor("#c53030"),
    "overtime": QColor("#c53030"),
}

FONT_FAMILY = "DejaVu Sans"

# high contrast for washed-out projectors and low vision: white on black, yellow headings
CONTRAST_BACKGROUND = QColor("#000000")
CONTRAST_TEXT = QColor("#ffffff")
CONTRAST_ACCENT = QColor("#ffe14d")


def audience_style(high_contrast: bool = False) -> str:
    """The audience view's own style sheet (it reaches only that view's labels, so the console's
    previews, whatever their object names, look exactly like the projector)."""
    text, accent, muted = (
        (CONTRAST_TEXT, CONTRAST_ACCENT, CONTRAST_TEXT)
        if high_contrast
        else (AUDIENCE_TEXT, AUDIENCE_ACCENT, AUDIENCE_MUTED)
    )
    return f"""
QLabel {{ color: {text.name()}; background: transparent; }}
QLabel#title {{ color: {accent.name()}; }}
QLabel#holding {{ color: {accent.name()}; }}
QLabel#sources,
QLabel#progress {{ color: {muted.name()}; }}
"""


AUDIENCE_STYLE = f"""
QLabel {{ color: {AUDIENCE_TEXT.name()}; background: transparent; }}
QLabel#title {{ color: {AUDIENCE_ACCENT.name()}; }}
QLabel#holding {{ color: {AUDIENCE_ACCENT.name()}; }}
QLabel#sources,
QLabel#progress {{ color: {AUDIENCE_MUTED.name()}; }}
"""
