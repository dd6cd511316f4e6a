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

The console's frame is painted first, alone, and the holding screen right after it (``show_holding``,
in the next paint): nothing before the first paint touches PySide6's ``Qt`` namespace, whose ≈ 110
enum types (the keys alone are 471 members) PySide6 builds as Python enums the first time any of
them is used, ≈ 100 ms at a load of 10, as long again as the rest of the frame. The frame draws its
text with Qt's alignment flags as plain numbers (``ALIGN_CENTER``, ``WORD_WRAP``: Qt's painter and
font metrics take them as ``int``); the holding screen needs the namespace (a projector window that
never takes the keyboard, full screen) and comes second.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from facilitator.screens import choose_audience_screen
from facilitator.settings import load_settings
from facilitator.type_scale import TYPE_SCALE
from facilitator.ui import theme, window_state
from facilitator.ui.i18n import translate
from facilitator.ui.qt_screens import QtScreenSource

SMALLEST = 0.5
"""The smallest type, as a share of the design size (as the audience view's ``MIN_SCALE``)."""
ALIGN_CENTER = 0x0084
"""``Qt.AlignmentFlag.AlignCenter`` (AlignHCenter | AlignVCenter) as the number Qt takes."""
WORD_WRAP = 0x1000
"""``Qt.TextFlag.TextWordWrap`` as the number Qt takes."""
HOLDING_NAME = "first-frame-holding"
"""The holding screen's object name (the start-up benchmark times its first paint: start_times.py)."""


class OpeningNote(QWidget):
    """The console's frame: a window with one line, centred ("Opening …"), drawn (a label would
    need Qt's enums)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        # a floor, as a main window's layout gives one: a saved geometry restored maximized over
        # an empty normal one would otherwise leave the window at 0 × 0, unpainted (offscreen)
        self.setMinimumSize(320, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawText(self.rect(), ALIGN_CENTER | WORD_WRAP, self.text)
        painter.end()


class HoldingScreen(QWidget):
    """The projector's holding screen: the workshop's title, and nothing else."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(HOLDING_NAME)
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
        box, flags = self.box(), ALIGN_CENTER | WORD_WRAP
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
        painter.drawText(self.box(), ALIGN_CENTER | WORD_WRAP, self.title)
        painter.end()


class FirstFrame:
    """The two windows of the first paint: the console's frame, shown at once, then the holding
    screen (``show_holding``, once the frame is painted); ``close`` when the real ones are shown."""

    def __init__(self, title: str, companion_title: str | None = None, companion_first: bool = False) -> None:
        """``companion_title``: the workshop's title in the room's second language (``--language
        kk+ru``): the holding screen then shows both, as the projector will (``companion_first``:
        the second language's on top)."""
        self._closed = False
        opening = translate("Launch", "Opening “{title}”…").format(title=title)
        # a plain window, not a main window: QMainWindow places its central widget through a
        # zero-length animation, whose timer the console's event filters would meet (still_layout.py)
        self.console = OpeningNote(opening)
        self.console.setObjectName("first-frame-console")
        self.console.setWindowTitle(translate("Console", "Facilitator — {title}").format(title=title))
        self.console.resize(1280, 720)
        window_state.restore(self.console, "console", QGuiApplication.primaryScreen())
        room = title
        if companion_title is not None:
            first, second = (companion_title, title) if companion_first else (title, companion_title)
            room = f"{first}\n{second}"
        self.holding = self.view = HoldingScreen(room)
        self.console.show()

    def windows(self) -> tuple[QWidget, ...]:
        """The console's frame and the holding screen."""
        return (self.console, self.holding)

    def show_holding(self) -> None:
        """The holding screen on the screen the projector will use (a window when there is one
        screen), never taking the keyboard. Call after the console's frame is painted."""
        from facilitator.ui.projector_focus import keep_keys_off, show_full_screen

        if self._closed:
            return
        keep_keys_off(self.holding)
        room = self.holding.title.replace("\n", " · ")
        self.holding.setWindowTitle(translate("Audience", "{title} — Facilitator").format(title=room))
        source = QtScreenSource()  # the screen the projector's window will take (ScreenManager)
        target = choose_audience_screen(source.screens(), source.primary(), load_settings().projector_screen)
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
