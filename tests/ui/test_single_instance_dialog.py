"""In the app: another app on the data folder is a dialog in the facilitator's language (or one
line from a terminal), and nothing is opened; a killed ``passphrase change``'s key copy is destroyed."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator import app as app_module
from facilitator.app import run_app
from facilitator.paths import instance_lock_path
from facilitator.security import vault
from facilitator.ui import dialogs, i18n


@pytest.fixture
def held() -> Iterator[QLockFile]:
    """Another app's lock (QLockFile refuses a second lock, even in the same process)."""
    lock = QLockFile(str(instance_lock_path()))
    assert lock.tryLock(0)
    yield lock
    lock.unlock()


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        ("en", "Facilitator is already open", "Switch to that window, or close it first."),
        ("ru", "Facilitator уже открыт", "Перейдите в то окно или сначала закройте его."),
        ("kk", "Facilitator ашық тұр", "Сол терезеге ауысыңыз немесе алдымен оны жабыңыз."),
    ],
)
def test_a_second_app_is_a_dialog_in_the_facilitators_language(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    held: QLockFile,
    language: str,
    title: str,
    words: str,
) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, t, text: said.append((t, text)))
    monkeypatch.setattr(app_module, "_from_terminal", lambda: False, raising=False)  # the desktop
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: said.append(("asked", "")))
    try:
        assert run_app(None, ui_language=language) == 1
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert said == [(title, said[0][1])] and words in said[0][1] and str(data_dir) in said[0][1]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and str(data_dir) in err[0]  # the line in it too
    assert sorted(p.name for p in data_dir.iterdir()) == ["facilitator.lock"]  # nothing else written


def test_from_a_terminal_it_is_one_line_and_no_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], held: QLockFile
) -> None:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, t, _text: said.append(t))
    monkeypatch.setattr(app_module, "_from_terminal", lambda: True, raising=False)
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: said.append("asked"))
    assert run_app(None) == 1 and said == []
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_a_killed_passphrase_changes_key_copy_is_destroyed_at_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    vault.set_up("a passphrase for tests", n=2**10)
    old = data_dir / ".key.json.k1ll3d.tmp"  # what write_atomic leaves when killed mid-change
    old.write_bytes(vault.keyfile_path().read_bytes())
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    fresh = data_dir / ".key.json.wr1t1ng.tmp"  # a change being written this very moment
    fresh.write_bytes(b"{}")
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: None)  # then cancelled
    assert run_app(None) == 0
    assert not old.exists() and fresh.exists()
    assert vault.keyfile_path().exists()  # the real key is left alone
    assert not instance_lock_path().exists()  # and the folder is given back
