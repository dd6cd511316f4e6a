"""Follow-up offers survive a crash (blind drive: the offers lived in memory only, and a crash lost
the ones not yet answered). The app is killed with SIGKILL while offers wait; reopened and resumed,
the unanswered ones are offered again, in order, and those answered are not: a "not now" is kept
with its note (a flag, never its words), a mark is the note's tag. Nothing of it is in plain text
on disk. A note typed key by key just before the kill, never finished, is there too: every change
goes to the writer at once (it used to wait 0.4 s for a pause in the typing, and the kill lost it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.launch import Launcher
from tests.helpers.follow_up_session import DECLINED, MARKED, TYPED_LAST, UNANSWERED
from tests.helpers.processes import run_and_kill


def test_offers_left_unanswered_come_back_after_a_kill_and_answered_ones_do_not(
    qtbot: QtBot, answers: list[str]
) -> None:
    import time

    (line,) = [line for line in run_and_kill(["tests.helpers.follow_up_session"], 1) if line]
    _, session_id, _, waiting = line.split()
    assert waiting == "2"  # what the killed app was offering
    folder = Path(database_path()).parent
    on_disk = b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())
    for text in (*UNANSWERED, DECLINED, MARKED, TYPED_LAST):
        assert text.encode("utf-8") not in on_disk  # the notes and their offers: encrypted only
    store = Store.open(database_path())
    app = QApplication.instance()
    clock = FakeClock(wall=time.time() + 60)  # reopened a minute after the kill
    launcher = Launcher(app, load_plan(default_workshop("en")), "plan.yaml", store, clock)  # type: ignore[arg-type]
    try:
        launcher.open()  # unlocked with the tests' passphrase, "Resume" answered
        assert "Resume the session?" in answers
        bridge, console = launcher.bridge, launcher.console
        assert bridge is not None and console is not None and bridge.session_id == session_id
        notes = console.notes
        assert TYPED_LAST in [note.text for note in bridge.notes()]  # typed just before the kill
        assert notes.waiting_offers() == 2 and notes.offer is not None
        assert notes.offer.text == UNANSWERED[0]  # oldest first, as before the crash
        assert notes.follow_up_bar.isVisible() and "step 1" in notes.follow_up_reason.text()
        assert console.actions_by_id["follow-up-mark"].isEnabled()
        console.actions_by_id["follow-up-mark"].trigger()  # Ctrl+Shift+M
        assert notes.offer is not None and notes.offer.text == UNANSWERED[1]
        console.actions_by_id["follow-up-not-now"].trigger()  # Ctrl+Shift+N
        assert notes.waiting_offers() == 0 and not notes.follow_up_bar.isVisible()
        bridge.wait_for_saves()
        tags = {note.text: note.tags for note in bridge.notes()}
        assert "follow-up" in tags[UNANSWERED[0]] and "follow-up" in tags[MARKED]
        assert "follow-up" not in tags[UNANSWERED[1]] and "follow-up" not in tags[DECLINED]
        declined = {note.text for note in bridge.notes() if note.id in bridge.declined_follow_ups()}
        assert declined == {DECLINED, UNANSWERED[1]}
    finally:
        launcher.close()
        store.close()
