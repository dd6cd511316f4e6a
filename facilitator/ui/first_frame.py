"""The first frame: the projector's holding screen and the console's frame, painted before the rest
of the app is imported, the plan built, the notes key unlocked and the console built.

Both are what the facilitator and the room would see next anyway: the holding screen shows the
workshop's title (audience content: the title the projector shows before the first step) as the
audience view draws it (the title centred, bold, in the accent colour on the audience background,
sized by the type scale and shrunk until it fits), on the screen the projector will use; the
console's frame is an empty main window where the console will open, saying it is opening. The
holding screen is painted directly (no audience view, no style sheet, no plan): the first paint
needs only the title and the language, which a plan checked before gives from the cache of checked
plans (``plan_cache.peek``). Once the real windows are shown over them, ``close`` removes both.
Keys pressed on the frame are not kept: the console takes keys from the moment it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from facilitator.screens import choose_audience_screen
from facilitator.settings import load_settings
from facilitator.type_scale import TYPE_SCALE
from facilitator.ui import theme, window_state
from facilitator.ui.i18n import translate
from facilitator.ui.projector_focus import keep_keys_off, show_full_screen
from facilitator.ui.qt_screens import QtScreenSource

SMALLEST = 0.5
"""The smallest type, as a share of the design size (as the audience view's ``MIN_SCALE``)."""


class HoldingScreen(QWidget):
    """The projector's holding screen: the workshop's title, and nothing else."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-frame-holding")
        self.title = title

    def visible_text(self) -> str:
        """Everything the room can read on it."""
        return self.title

    def box(self) -> QRect:
        """Where the title may go: inside the audience view's margins."""
        side = round(max(self.height(), 120) * 0.05)
        return self.rect().adjusted(side, round(side * 0.6), -side, -side)

    def title_font(self) -> QFont:
        """The holding title's font at the largest scale (down to ``SMALLEST``) at which it fits."""
        share, bold = TYPE_SCALE["holding"]
        font = QFont(theme.FONT_FAMILY)
        font.setBold(bold)
        box, flags = self.box(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        for step in range(11):
            scale = 1.0 - step * (1.0 - SMALLEST) / 10
            font.setPixelSize(max(9, round(max(self.height(), 120) * share * scale)))
            if QFontMetrics(font).boundingRect(box, flags, self.title).height() <= box.height():
                break
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.AUDIENCE_BACKGROUND)
        painter.setFont(self.title_font())
        painter.setPen(theme.AUDIENCE_ACCENT)
        painter.drawText(self.box(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.title)
        painter.end()


class FirstFrame:
    """The two windows of the first paint; ``close`` when the real ones are shown."""

    def __init__(self, title: str, companion_title: str | None = None, companion_first: bool = False) -> None:
        """``companion_title``: the workshop's title in the room's second language (``--language
        kk+ru``): the holding screen then shows both, as the projector will (``companion_first``:
        the second language's on top)."""
        self._closed = False
        primary = QGuiApplication.primaryScreen()
        self.console = QMainWindow()
        self.console.setObjectName("first-frame-console")
        self.console.setWindowTitle(translate("Console", "Facilitator — {title}").format(title=title))
        opening = QLabel(translate("Launch", "Opening “{title}”…").format(title=title))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.console.setCentralWidget(opening)
        self.console.resize(1280, 720)
        window_state.restore(self.console, "console", primary)
        room = title
        if companion_title is not None:
            first, second = (companion_title, title) if companion_first else (title, companion_title)
            room = f"{first}\n{second}"
        self.holding = self.view = HoldingScreen(room)
        self.holding.setWindowFlag(Qt.WindowType.Window)
        keep_keys_off(self.holding)
        self.holding.setWindowTitle(
            translate("Audience", "{title} — Facilitator").format(title=room.replace("\n", " · "))
        )
        source = QtScreenSource()  # the screen the projector's window will take (ScreenManager)
        target = choose_audience_screen(source.screens(), source.primary(), load_settings().projector_screen)
        self.console.show()
        qt_target = source.qt_screen(target) if target is not None else None
        if qt_target is None:  # one screen: the projector view will be a window (rehearsal mode)
            self.holding.resize(960, 540)
            self.holding.show()
        else:
            self.holding.setScreen(qt_target)
            self.holding.setGeometry(qt_target.geometry())
            show_full_screen(self.holding)

    def close(self) -> None:
        """Hide both and let Qt delete them (once: later calls do nothing)."""
        if self._closed:
            return
        self._closed = True
        for window in (self.holding, self.console):
            window.hide()
            window.deleteLater()
