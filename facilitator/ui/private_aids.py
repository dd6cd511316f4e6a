"""The console's private aids: the resistance cue panel (F2), the referral sheet (F3), and the
privacy key (F12) that blanks the projector and covers the console until pressed again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from facilitator.sessions.state import Status
from facilitator.ui.actions import make_action, shortcuts, switch_back, switch_off
from facilitator.ui.audience_view import Display
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.session_bridge import SessionBridge
from facilitator.ui.still_layout import place_in_place

if TYPE_CHECKING:  # the panels and their data load when first opened, not at start-up
    from facilitator.aids.cue_set import CueSet
    from facilitator.ui.cue_panel import CuePanel
    from facilitator.ui.referral_panel import ReferralPanel

COVER_TEXT = QT_TRANSLATE_NOOP(
    "Aids", "Paused: the timer is stopped and the projector is black.\n\nPress F12 to come back."
)


class PrivateAids(QObject):
    panel_closed = Signal()
    """F2 or F3 closed (Escape, the key again, a moment logged): the presenter has the keys."""
    panels_shown = Signal(bool)
    """True when the cue panel or the referral sheet came into view, False when neither is."""

    def __init__(self, console: QMainWindow, bridge: SessionBridge, cues: CueSet | None = None) -> None:
        super().__init__(console)
        self._console = console
        self._bridge = bridge
        self._cues = cues
        self.cue_panel: CuePanel | None = None
        self.referral_panel: ReferralPanel | None = None
        self._cue_dock: QDockWidget | None = None
        self._referral_dock: QDockWidget | None = None
        self._hidden_docks: list[QDockWidget] = []
        self._shown = False
        """The cue panel or the referral sheet is in view (``panels_shown``)."""
        self._docks_on_top: list[QDockWidget] = []
        self._focus_before: QWidget | None = None
        self._display_before: Display | None = None
        self._paused_by_privacy = False
        self._enabled_before: dict[QAction, bool] = {}
        self._wrap_central()
        menu = console.menuBar().addMenu(translate("Aids", "Aids"))
        self.actions = {
            "cues": make_action("cues", console, self.toggle_cues),
            "referrals": make_action("referrals", console, self.toggle_referrals),
            "privacy": make_action("privacy", console, self.toggle_privacy),
        }
        for action in self.actions.values():
            menu.addAction(action)
        bridge.step_changed.connect(self._step_changed)
        for signal in (bridge.display_changed, bridge.session_ended):
            signal.connect(self._drop_stale_warning)

    # -- privacy ------------------------------------------------------------------------------
    def _wrap_central(self) -> None:
        main = self._console.centralWidget()
        assert main is not None, "the console builds its central widget first"
        self._stack = QStackedWidget(self._console)
        self._stack.addWidget(main)
        cover = QLabel(translate("Aids", COVER_TEXT))
        cover.setObjectName("privacy-cover")
        cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover.setWordWrap(True)  # long in Russian and Kazakh: wraps, never widens the console
        cover.setStyleSheet("QLabel#privacy-cover { background: #dfe6e9; color: #2d3436; font-size: 28px; }")
        self._stack.addWidget(cover)
        self._console.setCentralWidget(self._stack)

    @property
    def covered(self) -> bool:
        return self._stack.currentIndex() == 1

    def toggle_privacy(self) -> None:
        """F12: projector black, timer paused, console covered; F12 again puts back exactly
        what was there (the slide or screen the room saw, the timer running if it ran, the panel
        tab that was open and the field with the keyboard, with what was typed in it)."""
        if not self.covered:
            self._focus_before = QApplication.focusWidget()
            self._display_before = self._bridge.display
            self._bridge.force_blank()
            self._paused_by_privacy = self._bridge.status is Status.RUNNING
            if self._paused_by_privacy:
                self._bridge.toggle_pause()
            self._hidden_docks = [d for d in (self._cue_dock, self._referral_dock) if d and d.isVisible()]
            # of two panels side by side as tabs, the one behind has nothing on the screen
            self._docks_on_top = [d for d in self._hidden_docks if not d.visibleRegion().isEmpty()]
            for dock in self._hidden_docks:
                dock.hide()
            self._set_menus_enabled(False)
            self._stack.setCurrentIndex(1)
        else:
            self._stack.setCurrentIndex(0)
            self._set_menus_enabled(True)
            for dock in self._hidden_docks:
                dock.show()
            for dock in self._docks_on_top:
                dock.raise_()
            self._hidden_docks, self._docks_on_top = [], []
            self._give_focus_back()
            if self._paused_by_privacy and self._bridge.status is Status.PAUSED:
                self._bridge.toggle_pause()
            self._paused_by_privacy = False
            if self._display_before is not None:
                self._bridge.set_display(self._display_before)
            self._display_before = None

    def _give_focus_back(self) -> None:
        """The keyboard back where it was: typing in the cue search or the town field goes on
        there, and a Space typed next is a space, never the presenter's "next"."""
        focus, self._focus_before = self._focus_before, None
        if focus is None or not isValid(focus) or focus.window() is not self._console:
            return
        for dock in (self._cue_dock, self._referral_dock):
            if dock is not None and dock.isAncestorOf(focus):
                dock.raise_()
        if focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_menus_enabled(self, enabled: bool) -> None:
        """Behind the privacy screen no key drives the session (← and → included); back to
        exactly what each action was afterwards."""
        for child in self._console.findChildren(QWidget):
            if child.objectName() == "session-toolbar":
                child.setEnabled(enabled)
        actions: dict[str, QAction] = getattr(self._console, "actions_by_id", {})
        if not enabled:
            self._enabled_before = switch_off(actions.values())
        else:
            switch_back(self._enabled_before)
            self._enabled_before = {}

    # -- panels -------------------------------------------------------------------------------
    def toggle_cues(self) -> None:
        if self.covered:
            return
        if self._cue_dock is None:
            from facilitator.aids.cue_set import load_cue_set
            from facilitator.ui.cue_panel import CuePanel

            cues = self._cues or load_cue_set()
            self.cue_panel = CuePanel(cues, self._bridge.plan.language)
            self.cue_panel.moment_logged.connect(self._bridge.log_resistance)
            self.cue_panel.closed.connect(self._close_cues)
            self._cue_dock = self._dock(translate("Aids", "Cues (F2)"), self.cue_panel)
            self._step_changed(self._bridge.index)
        panel = self.cue_panel
        assert panel is not None
        self._toggle(self._cue_dock, focus=panel.open, field=panel.search)

    def toggle_referrals(self) -> None:
        if self.covered:
            return
        if self._referral_dock is None:
            from facilitator.ui.referral_panel import ReferralPanel

            directory = self._bridge.referral_directory()
            self.referral_panel = ReferralPanel(directory, self._bridge.plan.language)
            self.referral_panel.referral_offered.connect(self._offered)
            self.referral_panel.message.connect(self._status)
            self._referral_dock = self._dock(
                translate("Aids", "Referrals (F3, private)"), self.referral_panel
            )
        sheet = self.referral_panel
        assert sheet is not None
        first = sheet.findChild(QLineEdit)
        self._toggle(
            self._referral_dock,
            focus=lambda: (first or sheet).setFocus(Qt.FocusReason.ShortcutFocusReason),
            field=first or sheet,
        )

    def _dock(self, title: str, panel: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self._console)
        dock.setObjectName(panel.objectName() + "-dock")
        dock.setWidget(panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        place_in_place(dock)  # opened without zero-length animations: see still_layout.py
        dock.visibilityChanged.connect(self._visibility_changed)
        self._console.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        for key in shortcuts("close-panel"):
            escape = QShortcut(QKeySequence(key), dock)
            escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            escape.activated.connect(lambda: self._close(dock))
        other = self._cue_dock or self._referral_dock
        if other is not None:  # both open: tabs, each with the full height of a laptop screen
            self._console.tabifyDockWidget(other, dock)
        dock.hide()
        return dock

    def _visibility_changed(self, _visible: bool) -> None:
        docks = (self._cue_dock, self._referral_dock)
        shown = any(dock is not None and not dock.isHidden() for dock in docks)  # open, not in passing
        if shown != self._shown:
            self._shown = shown
            self.panels_shown.emit(shown)

    def _close_cues(self) -> None:
        if self._cue_dock is not None:
            self._close(self._cue_dock)

    def _close(self, dock: QDockWidget) -> None:
        dock.hide()
        self._console.activateWindow()
        self.panel_closed.emit()

    def _toggle(self, dock: QDockWidget, focus: Callable[[], None], field: QWidget) -> None:
        """The key opens the panel with the caret in its first field; pressed again while the
        keyboard is in the panel, it closes it (from elsewhere, it brings the caret back)."""
        focused = QApplication.focusWidget()
        inside = focused is not None and (focused is dock or dock.isAncestorOf(focused))
        if dock.isVisible() and inside:
            self._close(dock)
            return
        dock.show()
        dock.raise_()
        focus()
        if QApplication.focusWidget() is not field:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _offered(self, kind: str) -> None:
        if self._bridge.offer_referral(kind):
            self._status(translate("Aids", "Recorded: a referral was offered (kind only, no name)."))

    def _step_changed(self, index: int) -> None:
        step = self._bridge.plan.steps[index]
        if self.cue_panel is not None:
            self.cue_panel.suggest(tuple(link.cue for link in step.facilitator.resistance))
        if step.sensitive and self._bridge.held_back:
            self._status(_sensitive_warning())
        self._drop_stale_warning()

    def _drop_stale_warning(self, *_args: object) -> None:
        """The warning is for a sensitive step waiting on the holding screen: once it is shown,
        another step comes or the closing screen, it no longer applies (a blind drive saw it stay)."""
        if self._bridge.held_back and not self._bridge.at_closing:
            return
        if self._console.statusBar().currentMessage() == _sensitive_warning():
            self._console.statusBar().clearMessage()

    def _status(self, text: str) -> None:
        self._console.statusBar().showMessage(text, 12000)


def _sensitive_warning() -> str:
    return translate("Aids", "Sensitive step: announce it, remind everyone they may pass, say where help is.")
