"""What the facilitator records during a live session besides notes (steps and time, resistance
moments, referrals offered, counts, figures) is kept when the disk is full, said on the console,
saved as soon as there is room, asked about on quit, and there on resume after a kill. Before,
only notes and counts were kept: a moment or a referral logged on a full disk was lost with a
"do it again" message, and Next did not move the projector on.

The data folder is a real 1 MB tmpfs filled to the last byte (root is needed to mount it; the
tests are skipped elsewhere and say why)."""

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.aids.moments import referrals_offered, resistance_moments
from facilitator.content import default_workshop
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.events import EventKind
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from tests.helpers.processes import ROOT, kill, read_line
from tests.reliability.test_full_disk_languages import english_left
from tests.reliability.test_full_disk_notes import fill, small_disk  # noqa: F401 (a fixture)
from tests.ui.conftest import Rig, answers, build_rig, close_rig  # noqa: F401 (answers: no real dialog)
from tests.ui.test_translations import language  # noqa: F401 (a fixture: ru and kk installed)

KEPT = {"ru": "остаётся в приложении", "kk": "қолданбада қалады"}


@pytest.fixture
def rig_on_small_disk(qtbot: QtBot, small_disk: Path) -> Iterator[Rig]:  # noqa: F811
    made = build_rig(qtbot, load_plan(default_workshop("en")))
    made.bridge.start()
    yield made
    close_rig(made)


