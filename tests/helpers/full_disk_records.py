"""A live session whose records meet a full disk, in a process a test kills with SIGKILL.

``python -m tests.helpers.full_disk_records`` opens the store in ``$FACILITATOR_DATA_DIR`` (the
test's small filesystem), starts a session through the real ``SessionBridge`` and prints
``started ID``. On ``full`` (stdin: the test has filled the disk) it logs a resistance moment,
offers a referral, moves to step 2 and types a count there, then prints ``kept N`` (what the
bridge keeps in memory). On ``room`` (the test freed space) it runs the Qt loop until the bridge's
own retry timer has written everything, prints ``saved``, and keeps running until it is killed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.store import Store
from facilitator.ui.session_bridge import SessionBridge
from tests.helpers.plans import loaded_plan, tally


def main() -> None:
    app = QApplication([])
    store = Store.open(database_path())
    bridge = SessionBridge(loaded_plan([10, 10, 10], tallies={1: tally()}), "plan.yaml", store, SystemClock())
    bridge.start()
    print(f"started {bridge.session_id}", flush=True)
    assert sys.stdin.readline().strip() == "full"
    bridge.log_resistance("cue", "personal-beliefs", "open-argument", "ask", "defused")
    bridge.offer_referral("crisis-helpline")
    bridge.next()
    bridge.set_tally("enough-rights", "agree", 7)
    print(f"kept {bridge.unsaved_records()}", flush=True)
    assert sys.stdin.readline().strip() == "room"
    watch = QTimer()
    watch.setInterval(100)

    def saved() -> None:
        if not bridge.unsaved_records():
            watch.stop()
            print("saved", flush=True)

    watch.timeout.connect(saved)
    watch.start()
    app.exec()  # until killed


if __name__ == "__main__":
    sys.exit(main())
