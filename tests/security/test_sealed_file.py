"""A session file leaves the store sealed: no note reaches the disk in plain text, not even when
the export is killed between writing and renaming; a wrong passphrase or a damaged file is a
message naming the file (and the line and field), never the notes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.security.sealed import seal, unseal
from facilitator.sessions import atomic
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.live import LiveSession
from facilitator.sessions.session_file import read_session_file
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan
from tests.helpers.sealing import FAST, FILE_PASSPHRASE, export_sealed, file_passphrase

NOTE = "Ерлан Сапаров +7 701 555 12 34: әкесі анасын ұрады"


def _session(store: Store) -> str:
    live = LiveSession.new(store, loaded_plan([10, 5]), "plan.yaml", FakeClock())
    live.engine.start()
    live.add_note(NOTE, ["follow-up"])
    live.engine.end()
    return live.id


def _plain_pieces() -> list[bytes]:
    return [
        piece.encode(encoding)
        for piece in ("Ерлан", "555 12 34", "ұрады")
        for encoding in ("utf-8", "utf-16-le")
    ]


def test_an_export_killed_before_its_rename_leaves_only_sealed_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.in_memory()
    session = _session(store)

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # as if the process died between the write and the rename

    monkeypatch.setattr(atomic.os, "replace", killed)
    monkeypatch.setattr(atomic.Path, "unlink", lambda *_args, **_kwargs: None)  # killed: nothing tidies up
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        export_sealed(store, session, folder / "session.json")
    left = list(folder.iterdir())
    assert left and not (folder / "session.json").exists()  # the temporary file stays behind…
    for path in left:
        data = path.read_bytes()
        assert all(piece not in data for piece in _plain_pieces())  # …and holds no note
        assert oct(os.stat(path).st_mode & 0o777) == "0o600"


def test_a_sealed_session_reads_back_only_with_its_passphrase(tmp_path: Path) -> None:
    store = Store.in_memory()
    out = tmp_path / "session.json"
    export_sealed(store, _session(store), out)
    assert all(piece not in out.read_bytes() for piece in _plain_pieces())
    assert [n.text for n in read_session_file(out, file_passphrase).notes] == [NOTE]
    with pytest.raises(InvalidFile) as wrong:
        read_session_file(out, lambda: "not the passphrase")
    assert str(wrong.value).startswith(f"{out}: this passphrase does not open the file")
    with pytest.raises(InvalidFile, match="sealed with a passphrase"):
        read_session_file(out)  # no way to ask: said, not a crash
    for raised in (wrong,):
        assert "Ерлан" not in str(raised.value)


def test_a_sealed_file_of_another_kind_or_with_a_changed_byte_is_refused(tmp_path: Path) -> None:
    sealed = seal("Айгерім".encode(), FILE_PASSPHRASE, "something-else", FAST)
    with pytest.raises(InvalidFile, match=r"x.json:4: content: expected 'facilitator-session'"):
        unseal(sealed, FILE_PASSPHRASE, "x.json", "facilitator-session")
    right = seal("Айгерім".encode(), FILE_PASSPHRASE, "facilitator-session", FAST)
    assert unseal(right, FILE_PASSPHRASE, "x.json", "facilitator-session").decode() == "Айгерім"
    text = right.decode()
    start = text.index('"ciphertext": "') + len('"ciphertext": "')
    flipped = text[:start] + ("B" if text[start] != "B" else "C") + text[start + 1 :]
    with pytest.raises(InvalidFile, match="does not open the file"):
        unseal(flipped.encode(), FILE_PASSPHRASE, "x.json", "facilitator-session")
    hungry = text.replace(f'"n": {FAST}', f'"n": {2**30}')
    with pytest.raises(InvalidFile, match=r"x.json:\d+: n: the encryption's cost is out of range"):
        unseal(hungry.encode(), FILE_PASSPHRASE, "x.json", "facilitator-session")
