"""The audience view: one slide of audience content, a holding screen, or black or white.

It is a dumb view. It is handed an ``AudienceSlide`` (audience content only) and shows it; the
console's preview is another instance of this same widget, so the preview is exactly what the room
sees. Type is sized from the widget's height, shrinks to fit long Russian and Kazakh text down to a
readable minimum, and wraps; it is never clipped silently. A bullet's or a number's wrapped lines
start under its text (``list_text``), measured for the fit exactly as they are drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from facilitator.presentation import (
    TYPE_SCALE,
    AudienceSlide,
    AudienceTimer,
    TimerLevel,
    audience_word,
    slide_texts,
)
from facilitator.ui import slide_images, theme
from facilitator.ui.list_text import ListLabel, list_lines
from facilitator.ui.tally_bars import TallyBars

MIN_SCALE = 0.5
IMAGE_SHARE = 0.35
"""Height an image may take, as a share of the view."""
TOP_ROW = ("progress", "phase", "timer")
"""Small fixed-size type along the top: where we are, the phase, the time left."""


class Display(StrEnum):
    HOLDING = "holding"
    SLIDE = "slide"
    BLACK = "black"
    WHITE = "white"
    CLOSING = "closing"
    """After the last step: the workshop's title and a closing line, no timer."""


LIST_ROLES = ("items", "questions", "tallies")
"""Lines that start with a bullet or a number: drawn with a hanging indent (``ListLabel``)."""


def _label(role: str) -> QLabel:
    label = ListLabel() if role in LIST_ROLES else QLabel()
    label.setObjectName(role)
    label.setTextFormat(Qt.TextFormat.PlainText)  # plan text is never interpreted as HTML
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # the view sizes type to fit
    return label


