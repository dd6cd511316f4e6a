"""The console's banner while records of the session are kept in memory only (a full disk).

Steps, pauses, time added, resistance moments, referrals offered, counts and figures the disk
could not take wait in the bridge (``SessionBridge.unsaved_records``) and are written again every
few seconds. Until they land, this banner says plainly what waits, by kind; once they have, it
says so, and the facilitator can close the app. Notes say their own state in the notes box.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from facilitator.sessions.pending import RecordKind
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.session_bridge import SessionBridge

KIND_TITLES = {
    RecordKind.EVENT: QT_TRANSLATE_NOOP("Unsaved", "steps and timing"),
    RecordKind.MOMENT: QT_TRANSLATE_NOOP("Unsaved", "resistance moments"),
    RecordKind.REFERRAL: QT_TRANSLATE_NOOP("Unsaved", "referrals offered"),
    RecordKind.COUNT: QT_TRANSLATE_NOOP("Unsaved", "counts"),
    RecordKind.FIGURES: QT_TRANSLATE_NOOP("Unsaved", "participants and age"),
    RecordKind.SESSION: QT_TRANSLATE_NOOP("Unsaved", "projector screen and languages"),
}
UNSAVED_STYLE = (
    "QLabel#unsaved-records { background: #fde2e2; color: #9b2c2c; font-weight: bold; padding: 4px; }"
)


def kinds_text(bridge: SessionBridge) -> str:
    """What waits, by kind, in the UI's language: "resistance moments: 2, counts: 3"."""
    waiting = bridge.unsaved_kinds()
    return ", ".join(
        f"{translate('Unsaved', title)}: {waiting[kind]}"
        for kind, title in KIND_TITLES.items()
        if kind in waiting
    )


class UnsavedBanner(QLabel):
    """Shown while something recorded is not on disk yet; "All saved" once it is."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsaved-records")
        self.setWordWrap(True)
        self._bridge = bridge
        self._said = False
        bridge.records_unsaved.connect(self.refresh)
        self.hide()

    def refresh(self) -> None:
        if self._bridge.unsaved_records():
            self._said = True
            self.setText(
                translate(
                    "Unsaved",
                    "Not saved yet: {what}. Kept in the app and saved again every few seconds; free some "
                    "disk space. Do not close the app.",
                ).format(what=kinds_text(self._bridge))
            )
            self.setStyleSheet(UNSAVED_STYLE)
            self.show()
        elif self._said:
            self._said = False
            self.setStyleSheet("")
            self.setText(
                translate("Unsaved", "Everything recorded is saved ({time}).").format(
                    time=f"{datetime.now():%H:%M:%S}"
                )
            )
