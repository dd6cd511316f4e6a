"""Opening the app on a completely full disk (SQLite cannot make its -shm and -wal files): it opens
what it can, read-only, says so in a dialog in the facilitator's language (the disk is full; free
space; what still works), and loses nothing already saved. Before, it printed "disk I/O error" on
stderr and did not open at all.

The data folder is a real 8 MB ext4 image, loop-mounted and filled to the last block (root is
needed; the test is skipped elsewhere and says why)."""

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.app import run_app
from facilitator.paths import database_path
from facilitator.security import vault
from facilitator.sessions.store import Store, StoreError
from facilitator.ui import dialogs, i18n
from tests.helpers.stored_session import session_with_notes
from tests.reliability.test_full_disk_notes import fill

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "a passphrase for tests"


def small_filesystem(tmp_path: Path) -> Path:
    """A real 8 MB ext4 filesystem, loop-mounted (unmounted by the caller)."""
    image, folder = tmp_path / "small.img", tmp_path / "small"
    folder.mkdir()
    with image.open("wb") as made:
        made.truncate(8 * 1024 * 1024)
    steps = (["mkfs.ext4", "-q", str(image)], ["mount", "-o", "loop", str(image), str(folder)])
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot make a small filesystem here ({step[0]}): {done.stderr.strip()}")
    return folder


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder on a small ext4 filesystem holding one session with a note, then filled."""
    folder = small_filesystem(tmp_path)
    data = folder / "data"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(data))
    try:
        session_with_notes(PASSPHRASE, "a note saved before the disk filled up")
        fill(folder)
        yield data
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_store_opens_read_only_and_reads_everything_saved(full_disk: Path) -> None:
    with pytest.raises(StoreError):
        Store.open(database_path())  # what stopped the app
    store = Store.open_read_only(database_path(), vault.unlock(PASSPHRASE))
    try:
        (session,) = store.sessions()
        assert [note.text for note in store.notes(session.id)] == ["a note saved before the disk filled up"]
        with pytest.raises(StoreError, match="read-only"):
            store.add_note(session.id, 0, "more", [], 0.0)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        ("en", "The disk is full", "opened your data read-only"),
        ("ru", "Диск заполнен", "только для чтения"),
        ("kk", "Диск толып қалды", "тек оқу үшін"),
    ],
)
def test_the_app_opens_read_only_and_says_so_in_the_facilitators_language(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    full_disk: Path,
    language: str,
    title: str,
    words: str,
) -> None:
    before = digests(full_disk)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, t, text: said.append((t, text)))
    monkeypatch.setattr("facilitator.app._from_terminal", lambda: False)  # started from an icon
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: asked.append("unlock"))  # then closed
    try:
        assert run_app(None, ui_language=language) == 0  # it opened, up to the passphrase
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert asked == ["unlock"]
    assert len(said) == 1 and said[0][0] == title and words in said[0][1]
    assert str(database_path()) in said[0][1]  # the details, as printed
    err = capsys.readouterr().err
    assert "opened read-only" in err and "Traceback" not in err
    after = digests(full_disk)
    assert {name: after.get(name) for name in before} == before  # nothing saved was changed or lost


def test_the_real_app_paints_both_windows_on_a_full_disk(full_disk: Path) -> None:
    before = digests(full_disk)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--quit-when-shown"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_PASSPHRASE": PASSPHRASE},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert '"console_ready"' in result.stdout  # both windows painted, keys taken
    assert "opened read-only, the disk being full" in result.stderr and "Traceback" not in result.stderr
    after = digests(full_disk)
    assert {name: after.get(name) for name in before} == before


def test_a_first_start_on_a_full_disk_says_the_disk_is_full(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = small_filesystem(tmp_path)
    try:
        fill(folder)
        monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder / "data"))
        said: list[tuple[str, str]] = []
        monkeypatch.setattr(dialogs, "tell", lambda _parent, t, text: said.append((t, text)))
        monkeypatch.setattr("facilitator.app._from_terminal", lambda: False)
        monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: pytest.fail("nothing can open"))
        try:
            assert run_app(None, ui_language="ru") == 1
        finally:
            i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
        assert len(said) == 1 and said[0][0] == "Диск заполнен" and "Освободите место" in said[0][1]
        assert "Traceback" not in capsys.readouterr().err
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


CRASHING_WRITER = """
import os
from facilitator.security import vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from tests.helpers.plans import loaded_plan
store = vault.open_store(vault.set_up({passphrase!r}, n=2**10))
live = LiveSession.new(store, loaded_plan([10, 10]), "plan.yaml", FakeClock())
live.add_note("typed just before the crash", [])
os._exit(0)  # killed: nothing closed, the note is in the -wal file only
"""


def test_what_a_crash_left_in_the_wal_is_kept_and_read_once_there_is_room(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = small_filesystem(tmp_path)
    try:
        monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder / "data"))
        script = CRASHING_WRITER.format(passphrase=PASSPHRASE)
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=dict(os.environ), check=True)
        journal = database_path().with_name("facilitator.sqlite3-wal")
        assert journal.stat().st_size > 0
        filler = fill(folder)
        said: list[tuple[str, str]] = []
        monkeypatch.setattr(dialogs, "tell", lambda _parent, t, text: said.append((t, text)))
        monkeypatch.setattr("facilitator.app._from_terminal", lambda: False)
        monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: None)
        assert run_app(None) == 0
        assert [title for title, _text in said] == ["The disk is full"]
        assert f"the latest changes wait in {journal}" in said[0][1]
        filler.unlink()  # room again: the note typed before the crash is there
        store = Store.open(database_path(), vault.unlock(PASSPHRASE))
        try:
            (session,) = store.sessions()
            assert [note.text for note in store.notes(session.id)] == ["typed just before the crash"]
        finally:
            store.close()
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
