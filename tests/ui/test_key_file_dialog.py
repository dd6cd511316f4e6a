"""In the app, a missing or damaged key file is a dialog saying what happened and what to do."""

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.app import run_app
from facilitator.paths import database_path
from facilitator.security import vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from facilitator.ui import dialogs, i18n
from tests.helpers.plans import loaded_plan

PASSPHRASE = "a passphrase for tests"


def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, title, text: said.append((title, text)))
    return said


def a_session_with_an_encrypted_note() -> str:
    store = vault.open_store(vault.set_up(PASSPHRASE, n=2**10))
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note("a note", [])
    store.close()
    return live.id


def test_a_deleted_key_file_is_a_dialog_and_no_new_key(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    session = a_session_with_an_encrypted_note()
    vault.keyfile_path().unlink()
    said = told(monkeypatch)
    assert run_app(None) == 1
    assert len(said) == 1 and said[0][0] == "The notes cannot be opened"
    assert str(vault.keyfile_path()) in said[0][1] and "is missing" in said[0][1]
    assert "facilitator data delete-all" in said[0][1] and "backup" in said[0][1]
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err and "is missing" in err
    assert not vault.keyfile_path().exists()  # no key made silently over the old notes
    store = Store.open(database_path())
    assert store.encrypted_rows() == 1 and store.session(session).id == session  # nothing lost
    store.close()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_damaged_key_file_is_said_in_the_facilitators_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    a_session_with_an_encrypted_note()
    path = vault.keyfile_path()
    path.write_text(json.dumps({**json.loads(path.read_bytes()), "p": 100_000}))
    said = told(monkeypatch)
    try:
        assert run_app(None, ui_language=language) == 1
    finally:
        i18n.install(qtbot_app(), "en")
    (title, text), *_ = said
    assert str(path) in text and "«p»" in text
    assert "facilitator data delete-all" in text
    assert title != "The notes cannot be opened" and "is damaged" not in text  # translated


def qtbot_app() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_run_app_without_dialog_prints_one_line(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a_session_with_an_encrypted_note()
    vault.keyfile_path().write_text("[1, 2")
    told(monkeypatch)
    assert run_app(None) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "key.json is damaged" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "cannot be recovered"), ("ru", "не восстановить"), ("kk", "қалпына келтіру мүмкін емес")],
)
def test_the_unlock_dialog_says_what_to_do_with_a_forgotten_passphrase(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str, words: str
) -> None:
    a_session_with_an_encrypted_note()
    prompts: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_passphrase", lambda _parent, _title, text, confirm=False: prompts.append(text)
    )
    try:
        assert run_app(None, ui_language=language) == 0  # cancelled: nothing opened
    finally:
        i18n.install(qtbot_app(), "en")
    assert words in prompts[0] and "facilitator data delete-all" in prompts[0]
