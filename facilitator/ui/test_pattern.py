"""A test pattern for the projector: edges, a grid, colours and text at the audience window's size."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from facilitator.presentation import TYPE_SCALE
from facilitator.ui import theme
from facilitator.ui.i18n import translate

KAZAKH_LETTERS = "Ә Ғ Қ Ң Ө Ұ Ү Һ І — ә ғ қ ң ө ұ ү һ і"
BARS = ("#ffffff", "#f6e05e", "#4fd1c5", "#68d391", "#d53f8c", "#e53e3e", "#3182ce", "#000000")


class TestPattern(QWidget):
    """Shown full screen on the projector; any key or click closes it."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("test-pattern")
        self.setWindowTitle(translate("TestPattern", "Facilitator test pattern"))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        width, height = self.width(), self.height()
        painter.fillRect(self.rect(), theme.AUDIENCE_BACKGROUND)
        bar = width / len(BARS)
        for index, colour in enumerate(BARS):
            painter.fillRect(QRect(round(index * bar), 0, round(bar) + 1, height // 6), QColor(colour))
        painter.setPen(QColor("#5a6470"))
        for x in range(0, width, max(1, width // 16)):
            painter.drawLine(x, height // 6, x, height)
        for y in range(height // 6, height, max(1, height // 9)):
            painter.drawLine(0, y, width, y)
        painter.setPen(QColor("#c53030"))
        painter.drawRect(0, 0, width - 1, height - 1)  # every edge must be visible on the wall
        font = QFont(theme.FONT_FAMILY)
        font.setPixelSize(round(height * TYPE_SCALE["text"][0]))
        painter.setFont(font)
        painter.setPen(theme.AUDIENCE_TEXT)
        painter.drawText(
            QRect(0, height // 3, width, height // 2),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            f"{width} × {height}\n"
            + translate("TestPattern", "Can you read this from the back row?")
            + f"\n{KAZAKH_LETTERS}",
        )
        painter.end()

    def keyPressEvent(self, _event: QKeyEvent) -> None:
        self.close()

    def mousePressEvent(self, _event: QMouseEvent) -> None:
        self.close()
