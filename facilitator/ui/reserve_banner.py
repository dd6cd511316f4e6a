"""The console's line about the space the app keeps aside for the session's writes.

Hidden while the reserve is held (nothing to say). Shown, in plain words, when the disk filled and
the notes now go into the space kept aside (with about how much is left, updated every few
seconds), when none could be kept aside (the disk was nearly full at the start, or its file cannot
be made), and once there is room again.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.sessions.reserve import ReserveState
from facilitator.ui import i18n
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge

WARNING_STYLE = (
    "QLabel#reserve-banner { background: #fde2e2; color: #9b2c2c; font-weight: bold; padding: 4px; }"
)
NOTICE_STYLE = "QLabel#reserve-banner { background: #fff3cd; color: #5c4400; padding: 4px; }"


def megabytes(count: int) -> str:
    """``count`` bytes in MB with one decimal, as the UI's language writes it ("3,9" in ru, kk)."""
    return QLocale(i18n.current()).toString(count / 1_000_000, "f", 1)


class ReserveBanner(QLabel):
    """Says where the space kept aside stands, when there is something to say."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reserve-banner")
        self.setWordWrap(True)
        self._bridge = bridge
        self._was: ReserveState | None = ReserveState.HELD
        bridge.reserve_changed.connect(self.refresh)
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        state = self._bridge.reserve_state()
        left = megabytes(self._bridge.reserve_left())
        if state is ReserveState.IN_USE:
            text = translate(
                "Reserve",
                "The disk is full: your notes are being saved in the space the app kept aside "
                "(about {mb} MB left). Free some space on this laptop.",
            ).format(mb=left)
            self._say(text, WARNING_STYLE)
        elif state is ReserveState.NONE:
            text = translate(
                "Reserve",
                "The disk is almost full: no space could be kept aside for your notes (about {mb} MB "
                "free). The session goes on and saves into what is there; free some space on this laptop.",
            ).format(mb=left)
            self._say(text, WARNING_STYLE)
        elif state is ReserveState.BROKEN:
            text = translate(
                "Reserve",
                "No space could be kept aside for your notes: {path} cannot be used (a folder, or a "
                "file the app may not change, is in its place). The session goes on without it.",
            ).format(path=self._bridge.reserve_path())
            self._say(text, NOTICE_STYLE)
        elif state is ReserveState.HELD and self._was in (ReserveState.IN_USE, ReserveState.NONE):
            text = translate(
                "Reserve", "There is room on the disk again: space is kept aside for your notes ({time})."
            ).format(time=f"{datetime.now():%H:%M:%S}")
            self._say(text, "")
        self._was = state

    def _say(self, text: str, style: str) -> None:
        self.setText(text)
        self.setStyleSheet(style)
        self.show()
