"""The app says once, in the UI's language, that the key file does not belong to this data folder
(it opens with the passphrase, but not these notes), and opens nothing: every note used to show as
"damaged"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.security import keys, vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs, i18n, key_messages
from facilitator.ui.launch import Launcher
from tests.helpers.plans import loaded_plan
from tests.ui.conftest import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "does not belong to this data folder"),
        ("ru", "не от этой папки данных"),
        ("kk", "деректер қалтасына тиесілі емес"),
    ],
)
def test_the_launcher_says_the_key_is_not_this_folders_and_opens_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, said: str
) -> None:
    store = vault.open_store(vault.set_up(TEST_PASSPHRASE, n=2**10))
    LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock()).add_note("a note", [])
    store.close()
    other = tmp_path / "other.json"
    keys.create(other, TEST_PASSPHRASE, n=2**10)  # another data folder's key, the same passphrase
    vault.keyfile_path().write_bytes(other.read_bytes())
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, title, text: told.append((title, text)))
    app = QApplication.instance()
    if language != "en":
        ts = ROOT / "facilitator" / "i18n" / f"facilitator_{language}.ts"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / f"facilitator_{language}.qm")],
            check=True,
        )
        assert i18n.install(app, language, folder=tmp_path) == language  # type: ignore[arg-type]
    store = Store.open(database_path())
    launcher = Launcher(app, load_plan(default_workshop("en")), "plan.yaml", store, FakeClock())  # type: ignore[arg-type]
    try:
        with pytest.raises(keys.KeyFileError):
            launcher.open()
        assert launcher.console is None and launcher.bridge is None
        ((title, text),) = told  # said once
        assert title == key_messages.title() and said in text
        assert str(vault.keyfile_path()) in text
    finally:
        i18n.install(app, "en")  # type: ignore[arg-type]
        store.close()
