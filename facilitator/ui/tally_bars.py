"""The room's answers to a tally as bars on the projector: label, bar, count and per cent.

It is handed ``TallyShown`` values only (built from audience content and counts), and draws bars
only for tallies whose threshold is reached: under it, a ``TallyShown`` carries no counts at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.presentation import TallyBar, TallyShown, audience_word
from facilitator.ui import theme

ROW_SPACING = 0.45
"""Space between rows, as a share of the row's line height."""
NATIONAL_ROW = 0.7
"""Height of the national figure's row under an answer's bar, as a share of a line."""
NATIONAL_TYPE = 0.55
"""The national figure's type, as a share of the bars' type."""


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def bar_text(bar: TallyBar) -> str:
    """What is written at the end of a bar: ``"7 · 41%"``."""
    return f"{bar.count} · {bar.percent}%"


class TallyBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tally-bars")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._groups: tuple[tuple[str, tuple[TallyBar, ...]], ...] = ()
        self._font = QFont(theme.FONT_FAMILY)
        self._language = "en"
        self._high_contrast = False

    def show_tallies(self, tallies: Sequence[TallyShown], language: str) -> None:
        numbered = len(tallies) > 1
        self._groups = tuple(
            (f"{n}." if numbered else "", tally.bars) for n, tally in enumerate(tallies, 1) if tally.bars
        )
        self._language = language
        self.update()

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self.update()

    def has_bars(self) -> bool:
        return bool(self._groups)

    def texts(self) -> list[str]:
        """Every word and number drawn (for ``AudienceView.visible_text`` and the tests)."""
        national = audience_word(self._language, "national")
        lines: list[str] = []
        for number, bars in self._groups:
            for bar in bars:
                lines.append(f"{number} {bar.label}: {bar_text(bar)}".strip())
                if bar.national is not None:
                    lines.append(f"{national}: {_number(bar.national)}%")
        return lines

    def needed_height(self, font: QFont) -> int:
        """Height of the bars drawn in ``font`` (0 with nothing to draw)."""
        if not self._groups:
            return 0
        line = QFontMetrics(font).height()
        height = 0
        for _, bars in self._groups:
            for bar in bars:
                height += line + round(line * ROW_SPACING)
                if bar.national is not None:
                    height += round(line * NATIONAL_ROW)
            height += round(line * ROW_SPACING)
        return height - round(line * ROW_SPACING)

    def set_font_for_bars(self, font: QFont) -> None:
        self._font = font
        self.setFixedHeight(self.needed_height(font))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self.needed_height(self._font))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._groups:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        metrics = QFontMetrics(self._font)
        line = metrics.height()
        text_colour = theme.CONTRAST_TEXT if self._high_contrast else theme.AUDIENCE_TEXT
        accent = theme.CONTRAST_ACCENT if self._high_contrast else theme.AUDIENCE_ACCENT
        muted = theme.CONTRAST_TEXT if self._high_contrast else theme.AUDIENCE_MUTED
        labels = [f"{number} {bar.label}".strip() for number, bars in self._groups for bar in bars]
        widest = max(metrics.horizontalAdvance(label) for label in labels) + metrics.averageCharWidth()
        label_width = min(widest, self.width() // 3)
        end_width = metrics.horizontalAdvance("0000 · 100%")
        gap = line // 2
        bar_left = label_width + gap
        bar_span = max(1, self.width() - bar_left - gap - end_width)
        small = QFont(self._font)
        small.setPixelSize(max(8, round(self._font.pixelSize() * NATIONAL_TYPE)))
        national_word = audience_word(self._language, "national")
        y = 0
        for number, bars in self._groups:
            for bar in bars:
                label = f"{number} {bar.label}".strip()
                painter.setFont(self._font)
                painter.setPen(text_colour)
                elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
                painter.drawText(QRect(0, y, label_width, line), Qt.AlignmentFlag.AlignVCenter, elided)
                thickness = line * 0.8
                width = bar_span * bar.percent / 100
                painter.fillRect(
                    QRectF(bar_left, y + (line - thickness) / 2, max(width, 2.0), thickness), accent
                )
                painter.drawText(
                    QRect(round(bar_left + width + gap), y, end_width + gap, line),
                    Qt.AlignmentFlag.AlignVCenter,
                    bar_text(bar),
                )
                y += line
                if bar.national is not None:  # a thin bar of its own under the room's, labelled
                    band = round(line * NATIONAL_ROW)
                    national_width = bar_span * bar.national / 100
                    height = band * 0.45
                    painter.fillRect(
                        QRectF(bar_left, y + (band - height) / 2, max(national_width, 2.0), height),
                        QColor(muted),
                    )
                    painter.setFont(small)
                    painter.setPen(muted)
                    painter.drawText(
                        QRectF(bar_left + national_width + gap, y, self.width(), band),
                        Qt.AlignmentFlag.AlignVCenter,
                        f"{national_word}: {_number(bar.national)}%",
                    )
                    y += band
                y += round(line * ROW_SPACING)
            y += round(line * ROW_SPACING)
        painter.end()
