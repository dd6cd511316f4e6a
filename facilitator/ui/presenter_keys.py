"""Who gets a key: the presenter controls or the field being typed in.

A key without Ctrl, Alt or a function key (→, Space, B, P, a digit…) drives the session only while
the keyboard is with the console's presenter part (agenda, preview, the window itself) or the
projector's window. In the notes box, the cue panel, the referral sheet, any text field or any
other window it belongs to that widget: typing a space there never moves the projector. A
clicker's PageDown and PageUp are the exception (the action table's ``while_typing`` keys): in the
console's fields and panels they still go to the next or the previous step.

Typing a step number and Enter goes to that step, as in presentation software.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from facilitator.ui.actions import page_keys
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge

_FREE_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


def is_typing_place(widget: QWidget | None, presenter_windows: tuple[QWidget, ...]) -> bool:
    """True when ``widget`` (the focus) takes typed keys for itself."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox) and widget.isEditable():
        return True
    if widget.window() not in presenter_windows:
        return True
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return True  # the cue panel, the referral sheet: their keys are theirs
        parent = parent.parentWidget()
    return False


def menu_has_keys(focus: QWidget | None) -> bool:
    """True while a menu or another popup is open, or the menu bar has the keyboard (F10, then
    Esc out of a menu): the keys are for going through it."""
    return QApplication.activePopupWidget() is not None or isinstance(focus, QMenuBar | QMenu)


def _bare(event: QKeyEvent) -> bool:
    if event.modifiers() & ~_FREE_MODIFIERS or event.key() == Qt.Key.Key_Escape:
        return False  # Escape closes panels and leaves fields: never kept by a field here
    return not Qt.Key.Key_F1.value <= event.key() <= Qt.Key.Key_F35.value


class PresenterKeys(QObject):
    """An application event filter: bare keys go to the field with the keyboard; digits + Enter
    jump to a step when the presenter part has it."""

    def __init__(
        self,
        console: QMainWindow,
        projector: QWidget,
        bridge: SessionBridge,
        driving: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(console)
        self._driving = driving
        """False while the session may not be driven (locked, behind F12): a number is not kept."""
        self._console = console
        self._projector = projector
        self._bridge = bridge
        self.typed_step = ""
        self._page_keys = page_keys()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _typing(self) -> bool:
        """The keys are not the presenter's: a field, a panel, another window or a menu has them."""
        focus = QApplication.focusWidget()
        return menu_has_keys(focus) or is_typing_place(focus, (self._console, self._projector))

    def _presenter_active(self) -> bool:
        active = QApplication.activeWindow()
        return active is None or active in (self._console, self._projector)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # first: every event of the application passes here, few are keys
        if kind not in _KEY_EVENTS:
            return False
        if not isValid(self._console) or not self._console.isVisible():
            return False  # a console closed (or not yet shown) decides nothing
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._page_key_in_console(event):
                return True  # not accepted by anyone: the session's shortcut fires, the field keeps its text
            if _bare(event) and self._typing():
                event.accept()  # the field takes the key; no presenter shortcut fires
                return True
            if self.typed_step and event.key() in _ENTER and not self._typing():
                event.accept()  # Enter after a number: handled as "go to step" below
                return True
        elif (
            kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched is self._focus_target()
        ):
            return self._key(event)
        return False

    def _page_key_in_console(self, event: QKeyEvent) -> bool:
        """A clicker's page key while a field or panel of the console has the keyboard (another
        window, the planner's list or a dialog, keeps its own page keys)."""
        if QKeySequence(event.keyCombination()) not in self._page_keys:
            return False
        focus = QApplication.focusWidget()
        return focus is not None and focus.window() is self._console and not menu_has_keys(focus)

    def _focus_target(self) -> QObject | None:
        return QApplication.focusWidget() or QApplication.activeWindow()

    def _key(self, event: QKeyEvent) -> bool:
        if self._typing() or not self._presenter_active():
            return False
        if not self._driving():
            self.typed_step = ""  # locked or behind the privacy screen: no jump, nothing kept
            return False
        if event.key() == Qt.Key.Key_Escape and self.typed_step:
            self.typed_step = ""
            self._console.statusBar().clearMessage()
            return True
        if not _bare(event):
            return False
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.typed_step = (self.typed_step + text)[-3:]
            self._console.statusBar().showMessage(
                translate("Console", "Go to step {number}: press Enter (Esc: cancel)").format(
                    number=self.typed_step
                ),
                5000,
            )
            return True
        if self.typed_step and event.key() in _ENTER:
            number = int(self.typed_step)
            self.typed_step = ""
            self._console.statusBar().clearMessage()
            if 1 <= number <= len(self._bridge.plan.steps):
                self._bridge.jump(number - 1)
            return True
        if self.typed_step:  # any other key: the number is dropped, the key does its own job
            self.typed_step = ""
            self._console.statusBar().clearMessage()
        return False
