"""A live session that meets a full disk and is then killed, in a process a test kills with SIGKILL.

``python -m tests.helpers.full_disk_reserve`` sets up the notes key and opens the store in
``$FACILITATOR_DATA_DIR`` (the test's small filesystem) the way the app does, starts a session
through the real ``SessionBridge`` and prints ``started ID STATE`` (STATE: the space kept aside).
On ``full`` (stdin: the test has filled the disk to the last byte) it types notes through the real
notes writer (one edited as it is typed, one in Russian, one in Kazakh), logs a resistance moment,
offers a referral, moves to step 2 and types a count there, waits for the writer, then prints
``kept N failed M STATE`` (records kept in memory, note saves that failed, the reserve's state)
and waits to be killed: nothing is tried again after that line, nothing is closed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from facilitator.security import vault
from facilitator.sessions.clock import SystemClock
from facilitator.ui.session_bridge import SessionBridge
from tests.helpers.plans import loaded_plan, tally

PASSPHRASE = "a passphrase for tests"
NOTE = "Daniyar says his uncle beats him, wants to talk after"
NOTES = (NOTE, "Азат сказал: «дома всё решает отец»", "Әйгерім: ұлдар үй жұмысын істемейді деп айтты")


def main() -> None:
    app = QApplication([])
    store = vault.open_store(vault.set_up(PASSPHRASE, n=2**10))
    bridge = SessionBridge(loaded_plan([10, 10, 10], tallies={1: tally()}), "plan.yaml", store, SystemClock())
    bridge.start()
    state = bridge.reserve_state() if hasattr(bridge, "reserve_state") else None
    print(f"started {bridge.session_id} {getattr(state, 'value', state)}", flush=True)
    assert sys.stdin.readline().strip() == "full"
    failed: list[object] = []
    bridge.note_failed.connect(failed.append)
    draft = None
    for end in range(10, len(NOTE) + 1, 10):  # saved as it is typed, the last save whole
        draft = bridge.save_note(draft, NOTE[:end], [])
    bridge.save_note(draft, NOTE, ["follow-up"])
    for text in NOTES[1:]:
        bridge.save_note(None, text, [])
    bridge.log_resistance("cue", "personal-beliefs", "open-argument", "ask", "defused")
    bridge.offer_referral("crisis-helpline")
    bridge.next()
    bridge.set_tally("enough-rights", "agree", 7)
    bridge.wait_for_saves()
    app.processEvents()  # the writer's results, delivered on this thread
    state = bridge.reserve_state() if hasattr(bridge, "reserve_state") else None
    kept = bridge.unsaved_records()
    print(f"kept {kept} failed {len(failed)} {getattr(state, 'value', state)}", flush=True)
    sys.stdin.readline()  # killed while waiting here


if __name__ == "__main__":
    sys.exit(main())
