"""Lists on the projector: a bullet's or a number's wrapped lines start under its text, not under
the mark (a hanging indent), as on a printed handout.

One function (``list_lines``) breaks the lines and places them; the audience view measures with
it while it fits its type to the screen, and ``ListLabel`` paints what it returns. What was
measured is what is drawn, on the projector and in the console's previews alike (same text, font
and width: same lines). The plan's words are drawn as plain text, never read as HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

MARK_GAP = "  "
"""Between the widest mark and the text column."""
_MARKED = re.compile(r"(•|\d+\.)\s+(.*)")


@dataclass(frozen=True)
class ShownLine:
    """One line as drawn: where it starts (pixels from the label's top left) and its words."""

    x: int
    y: int
    text: str


def marked(line: str) -> tuple[str, str] | None:
    """The line's mark ("•", "2.") and its words, or None for a line with no mark."""
    match = _MARKED.fullmatch(line)
    return (match.group(1), match.group(2)) if match else None


def _wrapped(words: str, font: QFont, width: int) -> list[str]:
    """``words`` broken into lines no wider than ``width`` (at a word boundary where one fits,
    inside a long word otherwise: nothing runs off the screen's edge)."""
    if not words:
        return [""]
    layout = QTextLayout(words, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        lines.append(words[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines


def list_lines(text: str, font: QFont, width: int) -> tuple[list[ShownLine], int]:
    """Every line of ``text`` drawn at ``width`` in ``font``, and the height they take. A marked
    line's mark stands at the left, its words in one column for the whole list (after the widest
    mark), and its wrapped lines under its words; a line with no mark uses the full width."""
    metrics = QFontMetrics(font)
    step = metrics.lineSpacing()
    paragraphs = [(line, marked(line)) for line in text.split("\n")]
    marks = [found[0] for _, found in paragraphs if found]
    column = max((metrics.horizontalAdvance(mark + MARK_GAP) for mark in marks), default=0)
    shown: list[ShownLine] = []
    y = 0
    for line, found in paragraphs:
        if found is None:
            x, words, room = 0, line, width
        else:
            shown.append(ShownLine(0, y, found[0]))
            x, words, room = column, found[1], width - column
        for part in _wrapped(words, font, room):
            shown.append(ShownLine(x, y, part))
            y += step
    return shown, max(0, y - metrics.leading()) if text else 0


class ListLabel(QLabel):
    """A label for a list: its text is plain (``text()`` is what the room reads), drawn by
    ``list_lines`` with a hanging indent; its height for a width is the lines' height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def shown_lines(self) -> list[ShownLine]:
        """The lines as drawn now, at the label's width and font (tests compare views by them)."""
        return list_lines(self.text(), self.font(), self.contentsRect().width())[0]

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        return list_lines(self.text(), self.font(), inner)[1] + margins.top() + margins.bottom()

    def paintEvent(self, event: QPaintEvent) -> None:
        box = self.contentsRect()
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        height = QFontMetrics(self.font()).lineSpacing()
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        flags = top_left.value | Qt.TextFlag.TextSingleLine.value
        for line in self.shown_lines():
            place = QRectF(box.left() + line.x, box.top() + line.y, box.width() - line.x, height)
            painter.drawText(place, flags, line.text)
        painter.end()
