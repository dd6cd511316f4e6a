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
NATIONAL_SHARE = 0.35
"""The national bar's thickness, as a share of the room's bar."""


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

    def _rows(self) -> int:
        return sum(len(bars) for _, bars in self._groups)

    def needed_height(self, font: QFont) -> int:
        """Height of the bars drawn in ``font`` (0 with nothing to draw)."""
        rows = self._rows()
        if not rows:
            return 0
        line = QFontMetrics(font).height()
        return round(rows * line * (1 + ROW_SPACING) + (len(self._groups) - 1) * line * ROW_SPACING)

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
        y = 0
        for number, bars in self._groups:
            for bar in bars:
                label = f"{number} {bar.label}".strip()
                painter.setPen(text_colour)
                elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
                painter.drawText(QRect(0, y, label_width, line), Qt.AlignmentFlag.AlignVCenter, elided)
                thickness = line * 0.8
                top = y + (line - thickness) / 2
                if bar.national is not None:
                    thickness = line * (1 - NATIONAL_SHARE)
                    top = y
                width = bar_span * bar.percent / 100
                painter.fillRect(QRectF(bar_left, top, max(width, 2.0), thickness), accent)
                if bar.national is not None:
                    national_width = bar_span * bar.national / 100
                    national_top = top + thickness + 1
                    national_height = line * NATIONAL_SHARE - 1
                    painter.fillRect(
                        QRectF(bar_left, national_top, max(national_width, 2.0), national_height),
                        QColor(muted),
                    )
                    small = QFont(self._font)
                    small.setPixelSize(max(8, round(self._font.pixelSize() * 0.55)))
                    painter.setFont(small)
                    painter.setPen(muted)
                    painter.drawText(
                        QRectF(bar_left + national_width + gap, national_top - 2, end_width * 2, line),
                        Qt.AlignmentFlag.AlignTop,
                        f"{audience_word(self._language, 'national')}: {_number(bar.national)}%",
                    )
                    painter.setFont(self._font)
                    painter.setPen(text_colour)
                painter.drawText(
                    QRect(round(bar_left + width + gap), y, end_width + gap, line),
                    Qt.AlignmentFlag.AlignVCenter,
                    bar_text(bar),
                )
                y += round(line * (1 + ROW_SPACING))
            y += round(line * ROW_SPACING)
        painter.end()
