"""The first frame: the projector's holding screen and the console's frame, painted before the rest
of the app is imported, the notes key unlocked and the console built.

Both are what the facilitator and the room would see next anyway: the holding screen is the audience
view itself showing the workshop's title (audience content: the title the projector shows before
the first step), on the screen the projector will use; the console's frame is an empty main
window where the console will open, saying it is opening. Once the real windows are shown over
them, ``close`` removes both. Keys pressed on the frame are not kept: the console takes keys from
the moment it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from facilitator.screens import choose_audience_screen
from facilitator.sessions.plan import Plan
from facilitator.settings import load_settings
from facilitator.ui import window_state
from facilitator.ui.audience_view import AudienceView
from facilitator.ui.i18n import translate
from facilitator.ui.pair_view import PairView
from facilitator.ui.qt_screens import QtScreenSource


class FirstFrame:
    """The two windows of the first paint; ``close`` when the real ones are shown."""

    def __init__(self, plan: Plan, companion: Plan | None = None, companion_first: bool = False) -> None:
        """``companion``: the workshop in the room's second language (``--language kk+ru``): the
        holding screen then shows both titles, as the projector will (``companion_first``: the
        second language's on the left or on top)."""
        self._closed = False
        primary = QGuiApplication.primaryScreen()
        self.console = QMainWindow()
        self.console.setObjectName("first-frame-console")
        self.console.setWindowTitle(translate("Console", "Facilitator — {title}").format(title=plan.title))
        opening = QLabel(translate("Launch", "Opening “{title}”…").format(title=plan.title))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.console.setCentralWidget(opening)
        self.console.resize(1280, 720)
        window_state.restore(self.console, "console", primary)
        self.holding = QWidget(None, Qt.WindowType.Window)
        self.holding.setObjectName("first-frame-holding")
        self.holding.setWindowTitle(translate("Audience", "{title} — Facilitator").format(title=plan.title))
        self.view = _holding_view(plan, companion, companion_first, self.holding)
        layout = QVBoxLayout(self.holding)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
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
            self.holding.showFullScreen()

    def close(self) -> None:
        """Hide both and let Qt delete them (once: later calls do nothing)."""
        if self._closed:
            return
        self._closed = True
        for window in (self.holding, self.console):
            window.hide()
            window.deleteLater()


def _holding_view(
    plan: Plan, companion: Plan | None, companion_first: bool, parent: QWidget
) -> AudienceView | PairView:
    """The workshop's title as the projector's holding screen: one language, or both."""
    if companion is None:
        view = AudienceView(plan.language, parent)
        view.show_holding(plan.title)
        return view
    first, second = (companion, plan) if companion_first else (plan, companion)
    pair = PairView((first.language, second.language), (first.title, second.title), parent)
    pair.show_holding()
    return pair
