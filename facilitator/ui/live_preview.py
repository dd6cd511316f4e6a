"""The console's live preview: a scaled picture of what the projector shows now.

Like the next-step preview, the screen is laid out offscreen at the projector's own size by the
same view the projector uses (one language or two), with the same content, and its picture is
scaled into the console: line breaks and type sizes are the room's, however small the console's
column is. It is laid out again when the step, a reveal, the screen, the tallies, the timer's phase
or colour, or the projector's size change, never on a tick. When only the countdown's digits
change (once a second at most), the strip of the screen that holds the timer is painted again and
laid into the picture: the slide's big text is neither laid out nor drawn again.

On a film step the film's own frames show instead (a second view of the projector's film), in a
black box of the projector's shape, as the room sees them: a 16:9 film on a 4:3 projector has the
same black bands above and below. The preview takes the column's spare height, up to what a picture
of the projector's shape needs at the column's width, so the room's screen is seen at a useful size.
Built from ``SessionBridge`` audience content only (``present``), nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QStyle, QVBoxLayout, QWidget

from facilitator.presentation import AudienceTimer
from facilitator.ui.audience_view import Display
from facilitator.ui.audience_window import AudienceWindow, present, present_film, present_timer, room_view
from facilitator.ui.film_player import FilmView
from facilitator.ui.i18n import translate
from facilitator.ui.next_preview import projector_target
from facilitator.ui.session_bridge import SessionBridge

PREVIEW_ASPECT = 16 / 9
MIN_HEIGHT = 160


class ProjectorShape(QWidget):
    """``inner`` in the largest box of the projector's shape that fits, centred (the film's view:
    the film then sits in it with the room's black bands)."""

    def __init__(self, inner: QWidget, target: Callable[[], QSize], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = inner
        self._target = target
        inner.setParent(self)

    def box(self) -> QRect:
        """Where the projector's screen is drawn: its shape, as large as fits, centred."""
        target = self._target()
        shape = target.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QStyle.alignedRect(
            Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, shape, self.rect()
        )

    def place(self) -> None:
        self.inner.setGeometry(self.box())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()


class Preview(QWidget):
    """What the room sees now, scaled: the projector's screen laid out at its size, or the film."""

    def __init__(
        self,
        bridge: SessionBridge,
        audience: AudienceWindow,
        projector_size: Callable[[], QSize] | None = None,
        parent: QWidget | None = None,
        draw: bool = True,
    ) -> None:
        """``projector_size``: the projector view's size (empty when none is shown); by default
        the audience window's view while it is visible. ``draw``: False leaves the picture empty
        (and every change undrawn) until ``start_drawing``: the app's start draws it in the event
        loop's turn after the console takes keys."""
        super().__init__(parent)
        self._waiting = not draw
        self.setAccessibleName(translate("Console", "Preview of the projector"))
        self._bridge = bridge
        self._audience = audience
        self._projector_size = projector_size or (
            lambda: audience.view.size() if audience.isVisible() else QSize()
        )
        self.view = room_view(bridge, self)
        """The room's screen at the projector's size; never shown, only drawn into ``room_screen``."""
        self.view.setObjectName("preview-view")
        self.view.hide()
        self.picture = QLabel()
        self.picture.setObjectName("preview-picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.installEventFilter(self)
        self.film = ProjectorShape(FilmView(audience.films), self._target)
        """The film, in a box of the projector's shape (the room's black bands around it)."""
        self.film.setObjectName("preview-film")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.picture)
        self.stack.addWidget(self.film)
        self._screen = QPixmap()
        self._timer: AudienceTimer | None = None
        self.redraws = 0
        """How many times the whole screen was laid out and drawn (a tick never adds one)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        # a 16:9 picture 160 pixels high at the least: what is left of the column on a 1366×768
        # laptop with the cue panel and the referral sheet (F2, F3) open
        self.setMinimumSize(round(MIN_HEIGHT * PREVIEW_ASPECT), MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click here hands the keys to the presenter
        changes = (bridge.step_changed, bridge.display_changed, bridge.session_started)
        for signal in (*changes, bridge.tallies_changed, audience.timer_toggled):
            signal.connect(self.refresh)
        bridge.timer_updated.connect(self.refresh_timer)
        audience.films.changed.connect(self._show_film)
        audience.view.installEventFilter(self)  # the projector's size: laid out again at the new one
        self.refresh()

    # -- reading -------------------------------------------------------------------------------
    @property
    def room_screen(self) -> QPixmap:
        """The room's screen at the projector's size (tests compare it with the projector)."""
        return self._screen

    @property
    def showing_film(self) -> bool:
        return self.stack.currentIndex() == 1

    def visible_text(self) -> str:
        """The text the preview shows, as the projector's ``visible_text``."""
        return "" if self.showing_film else self.view.visible_text()

    # -- drawing -------------------------------------------------------------------------------
    def start_drawing(self) -> None:
        """Draw the picture from now on (at once, as the room's screen is now)."""
        self._waiting = False
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Lay the room's screen out at the projector's size and take its picture."""
        if self._waiting:
            return  # drawn once, as things are then, by ``start_drawing``
        view = self.view
        view.resize(self._target())
        present(view, self._bridge)
        self._timer = self._bridge.audience_timer(self._audience.timer_shown)
        present_timer(view, self._bridge, self._audience.timer_shown)
        self._screen = view.grab()  # lays the hidden view out first, at its size
        self.redraws += 1
        self._cap_height()  # the projector's shape may have changed
        self._rescale()
        self._show_film()

    def refresh_timer(self, *_args: object) -> None:
        """A tick: nothing when the room's timer reads the same; only the top rows (timer and
        phase) when their words changed; the whole screen when the timer's colour changed or a
        timer or phase appeared or went."""
        if self._waiting:
            return
        timer = self._bridge.audience_timer(self._audience.timer_shown)
        before = self._timer
        if timer == before:
            return
        if before is None or _shape(before) != _shape(timer) or self.view.display is not Display.SLIDE:
            self.refresh()
            return
        self._timer = timer
        present_timer(self.view, self._bridge, self._audience.timer_shown)
        painter = QPainter(self._screen)
        for band in self._timer_bands():
            painter.drawPixmap(band.topLeft(), self.view.grab(band))
        painter.end()
        self._rescale()

    def _timer_bands(self) -> list[QRect]:
        """The top row of each half (or of the one screen) that shows a timer or a phase: from
        the half's top to the bottom of that row, the half's full width."""
        view = self.view
        bands: dict[int, QRect] = {}
        for label in view.findChildren(QLabel):
            pane = label.parentWidget()
            if label.objectName() not in ("timer", "phase") or pane is None or not label.isVisibleTo(view):
                continue
            layout = pane.layout()
            if layout is not None:
                layout.activate()  # the new digits' width: the row's labels move, nothing else
            corner = pane.mapTo(view, QPoint(0, 0))
            bottom = label.mapTo(view, QPoint(0, label.height())).y()
            band = QRect(corner.x(), corner.y(), pane.width(), max(1, bottom - corner.y()))
            bands[id(pane)] = bands[id(pane)].united(band) if id(pane) in bands else band
        return list(bands.values())

    def _show_film(self) -> None:
        present_film(self.stack, self._audience.films)
        self.film.place()

    def _rescale(self) -> None:
        label = self.picture
        if self._screen.isNull() or label.width() < 2 or label.height() < 2 or not label.isVisible():
            return  # hidden (the console being built): scaled once it is shown, at its real size
        mode = Qt.TransformationMode.SmoothTransformation
        label.setPixmap(self._screen.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio, mode))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.picture and event.type() is QEvent.Type.Show:
            self._rescale()  # built hidden: the picture scaled now, at the size it is shown at
            return False
        if event.type() is not QEvent.Type.Resize:
            return False
        if watched is self.picture:
            self._rescale()  # the console's size: the same picture, scaled again
        elif watched is self._audience.view and self._screen.size() != self._target():
            self.refresh()  # the projector's size
        return False

    def _target(self) -> QSize:
        return projector_target(self._projector_size())

    # -- size ----------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(400, round(400 / PREVIEW_ASPECT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._cap_height()

    def _cap_height(self) -> None:
        """No taller than a picture of the projector's shape at this width: the column's spare
        height goes to the picture, never to empty bands above and below it."""
        target = self._target()
        needed = round(self.width() * target.height() / max(1, target.width()))
        cap = max(MIN_HEIGHT, needed)
        if cap != self.maximumHeight():
            self.setMaximumHeight(cap)


def _shape(timer: AudienceTimer) -> tuple[object, ...]:
    """What decides the screen's layout and colours: which of the top row's words are shown, and
    the timer's colour (the words themselves only fill the row)."""
    return (timer.level, bool(timer.text), bool(timer.phase), bool(timer.companion_phase))
