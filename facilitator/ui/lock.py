"""Lock the app (Ctrl+L, or after minutes without a key or click): every private window is covered
or hidden, nothing records, the notes key is dropped, the clipboard is cleared if it holds the
app's text. Locking protects the laptop and never touches the projector: the slide and the timer
stay as they are. Unlocking with the passphrase puts back exactly what was there.

Idle time is a setting (off, 5, 10, 20, 30 minutes), counted on the session's monotonic clock; by
default it does not lock while a step's timer runs (a facilitator leading the room types nothing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facilitator.security.cipher import AesGcmCodec
from facilitator.security.keys import KeyFileError, WrongPassphrase
from facilitator.sessions.state import Status
from facilitator.settings import IDLE_LOCK_CHOICES, change_settings, load_settings
from facilitator.ui import dialogs
from facilitator.ui.actions import make_action, switch_back, switch_off
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge

_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)
"""The events that are activity (the filter meets every event of the application: made once)."""


class LockGuard(QObject):
    deleted = Signal()

    def __init__(
        self,
        console: QMainWindow,
        bridge: SessionBridge,
        unlock: Callable[[str], AesGcmCodec],
        codec: AesGcmCodec,
        save_first: Callable[[], None],
        projector: QWidget | None = None,
    ) -> None:
        super().__init__(console)
        self._console = console
        self._projector = projector
        self._bridge = bridge
        self._unlock = unlock
        self._codec = codec
        self._save_first = save_first
        self.locked = False
        self.cover = self._build_cover()
        self._last_activity = bridge.clock.monotonic()
        self._judged: tuple[int, Status] | None = None
        """The idle minute and the session's state last judged against the settings: the choices
        are whole minutes, so the settings file is read once a minute, not on every tick."""
        self._hidden: list[QWidget] = []
        self._enabled_before: dict[QAction, bool] = {}
        self._page_before = 0
        self._focus_before: QWidget | None = None
        """Where the keyboard was when the lock came: it goes back there on unlocking (an open
        referral sheet closes with Esc again)."""
        bridge.timer_updated.connect(self.check_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        action = make_action("lock", console, self.lock)
        menu = console.menuBar().addMenu(translate("Lock", "Lock"))
        menu.addAction(action)
        self.action = action
        self._build_idle_menu(menu)
        menu.addSeparator()
        self.delete_action = menu.addAction(translate("Lock", "Delete all data for good…"))
        self.delete_action.triggered.connect(self.delete_everything)

    def _build_idle_menu(self, menu: QMenu) -> None:
        idle = menu.addMenu(translate("Lock", "Lock when idle"))
        group = QActionGroup(idle)
        chosen = load_settings()
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_LOCK_CHOICES:
            title = (
                translate("Lock", "Never")
                if minutes == 0
                else translate("Lock", "After {minutes} minutes without a key or click").format(
                    minutes=minutes
                )
            )
            action = idle.addAction(title)
            action.setCheckable(True)
            action.setChecked(chosen.idle_lock_minutes == minutes)
            action.setObjectName(f"idle-{minutes}")
            action.triggered.connect(lambda _c=False, m=minutes: change_settings(idle_lock_minutes=m))
            group.addAction(action)
            self.idle_actions[minutes] = action
        idle.addSeparator()
        self.while_running = idle.addAction(translate("Lock", "Also while a step's timer runs"))
        self.while_running.setObjectName("idle-while-running")
        self.while_running.setCheckable(True)
        self.while_running.setChecked(chosen.idle_lock_while_running)
        self.while_running.toggled.connect(lambda on: change_settings(idle_lock_while_running=on))

    def _build_cover(self) -> QWidget:
        cover = QWidget()
        cover.setObjectName("lock-cover")
        layout = QVBoxLayout(cover)
        label = QLabel(cover)
        label.setObjectName("lock-words")
        self.words = label
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("font-size: 24px; color: #2d3436;")
        field = QLineEdit(cover)  # type at once, Enter unlocks (a second blind drive typed first)
        field.setObjectName("unlock-passphrase")
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(translate("Lock", "Type your passphrase to unlock."))
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 40)
        field.returnPressed.connect(self._unlock_typed)
        self.passphrase_field = field
        problem = QLabel(cover)  # a wrong passphrase is said here: a box would take the next keys
        problem.setObjectName("unlock-problem")
        problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        problem.setWordWrap(True)
        problem.setStyleSheet("color: #9b2c2c; font-weight: bold;")
        self.problem = problem
        button = QPushButton(translate("Lock", "Unlock…"), cover)
        button.setObjectName("unlock")
        button.setAutoDefault(True)  # Enter presses it, as in a dialog (Space does anyway)
        button.clicked.connect(self.ask_unlock)
        self.unlock_button = button
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(field, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(problem)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self._stack().addWidget(cover)
        return cover

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self._active()  # any key or click is activity
        return False

    def _active(self) -> None:
        self._last_activity = self._bridge.clock.monotonic()
        self._judged = None

    def idle_seconds(self) -> float:
        return self._bridge.clock.monotonic() - self._last_activity

    def check_idle(self) -> None:
        """Lock once the chosen idle time has passed (called on every timer tick)."""
        if self.locked or self.idle_seconds() < min(m for m in IDLE_LOCK_CHOICES if m) * 60:
            return  # below the shortest choice: no need to read the settings
        judged = (int(self.idle_seconds() // 60), self._bridge.status)
        if judged == self._judged:
            return  # nothing a choice depends on has changed since the last tick
        self._judged = judged
        chosen = load_settings()
        if not chosen.idle_lock_minutes or self.idle_seconds() < chosen.idle_lock_minutes * 60:
            return
        if self._bridge.status is Status.RUNNING and not chosen.idle_lock_while_running:
            return
        self.lock()

    def lock(self) -> None:
        """Cover the console, hide every other private window, record nothing, drop the key.
        The projector keeps what it shows."""
        if self.locked:
            return
        self._save_first()
        self._focus_before = QApplication.focusWidget()
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w not in (self._console, self._projector)
        ]
        self._hidden += [d for d in self._console.findChildren(QDockWidget) if d.isVisible()]
        for window in self._hidden:
            window.hide()
        running = self._bridge.status in (Status.RUNNING, Status.PAUSED)
        self.words.setText(
            translate("Lock", "Locked.\n\nThe session goes on; the notes are safe.")
            if running
            else translate("Lock", "Locked.\n\nThe notes are safe.")
        )
        stack = self._stack()
        self._page_before = stack.currentIndex()
        stack.setCurrentWidget(self.cover)
        self._enabled_before = switch_off(
            self._console.findChildren(QAction), keep=(self.action, self.delete_action)
        )
        clipboard = QApplication.clipboard()
        if clipboard.ownsClipboard() or clipboard.text():
            clipboard.clear()  # a copied note must not be pasted elsewhere while away
        self._bridge.set_locked(True)
        self._codec.forget()
        self.locked = True
        self.problem.clear()
        self.passphrase_field.clear()
        self.passphrase_field.setFocus(Qt.FocusReason.OtherFocusReason)  # type it, then Enter

    def _unlock_typed(self) -> None:
        """Enter in the cover's field: unlock with what was typed (an empty field asks in a dialog)."""
        typed = self.passphrase_field.text()
        self.passphrase_field.clear()  # never kept, right or wrong
        if not typed:
            self.ask_unlock()
        elif not self.unlock_with(typed):
            self.passphrase_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_unlock(self) -> bool:
        passphrase = dialogs.ask_passphrase(
            self._console, translate("Lock", "Unlock"), translate("Lock", "Type your passphrase to unlock.")
        )
        if passphrase is dialogs.FORGOT:  # the same way out as "Delete all data" (it asks first)
            self.delete_everything()
            return False
        if passphrase is None:
            return False
        return self.unlock_with(passphrase)

    def unlock_with(self, passphrase: str) -> bool:
        """Unlock with ``passphrase``; a wrong one is said, and nothing changes."""
        try:
            codec = self._unlock(passphrase)
        except WrongPassphrase:
            self.problem.setText(
                translate("Lock", "The passphrase is wrong, or the key file is damaged. Nothing was changed.")
            )
            self.passphrase_field.clear()
            self.passphrase_field.setFocus(Qt.FocusReason.OtherFocusReason)  # type it again at once
            return False
        except KeyFileError as exc:
            from facilitator.ui import key_messages

            dialogs.tell(self._console, translate("Lock", "Still locked"), key_messages.describe(exc))
            return False
        self._codec = codec
        self._bridge.use_codec(codec)
        self._stack().setCurrentIndex(self._page_before)
        switch_back(self._enabled_before)
        for window in self._hidden:
            window.show()
        self._hidden = []
        self.problem.clear()
        self._give_focus_back()
        self.locked = False
        self._active()
        self._bridge.set_locked(False)
        return True

    def _give_focus_back(self) -> None:
        """The keyboard where it was before the lock (a panel, the notes box, the agenda), if that
        is still shown; else the console's presenter controls."""
        before, self._focus_before = self._focus_before, None
        if before is not None and isValid(before) and before.isVisible() and before.isEnabled():
            before.activateWindow()
            before.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        give_back = getattr(self._console, "give_keys_to_presenter", None)
        if callable(give_back):
            give_back()

    def delete_everything(self) -> bool:
        """Destroy the key and the database, after the facilitator types DELETE; then quit."""
        from facilitator.security import vault

        confirmed = dialogs.confirm_typed(
            self._console,
            translate("Lock", "Delete all data for good"),
            translate(
                "Lock",
                "This destroys the key and deletes every session and note on this laptop. Nobody can "
                "recover them afterwards. Export what you need first.",
            ),
            "DELETE",
        )
        if not confirmed:
            return False
        self._bridge.close_store()
        vault.delete_all_data()
        self.deleted.emit()  # the app quits: there is nothing left to show
        return True

    def _stack(self) -> QStackedWidget:
        stack = self._console.centralWidget()
        assert isinstance(stack, QStackedWidget), "the private aids wrap the console in a stack"
        return stack