class AudienceView(QWidget):
    # (role, size as a share of the view's height, bold)
    _ROLES = TYPE_SCALE

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience-view")
        self.setAutoFillBackground(False)
        self._language = language
        self._display = Display.HOLDING
        self._slide: AudienceSlide | None = None
        self._scale = 1.0
        self.title_scale = 1.0
        """The title's type as a share of its design size: at most ``scale`` (see ``_fit``)."""
        self._text_scale = 1.0
        self._high_contrast = False
        self._fit_key: tuple[object, ...] | None = None
        self._labels = {role: _label(role) for role in self._ROLES if role != "bars"}
        self.tally_bars = TallyBars()
        """The room's answers to the step's tallies (bars only from the threshold)."""
        self._image = QLabel()
        self._image.setObjectName("image")
        self._image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._picture: QImage | None = None
        """The slide's image, decoded once (shared with every view); scaled once per size."""
        self._picture_path: Path | None = None
        self._picture_box: QSize | None = None
        self._timer_visible = True
        self._phase_visible = False
        self.progress_shown = True
        """False: no "3 / 11" (the second half of a two-language projector leaves it to the first)."""
        self.min_scale = MIN_SCALE
        """The smallest type, as a share of the design size (lower for a half of the screen)."""
        self.timer_row = False
        self._keep_top_row = False
        """True: the top row is as tall as the timer even where the timer is not shown here (the
        halves of a two-language projector then start their titles on one line)."""
        self.setStyleSheet(theme.AUDIENCE_STYLE)
        self._build()
        self.set_timer("", TimerLevel.NORMAL)

    def _build(self) -> None:
        labels = self._labels
        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._outer = outer
        top = QHBoxLayout()
        top.addWidget(labels["progress"], 1)
        top.addWidget(labels["phase"], 0, Qt.AlignmentFlag.AlignRight)
        top.addWidget(labels["timer"], 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(top)
        outer.addStretch(0)  # grows on the holding and closing screens: their text sits mid-screen
        for role in ("holding", "closing", "title", "text", "items", "questions", "tallies", "answers"):
            outer.addWidget(labels[role])
        outer.addWidget(self.tally_bars)
        for role in ("facts", "sources"):
            outer.addWidget(labels[role])
        outer.addWidget(self._image)
        outer.addStretch(1)
        labels["holding"].setAlignment(Qt.AlignmentFlag.AlignCenter)
        labels["closing"].setAlignment(Qt.AlignmentFlag.AlignCenter)
        for role in ("timer", "progress", "phase"):
            labels[role].setWordWrap(False)
        labels["timer"].setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        labels["phase"].setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        labels["progress"].setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @property
    def keep_top_row(self) -> bool:
        """True: a slide's top row keeps its height even with nothing in it (a half beside
        another: with the timer hidden, T, the half without "3 / 11" had no top row, and its title
        stood a row above the other half's, which kept an empty band beside its "3 / 11")."""
        return self._keep_top_row

    @keep_top_row.setter
    def keep_top_row(self, keep: bool) -> None:
        if keep != self._keep_top_row:
            self._keep_top_row = keep
            self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 90)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def hasHeightForWidth(self) -> bool:
        """Never: the view fits its type to the box it is given, so a layout must not size the box
        by the text (the halves of a stacked two-language screen would otherwise split the height
        by the type each had before, and a preview laid out after another size would differ)."""
        return False

    # -- what to show -------------------------------------------------------------------------
    @property
    def display(self) -> Display:
        return self._display

    def show_holding(self, title: str) -> None:
        self._labels["holding"].setText(title)
        self._set_display(Display.HOLDING)

    def show_closing(self, title: str) -> None:
        """The end of the workshop: its title and a closing line in the room's language."""
        self._labels["holding"].setText(title)
        self._labels["closing"].setText(audience_word(self._language, "closing"))
        self._set_display(Display.CLOSING)

    def show_slide(self, slide: AudienceSlide) -> None:
        if not isinstance(slide, AudienceSlide):
            raise TypeError("the audience view shows AudienceSlide only")
        self._slide = slide
        self._fill(slide)
        self._set_display(Display.SLIDE)

    def blank(self, colour: Display) -> None:
        """Black or white screen; the slide underneath is kept (and updated) but not shown."""
        if colour not in (Display.BLACK, Display.WHITE):
            raise ValueError("blank() takes Display.BLACK or Display.WHITE")
        self._set_display(colour)

    def set_timer(self, text: str, level: TimerLevel, visible: bool = True) -> None:
        label = self._labels["timer"]
        label.setText(text)
        colour = theme.TIMER_COLOURS[level].name()
        if self._high_contrast and level is TimerLevel.NORMAL:
            colour = theme.CONTRAST_TEXT.name()
        style = f"color: {colour};"
        if label.styleSheet() != style:  # a new style sheet polishes the label again: only on a change
            label.setStyleSheet(style)
        label.setProperty("level", level.value)
        label.setVisible(visible and bool(text) and self._display is Display.SLIDE)
        self._timer_visible = visible and bool(text)

    def show_timer(self, timer: AudienceTimer) -> None:
        """The room's timer and phase: ``AudienceTimer`` never carries overtime."""
        if not isinstance(timer, AudienceTimer):
            raise TypeError("the audience view shows AudienceTimer only")
        self.set_timer(timer.text, timer.level)
        phase = self._labels["phase"]
        phase.setText(timer.phase)
        self._phase_visible = bool(timer.phase)
        phase.setVisible(self._phase_visible and self._display is Display.SLIDE)
        self._fit()

    def set_language(self, language: str) -> None:
        self._language = language
        if self._slide is not None:
            self._fill(self._slide)

    def set_comfort(self, text_scale: float, high_contrast: bool) -> None:
        """Bigger or smaller type for the room (0.8 to 1.6), and a high-contrast theme."""
        self._text_scale = min(1.6, max(0.8, text_scale))
        self._high_contrast = high_contrast
        style = theme.audience_style(high_contrast)
        if self.styleSheet() != style:  # setting it again polishes every label again (≈ 10 ms a view)
            self.setStyleSheet(style)
        self.tally_bars.set_high_contrast(high_contrast)
        self._fit_key = None
        self._fit()
        self.update()

    def visible_text(self) -> str:
        """Every piece of text a person in the room could read now (used by tests and checks)."""
        if self._display in (Display.BLACK, Display.WHITE):
            return ""
        texts = [label.text() for label in self._labels.values() if label.isVisibleTo(self) and label.text()]
        if self.tally_bars.isVisibleTo(self):
            texts += self.tally_bars.texts()
        return "\n".join(texts)

    # -- internals -----------------------------------------------------------------------------
    def _fill(self, slide: AudienceSlide) -> None:
        for role, text in slide_texts(slide, self._language).items():
            self._labels[role].setText(text)
        self.tally_bars.show_tallies(slide.tallies, self._language)
        if slide.image != self._picture_path:  # a new image: decoded once, whoever shows it
            self._picture_path = slide.image
            self._picture = slide_images.shared().image(slide.image) if slide.image else None
            self._picture_box = None
        self._scale_image()

    def _set_display(self, display: Display) -> None:
        self._display = display
        slide_roles = {
            *("title", "text", "items", "questions", "tallies", "answers", "facts", "sources", "progress")
        }
        for role, label in self._labels.items():
            if display is Display.SLIDE:
                visible = role in slide_roles and bool(label.text())
                if role == "progress":
                    visible = visible and self.progress_shown
                if role == "timer":
                    visible = self._timer_visible
                if role == "phase":
                    visible = self._phase_visible
            elif display is Display.HOLDING:
                visible = role == "holding"
            elif display is Display.CLOSING:
                visible = role in {"holding", "closing"}
            else:
                visible = False
            label.setVisible(visible)
        self._image.setVisible(display is Display.SLIDE and self._picture is not None)
        self.tally_bars.setVisible(display is Display.SLIDE and self.tally_bars.has_bars())
        self._outer.setStretch(1, 1 if display in (Display.HOLDING, Display.CLOSING) else 0)
        self._fit()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_image()
        self._fit()

    def _image_height(self) -> int:
        return self._image.minimumHeight() if not self._image.isHidden() else 0

    def _scale_image(self) -> None:
        if self._picture is None:
            self._image.clear()
            self._image.setFixedHeight(0)
            return
        box = QSize(round(self.width() * 0.9), max(1, round(self.height() * IMAGE_SHARE)))
        if box == self._picture_box:
            return  # already scaled for this size: step changes and repaints scale nothing
        self._picture_box = box
        mode = Qt.TransformationMode.SmoothTransformation
        scaled = QPixmap.fromImage(self._picture.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, mode))
        self._image.setPixmap(scaled)
        self._image.setFixedHeight(scaled.height())

    def _font(self, role: str, scale: float, title: float | None = None) -> QFont:
        """``title``: the title's own scale, when it differs from the rest's (see ``_fit``)."""
        share, bold = self._ROLES[role]
        factor = 1.0 if role in TOP_ROW else title if role == "title" and title is not None else scale
        size = max(9, round(max(self.height(), 120) * share * factor * self._text_scale))
        font = QFont(theme.FONT_FAMILY)
        font.setPixelSize(size)
        font.setBold(bold)
        return font

    def _spacing(self, scale: float) -> int:
        return round(max(self.height(), 120) * 0.025 * scale)

    def _margins(self) -> tuple[int, int]:
        margin = round(max(self.height(), 120) * 0.05)
        return margin, round(margin * 0.6)

    def _needed_height(self, scale: float, width: int, title: float | None = None) -> int:
        """Height the visible text takes at ``scale`` (the title at ``title``, when given),
        measured with font metrics (no relayout)."""
        heights = []
        top_row = [r for r in TOP_ROW if not self._labels[r].isHidden()]
        if top_row and self.timer_row:
            top_row.append("timer")
        if top_row:
            heights.append(max(QFontMetrics(self._font(r, scale)).height() for r in top_row))
        for role, label in self._labels.items():
            if role in TOP_ROW or label.isHidden():
                continue
            font = self._font(role, scale, title)
            if isinstance(label, ListLabel):
                heights.append(list_lines(label.text(), font, width)[1])
                continue
            box = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, label.text()
            )
            heights.append(box.height())
        if self._image_height():
            heights.append(self._image_height())
        if not self.tally_bars.isHidden():
            heights.append(self.tally_bars.needed_height(self._font("bars", scale)))
        return sum(heights) + self._spacing(scale) * max(0, len(heights) - 1) + self._empty_top_row(scale)

    def _empty_top_row(self, scale: float) -> int:
        """Pixels kept above a slide's title for a top row with nothing in it (``keep_top_row``):
        the row's height and the space under it, as where the row holds "3 / 11" or the timer."""
        shown = any(not self._labels[role].isHidden() for role in TOP_ROW)
        if not (self.keep_top_row and self.timer_row) or shown or self._display is not Display.SLIDE:
            return 0
        return QFontMetrics(self._font("timer", scale)).height() + self._spacing(scale)

    def _fit(self) -> None:
        """Largest type (up to the design size) at which everything fits; never below ``min_scale``.
        Then, the title kept at that size, the rest as large as still fits: one more word of the
        title would wrap onto a second line, and that line's height had held every other line
        small, leaving it empty at the bottom (Kazakh's longer words, on half a projector)."""
        side, top = self._margins()
        width = self.width() - 2 * side
        available = (self.height() - top - side) * 0.97  # headroom for rounding between metrics and labels
        texts = (  # the top row's words never change the fit (its type has a fixed size): a tick
            # of the timer lays nothing out again, only a row shown or hidden does
            *(
                (role not in TOP_ROW and label.text()) if not label.isHidden() else None
                for role, label in self._labels.items()
            ),
            self._image_height(),
            tuple(self.tally_bars.texts()) if not self.tally_bars.isHidden() else None,
        )
        key = (self.width(), self.height(), self._keep_top_row, texts)
        if key == self._fit_key:
            return
        self._fit_key = key
        scale, title = 1.0, None
        if self._needed_height(1.0, width) > available:
            scale = self._largest(
                self.min_scale, lambda middle: self._needed_height(middle, width) <= available
            )
            if not self._labels["title"].isHidden() and self._labels["title"].text():
                title = scale
                scale = self._largest(
                    scale, lambda middle: self._needed_height(middle, width, title) <= available
                )
        self._apply(scale, side, top, title)

    @staticmethod
    def _largest(low: float, fits: Callable[[float], bool]) -> float:
        """The largest scale from ``low`` (which fits, or is the floor) to 1.0 that ``fits``
        (a binary search: 7 halvings)."""
        high = 1.0
        for _ in range(7):
            middle = (low + high) / 2
            if fits(middle):
                low = middle
            else:
                high = middle
        return low

    def _apply(self, scale: float, side: int, top: int, title: float | None = None) -> None:
        self._scale = scale
        self.title_scale = scale if title is None else title
        for role, label in self._labels.items():
            font = self._font(role, scale, title)
            if label.font() != font:
                label.setFont(font)
        self.tally_bars.set_font_for_bars(self._font("bars", scale))
        self._outer.setContentsMargins(side, top + self._empty_top_row(scale), side, side)
        self._outer.setSpacing(self._spacing(scale))
        row = QFontMetrics(self._font("timer", scale)).height() if self.timer_row else 0
        self._labels["progress"].setMinimumHeight(row)

    @property
    def scale(self) -> float:
        return self._scale

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = {
            Display.BLACK: theme.BLACK,
            Display.WHITE: theme.WHITE,
        }.get(self._display, theme.CONTRAST_BACKGROUND if self._high_contrast else theme.AUDIENCE_BACKGROUND)
        painter.fillRect(self.rect(), colour)
        painter.end()
