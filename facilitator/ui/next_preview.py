"""The console's preview of what the projector shows after the next press of Next (pdfpc style).

The next screen is laid out once, offscreen, at the projector's own size, by the same view the
projector uses (one language or two), and scaled down into a thumbnail: line breaks and type sizes
are the room's, however small the console's column is. It is rebuilt when the step, the screen or
the projector's size changes, never on a timer tick; resizing the console only rescales the picture.
Built from ``SessionBridge.next_slide()`` (audience content) or the closing screen, nothing else.

When the next step is a film whose file is there, the projector will show the film's first frame,
paused, on black: so does the preview, once the film's first picture is decoded (silently, once per
file, by a ``FilmProbe``; black until then, as the projector is black until its first frame). A
film that is missing or does not play shows its step's slide (its title), as the projector will.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QWidget

from facilitator.ui.audience_window import room_view
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge

if TYPE_CHECKING:  # QtMultimedia loads with the first film, not at start
    from facilitator.ui.film_probe import FilmProbe

PROJECTOR_SIZE = QSize(1920, 1080)
"""The size the next screen is laid out at while no projector is shown (rehearsal)."""
MIN_PROJECTOR = QSize(640, 360)


def projector_target(size: QSize) -> QSize:
    """The size to lay the room's screen out at: the projector view's, or a 16:9 screen while
    none is shown (or it is too small to be one)."""
    small = size.width() < MIN_PROJECTOR.width() or size.height() < MIN_PROJECTOR.height()
    return PROJECTOR_SIZE if small else size


class NextPreview(QLabel):
    def __init__(
        self,
        bridge: SessionBridge,
        projector_size: Callable[[], QSize],
        timer_shown: Callable[[], bool] = lambda: True,
        parent: QWidget | None = None,
        draw: bool = True,
    ) -> None:
        """``projector_size``: the projector view's size (empty when none is shown);
        ``timer_shown``: whether the room sees the timer (its row takes room on the screen);
        ``draw``: False leaves the picture empty until ``start_drawing`` (as ``Preview``)."""
        super().__init__(parent)
        self._waiting = not draw
        self.setObjectName("next-preview")
        self.setAccessibleName(translate("Console", "Preview of what the projector shows next"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(72, 40)  # the column gives it room; the laptop must still fit
        self._bridge = bridge
        self._projector_size = projector_size
        self._timer_shown = timer_shown
        self.view = room_view(bridge, self)
        """The next screen at the projector's size; never shown, only drawn into ``_picture``."""
        self.view.setObjectName("next-preview-view")
        self.view.hide()
        self._picture = QPixmap()
        self._film: Path | None = None
        """The film whose first frame the next screen is (None: the next screen is a slide)."""
        self.stills: FilmProbe | None = None
        """Decodes each next film's first picture (made with the first film)."""
        for signal in (bridge.step_changed, bridge.display_changed, bridge.session_started):
            signal.connect(self.refresh)
        self.refresh()

    @property
    def showing_film(self) -> bool:
        """The next screen is a film's first frame (or black while it is decoded), not a slide."""
        return self._film is not None

    def visible_text(self) -> str:
        """The text the next screen shows: none on a film's frame."""
        return "" if self.showing_film else self.view.visible_text()

    def start_drawing(self) -> None:
        """Draw the picture from now on (at once, as the next screen is now)."""
        self._waiting = False
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Lay out the next screen at the projector's size and take its picture."""
        if self._waiting:
            return  # drawn once, as things are then, by ``start_drawing``
        bridge = self._bridge
        view = self.view
        view.set_comfort(bridge.text_scale, bridge.high_contrast)
        view.resize(self._target())
        slide = bridge.next_slide()
        if slide is None:
            view.show_closing(bridge.plan.title)
        else:
            view.show_slide(slide)
        view.show_timer(bridge.next_timer(self._timer_shown()))
        self._film = self._next_film() if slide is not None else None
        if self._film is None:
            self._picture = view.grab()  # lays the hidden view out first, at its new size
        else:
            self._picture = film_screen(self._target(), self._still(self._film))
        self._rescale()

    def _next_film(self) -> Path | None:
        """The next step's film when the projector will show its frame: there, and not known to
        fail (a missing or broken film: the projector shows the step's slide instead)."""
        lookup = self._bridge.next_film()
        if lookup is None or lookup.path is None:
            return None
        stills = self._stills()
        if stills.results.get(lookup.path):
            return None  # tried, and it does not play
        stills.add(lookup.path)  # nothing when tried already
        return lookup.path

    def release(self) -> None:
        """The console is going: let go of the player that decodes the first pictures."""
        if self.stills is not None:
            self.stills.release()

    def _stills(self) -> FilmProbe:
        if self.stills is None:
            from facilitator.ui.film_probe import FilmProbe

            self.stills = FilmProbe([], self)
            self.stills.checked.connect(self._still_checked)
        return self.stills

    def _still(self, path: Path) -> QImage | None:
        return self.stills.frames.get(path) if self.stills is not None else None

    def _still_checked(self, path: object) -> None:
        if path == self._film:
            self.refresh()  # its first picture, or the slide when it does not play

    def _rescale(self) -> None:
        if self._picture.isNull() or self.width() < 2 or self.height() < 2 or not self.isVisible():
            return  # hidden (the console being built): scaled once it is shown, at its real size
        mode = Qt.TransformationMode.SmoothTransformation
        self.setPixmap(self._picture.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio, mode))

    @property
    def next_screen(self) -> QPixmap:
        """The next screen at the projector's size (tests probe it)."""
        return self._picture

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._picture.size() != self._target():
            self.refresh()  # the projector's size changed while the console was hidden
        else:
            self._rescale()

    def _target(self) -> QSize:
        return projector_target(self._projector_size())

    def sizeHint(self) -> QSize:
        return QSize(240, 135)


def film_screen(size: QSize, frame: QImage | None) -> QPixmap:
    """The projector showing a film's frame: black, with the frame as large as fits, centred and
    in its own proportions (as the projector's film view fits it); black alone without a frame."""
    screen = QPixmap(size)
    screen.fill(QColor("black"))
    if frame is not None and not frame.isNull():
        shape = frame.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        box = QStyle.alignedRect(
            Qt.LayoutDirection.LeftToRight,
            Qt.AlignmentFlag.AlignCenter,
            shape,
            QRect(0, 0, size.width(), size.height()),
        )
        painter = QPainter(screen)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(box, frame)
        painter.end()
    return screen
