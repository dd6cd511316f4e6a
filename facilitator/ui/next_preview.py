"""The console's preview of what the projector shows after the next press of Next (pdfpc style).

The next screen is laid out once, offscreen, at the projector's own size, by the same view the
projector uses (one language or two), and scaled down into a thumbnail: line breaks and type sizes
are the room's, however small the console's column is. It is rebuilt when the step, the screen or
the projector's size changes, never on a timer tick; resizing the console only rescales the picture.
Built from ``SessionBridge.next_slide()`` (audience content) or the closing screen, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from facilitator.ui.audience_window import room_view
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge

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
    ) -> None:
        """``projector_size``: the projector view's size (empty when none is shown);
        ``timer_shown``: whether the room sees the timer (its row takes room on the screen)."""
        super().__init__(parent)
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
        for signal in (bridge.step_changed, bridge.display_changed, bridge.session_started):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Lay out the next screen at the projector's size and take its picture."""
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
        self._picture = view.grab()  # lays the hidden view out first, at its new size
        self._rescale()

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
