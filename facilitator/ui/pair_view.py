"""Two languages on the projector at once: two audience views, side by side or stacked.

A wide screen (16:9, 16:10) puts them side by side, a squarer one (4:3, 5:4) one above the other;
each half fits its own type size to its own text. The room sees one timer (top right of the screen)
and one "3 / 11"; each half names the current phase in its own language. Like ``AudienceView`` it is
a dumb view handed ``AudienceSlide`` values only (the first carries the second as ``companion``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from facilitator.presentation import AudienceSlide, AudienceTimer, TimerLevel
from facilitator.ui import theme
from facilitator.ui.audience_view import AudienceView, Display

SIDE_BY_SIDE_FROM = 1.5
"""Width over height from which the halves stand side by side (16:10 is 1.6, 4:3 is 1.33)."""
DIVIDER = 2
"""Pixels of the thin line between the two halves."""
HALF_MIN_SCALE = 0.35
"""A half side by side is as tall as the screen but half as wide: its type may shrink further,
down to what a single-language 4:3 screen allows at its smallest (0.35 × 1080 ≈ 0.5 × 768)."""


class PairView(QWidget):
    def __init__(
        self, languages: tuple[str, str], titles: tuple[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pair-view")
        self._titles = titles
        self.panes = (AudienceView(languages[0], self), AudienceView(languages[1], self))
        self.panes[1].progress_shown = False
        for pane in self.panes:
            pane.min_scale = HALF_MIN_SCALE
            pane.timer_row = True
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(DIVIDER)
        for pane in self.panes:
            self._layout.addWidget(pane, 1)
        self._timer = AudienceTimer("", TimerLevel.NORMAL, "")

    @property
    def side_by_side(self) -> bool:
        return self._layout.direction() is QBoxLayout.Direction.LeftToRight

    @property
    def display(self) -> Display:
        return self.panes[0].display

    @property
    def scale(self) -> float:
        return min(pane.scale for pane in self.panes)

    def show_holding(self, _title: str = "") -> None:
        """The workshop's title in both languages (the pair's own titles)."""
        for pane, title in zip(self.panes, self._titles, strict=True):
            pane.show_holding(title)
        self.update()

    def show_closing(self, _title: str = "") -> None:
        for pane, title in zip(self.panes, self._titles, strict=True):
            pane.show_closing(title)
        self.update()

    def show_slide(self, slide: AudienceSlide) -> None:
        if not isinstance(slide, AudienceSlide) or not isinstance(slide.companion, AudienceSlide):
            raise TypeError("the two-language view shows an AudienceSlide with its companion only")
        self.panes[0].show_slide(replace(slide, companion=None))
        self.panes[1].show_slide(slide.companion)
        self.update()

    def blank(self, colour: Display) -> None:
        for pane in self.panes:
            pane.blank(colour)
        self.update()

    def show_timer(self, timer: AudienceTimer) -> None:
        """One timer, in the half at the screen's top right; each half's phase in its language."""
        if not isinstance(timer, AudienceTimer):
            raise TypeError("the audience view shows AudienceTimer only")
        self._timer = timer
        keeper = 1 if self.side_by_side else 0
        phases = (timer.phase, timer.companion_phase or timer.phase)
        for number, pane in enumerate(self.panes):
            text = timer.text if number == keeper else ""
            pane.show_timer(AudienceTimer(text, timer.level, phases[number]))

    def set_comfort(self, text_scale: float, high_contrast: bool) -> None:
        for pane in self.panes:
            pane.set_comfort(text_scale, high_contrast)

    def visible_text(self) -> str:
        """Everything a person in the room could read now, both halves."""
        return "\n".join(text for text in (pane.visible_text() for pane in self.panes) if text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.width() >= SIDE_BY_SIDE_FROM * max(1, self.height())
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction is not self._layout.direction():
            self._layout.setDirection(direction)
            self.show_timer(self._timer)  # the timer moves to the half now at the top right
        for pane in self.panes:  # side by side, the two titles start on one line, timer shown or not
            pane.keep_top_row = wide
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The divider: a muted line on content, nothing on a black or white screen."""
        painter = QPainter(self)
        colour = {Display.BLACK: theme.BLACK, Display.WHITE: theme.WHITE}.get(self.display, theme.DIVIDER)
        painter.fillRect(self.rect(), colour)
        painter.end()
