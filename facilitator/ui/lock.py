"""Lock the app (Ctrl+L, or after minutes without a key or click): the console is covered, the
projector goes to its holding screen, the notes key is dropped. The session's timer keeps running;
unlocking with the passphrase brings everything back, nothing lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.security.cipher import AesGcmCodec
from facilitator.security.keys import KeyFileError, WrongPassphrase
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge

IDLE_MINUTES = 10


class LockGuard(QObject):
    deleted = Signal()

    def __init__(
        self,
        console: QMainWindow,
        bridge: SessionBridge,
        store: Store,
        unlock: Callable[[str], AesGcmCodec],
        codec: AesGcmCodec,
        save_first: Callable[[], None],
        idle_minutes: int = IDLE_MINUTES,
    ) -> None:
        super().__init__(console)
        self._console = console
        self._bridge = bridge
        self._store = store
        self._unlock = unlock
        self._codec = codec
        self._save_first = save_first
        self.locked = False
        self.cover = self._build_cover()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_minutes * 60_000)
        self._idle.timeout.connect(self.lock)
        self._idle.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        action = QAction(translate("Lock", "Lock (Ctrl+L)"), console)
        action.setShortcut(QKeySequence("Ctrl+L"))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(self.lock)
        menu = console.menuBar().addMenu(translate("Lock", "Lock"))
        menu.addAction(action)
        self.action = action
        menu.addSeparator()
        self.delete_action = menu.addAction(translate("Lock", "Delete all data for good…"))
        self.delete_action.triggered.connect(self.delete_everything)

    def _build_cover(self) -> QWidget:
        cover = QWidget()
        cover.setObjectName("lock-cover")
        layout = QVBoxLayout(cover)
        label = QLabel(translate("Lock", "Locked.\n\nThe session goes on; the notes are safe."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 24px; color: #2d3436;")
        button = QPushButton(translate("Lock", "Unlock…"), cover)
        button.setObjectName("unlock")
        button.clicked.connect(self.ask_unlock)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self._stack().addWidget(cover)
        return cover

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and not self.locked:
            self._idle.start()  # any key or click counts as activity
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self._save_first()
        self._bridge.show_holding()
        self._stack().setCurrentWidget(self.cover)
        self._set_actions_enabled(False)
        self._codec.forget()
        self.locked = True

    def ask_unlock(self) -> bool:
        passphrase = dialogs.ask_passphrase(
            self._console, translate("Lock", "Unlock"), translate("Lock", "Type your passphrase to unlock.")
        )
        if passphrase is None:
            return False
        try:
            codec = self._unlock(passphrase)
        except WrongPassphrase:
            dialogs.tell(
                self._console,
                translate("Lock", "Still locked"),
                translate("Lock", "Wrong passphrase. Nothing was changed."),
            )
            return False
        except KeyFileError as exc:
            dialogs.tell(self._console, translate("Lock", "Still locked"), str(exc))
            return False
        self._codec = codec
        self._store.set_codec(codec)
        self._stack().setCurrentIndex(0)
        self._set_actions_enabled(True)
        self.locked = False
        self._idle.start()
        return True

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
        self._bridge.stop()
        self._store.close()
        vault.delete_all_data()
        self.deleted.emit()  # the app quits: there is nothing left to show
        return True

    def _stack(self) -> QStackedWidget:
        stack = self._console.centralWidget()
        assert isinstance(stack, QStackedWidget), "the private aids wrap the console in a stack"
        return stack

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action in self._console.findChildren(QAction):
            if action not in (self.action, self.delete_action):
                action.setEnabled(enabled)