def on_disk(path: Path, table: str) -> int:
    other = sqlite3.connect(path)  # another reader, as after a crash
    try:
        return int(other.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        other.close()


def record_on_a_full_disk(rig: Rig) -> None:
    bridge = rig.bridge
    assert bridge.log_resistance("cue", "personal-beliefs", "open-argument", "ask", "defused")
    assert bridge.offer_referral("crisis-helpline")
    bridge.next()
    bridge.add_minutes(2)


def test_moments_referrals_and_steps_on_a_full_disk_are_kept_said_and_saved_once_there_is_room(
    qtbot: QtBot,
    rig_on_small_disk: Rig,
    small_disk: Path,  # noqa: F811
) -> None:
    rig, bridge = rig_on_small_disk, rig_on_small_disk.bridge
    assert bridge.log_resistance("cue", "discomfort", "ridicule", "ask", "continued")  # room: saved
    events_before = on_disk(rig.store.path, "events")
    filler = fill(small_disk)
    errors: list[str] = []
    bridge.error_reported.connect(errors.append)
    record_on_a_full_disk(rig)
    assert len(errors) == 4 and all("disk is full" in error for error in errors)  # each one said
    assert all("stays in the app" in error for error in errors)  # and what became of it
    assert bridge.index == 1  # the projector moved on all the same
    # the disk really took nothing
    assert on_disk(rig.store.path, "resistance_moments") == 1
    assert on_disk(rig.store.path, "referrals_offered") == 0
    assert on_disk(rig.store.path, "events") == events_before
    assert bridge.unsaved_records() == 4
    banner = rig.console.unsaved_banner
    assert banner.isVisible()
    assert banner.text().startswith(
        "Not saved yet: steps and timing: 2, resistance moments: 1, referrals offered: 1"
    )
    assert "Resistance moments logged: 2 · Referrals offered: 1" in rig.console.moments.text()
    assert bridge.referral_steps() == {0}  # the notes box offers follow-up there already
    bridge.retry_records()  # still full: kept, not dropped
    assert bridge.unsaved_records() == 4
    filler.unlink()  # room again
    bridge.retry_records()  # what the retry timer does every few seconds
    assert bridge.unsaved_records() == 0
    assert on_disk(rig.store.path, "resistance_moments") == 2
    assert on_disk(rig.store.path, "referrals_offered") == 1
    kinds = [event.kind for event in rig.store.events(bridge.session_id or "")]
    assert kinds[-2:] == [EventKind.GOTO, EventKind.ADJUST]  # in the order they happened
    assert banner.text().startswith("Everything recorded is saved")


def test_the_retry_timer_saves_them_without_being_asked(
    qtbot: QtBot,
    rig_on_small_disk: Rig,
    small_disk: Path,  # noqa: F811
) -> None:
    rig = rig_on_small_disk
    filler = fill(small_disk)
    assert rig.bridge.offer_referral("shelter")
    assert rig.bridge.unsaved_records() == 1
    filler.unlink()
    qtbot.waitUntil(lambda: rig.bridge.unsaved_records() == 0, timeout=8000)
    assert on_disk(rig.store.path, "referrals_offered") == 1


def test_quitting_with_records_not_saved_says_so_and_offers_to_try_again(
    qtbot: QtBot,
    rig_on_small_disk: Rig,
    small_disk: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rig = rig_on_small_disk
    filler = fill(small_disk)
    record_on_a_full_disk(rig)
    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str) -> dialogs.UnsavedAnswer:
        asked.append(text)
        return dialogs.UnsavedAnswer.CANCEL

    monkeypatch.setattr(dialogs, "ask_unsaved", cancel)
    rig.console.close()
    assert rig.console.isVisible()  # cancelled: nothing lost, the app stays open
    assert asked == [
        "Not saved yet: steps and timing: 2, resistance moments: 1, referrals offered: 1. They are "
        "only in this window (is the disk full?). Free some space and try again, or close and lose them."
    ]

    def free_then_retry(_parent: object, _title: str, text: str) -> dialogs.UnsavedAnswer:
        asked.append(text)
        if len(asked) == 3:
            filler.unlink()  # the facilitator deleted a film, then pressed "Try again"
        return dialogs.UnsavedAnswer.RETRY

    monkeypatch.setattr(dialogs, "ask_unsaved", free_then_retry)
    rig.console.close()
    assert len(asked) == 3  # tried again while still full: asked again; then saved, not asked
    assert not rig.console.isVisible()
    assert on_disk(rig.store.path, "resistance_moments") == 1
    assert on_disk(rig.store.path, "referrals_offered") == 1


def test_saved_once_there_is_room_then_killed_they_are_there_on_resume(small_disk: Path) -> None:  # noqa: F811
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.full_disk_records"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        first = read_line(child)
        assert first.startswith("started "), first
        session_id = first.split()[1]
        filler = fill(small_disk)
        _say(child, "full")
        assert read_line(child) == "kept 4"  # moment, referral, step, count: all in memory
        assert on_disk(small_disk / "facilitator.sqlite3", "resistance_moments") == 0  # not on disk yet
        filler.unlink()
        _say(child, "room")
        assert read_line(child, timeout=30) == "saved"  # the bridge's own retry timer wrote them
    finally:
        kill(child)  # SIGKILL: no clean-up, no last try on close
        if child.stdin is not None:
            child.stdin.close()
    store = Store.open(small_disk / "facilitator.sqlite3")
    try:
        live = LiveSession.resume(store, session_id, FakeClock())
        assert live.engine.index == 1  # the step moved to on the full disk
        assert [m.driver for m in resistance_moments(store, session_id)] == ["personal-beliefs"]
        assert [r.kind.value for r in referrals_offered(store, session_id)] == ["crisis-helpline"]
        assert [(t.step, t.answer, t.count) for t in store.tallies(session_id)] == [(1, "agree", 7)]
    finally:
        store.close()


def _say(child: subprocess.Popen[str], line: str) -> None:
    assert child.stdin is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()


def test_the_banner_and_the_quit_question_are_in_the_ui_language(
    qtbot: QtBot,
    language: str,  # noqa: F811
    small_disk: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rig = build_rig(qtbot, load_plan(default_workshop("en")))
    try:
        rig.bridge.start()
        errors: list[str] = []
        rig.bridge.error_reported.connect(errors.append)
        fill(small_disk)
        record_on_a_full_disk(rig)
        banner = rig.console.unsaved_banner.text()
        assert english_left(banner) == [], banner
        assert KEPT[language] in errors[0]
        assert english_left(errors[0], str(rig.store.path), "database or disk is full") == [], errors[0]
        asked: list[str] = []
        monkeypatch.setattr(
            dialogs,
            "ask_unsaved",
            lambda _p, title, text: asked.extend([title, text]) or dialogs.UnsavedAnswer.CANCEL,
        )
        rig.console.close()
        assert len(asked) == 2 and all(english_left(said) == [] for said in asked), asked
    finally:
        close_rig(rig)
