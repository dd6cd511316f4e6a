"""The audience view: one slide of audience content, a holding screen, or black or white.

It is a dumb view. It is handed an ``AudienceSlide`` (audience content only) and shows it; the
console's preview is another instance of this same widget, so the preview is exactly what the room
sees. Type is sized from the widget's height, shrinks to fit long Russian and Kazakh text down to a
readable minimum, and wraps; it is never clipped silently.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from facilitator.presentation import AudienceSlide, TimerLevel, audience_word
from facilitator.ui import theme

MIN_SCALE = 0.5


class Display(StrEnum):
    HOLDING = "holding"
    SLIDE = "slide"
    BLACK = "black"
    WHITE = "white"


def _label(role: str) -> QLabel:
    label = QLabel()
    label.setObjectName(role)
    label.setTextFormat(Qt.TextFormat.PlainText)  # plan text is never interpreted as HTML
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # the view sizes type to fit
    return label


class AudienceView(QWidget):
    # (role, size as a share of the view's height, bold)
    _ROLES: ClassVar[dict[str, tuple[float, bool]]] = {
        "title": (0.085, True),
        "text": (0.050, False),
        "items": (0.050, False),
        "questions": (0.052, False),
        "facts": (0.050, True),
        "sources": (0.030, False),
        "holding": (0.090, True),
        "progress": (0.030, False),
        "timer": (0.060, True),
    }

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience-view")
        self.setAutoFillBackground(False)
        self._language = language
        self._display = Display.HOLDING
        self._slide: AudienceSlide | None = None
        self._scale = 1.0
        self._labels = {role: _label(role) for role in self._ROLES}
        self._timer_visible = True
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
        top.addWidget(labels["timer"], 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(top)
        for role in ("holding", "title", "text", "items", "questions", "facts", "sources"):
            outer.addWidget(labels[role])
        outer.addStretch(1)
        labels["holding"].setAlignment(Qt.AlignmentFlag.AlignCenter)
        labels["timer"].setWordWrap(False)
        labels["progress"].setWordWrap(False)
        labels["timer"].setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        labels["progress"].setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 90)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    # -- what to show -------------------------------------------------------------------------
    @property
    def display(self) -> Display:
        return self._display

    def show_holding(self, title: str) -> None:
        self._labels["holding"].setText(title)
        self._set_display(Display.HOLDING)

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
        label.setStyleSheet(f"color: {colour};")
        label.setProperty("level", level.value)
        label.setVisible(visible and bool(text) and self._display is Display.SLIDE)
        self._timer_visible = visible and bool(text)

    def set_language(self, language: str) -> None:
        self._language = language
        if self._slide is not None:
            self._fill(self._slide)

    def visible_text(self) -> str:
        """Every piece of text a person in the room could read now (used by tests and checks)."""
        if self._display in (Display.BLACK, Display.WHITE):
            return ""
        return "\n".join(
            label.text() for label in self._labels.values() if label.isVisibleTo(self) and label.text()
        )

    # -- internals -----------------------------------------------------------------------------
    def _fill(self, slide: AudienceSlide) -> None:
        content = slide.content
        labels = self._labels
        labels["title"].setText(slide.title)
        labels["text"].setText(content.text or "")
        labels["items"].setText("\n".join(f"•  {item}" for item in content.items))
        labels["questions"].setText("\n".join(f"{n}.  {q}" for n, q in enumerate(content.questions, 1)))
        shown = [fact for fact in content.facts if slide.revealed or not fact.reveal]
        hidden = len(shown) < len(content.facts)
        facts = [fact.text for fact in shown]
        if hidden:
            facts.append(audience_word(self._language, "guess"))
        labels["facts"].setText("\n".join(facts))
        source_word = audience_word(self._language, "source")
        sources = dict.fromkeys(fact.source for fact in shown)
        labels["sources"].setText("\n".join(f"{source_word}: {source}" for source in sources))
        labels["progress"].setText(f"{slide.number} / {slide.total}")

    def _set_display(self, display: Display) -> None:
        self._display = display
        slide_roles = {"title", "text", "items", "questions", "facts", "sources", "progress"}
        for role, label in self._labels.items():
            if display is Display.SLIDE:
                visible = role in slide_roles and bool(label.text())
                if role == "timer":
                    visible = self._timer_visible
            elif display is Display.HOLDING:
                visible = role == "holding"
            else:
                visible = False
            label.setVisible(visible)
        self._fit()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _apply_fonts(self, scale: float) -> None:
        height = max(self.height(), 120)
        for role, (share, bold) in self._ROLES.items():
            font = QFont(theme.FONT_FAMILY)
            font.setPixelSize(
                max(9, round(height * share * (1.0 if role in {"timer", "progress"} else scale)))
            )
            font.setBold(bold)
            self._labels[role].setFont(font)
        margin = round(height * 0.05)
        self._outer.setContentsMargins(margin, round(margin * 0.6), margin, margin)
        self._outer.setSpacing(round(height * 0.025 * scale))

    def _content_height(self) -> int:
        width = self.width() - self._outer.contentsMargins().left() - self._outer.contentsMargins().right()
        visible = [label for label in self._labels.values() if not label.isHidden()]
        total = sum(max(label.heightForWidth(width), label.sizeHint().height()) for label in visible)
        return total + self._outer.spacing() * max(0, len(visible) - 1)

    def _fit(self) -> None:
        """Largest type (up to the design size) at which everything fits; never below MIN_SCALE."""
        available = (
            self.height() - self._outer.contentsMargins().top() - self._outer.contentsMargins().bottom()
        )
        scale = 1.0
        while True:
            self._apply_fonts(scale)
            if scale <= MIN_SCALE or self._content_height() <= available:
                break
            scale = max(MIN_SCALE, scale - 0.05)
        self._scale = scale

    @property
    def scale(self) -> float:
        return self._scale

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = {
            Display.BLACK: theme.BLACK,
            Display.WHITE: theme.WHITE,
        }.get(self._display, theme.AUDIENCE_BACKGROUND)
        painter.fillRect(self.rect(), colour)
        painter.end()
