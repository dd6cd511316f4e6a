"""Raw notes at rest: encrypted in every file, the wrong passphrase changes nothing, deletion is final."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.security import keys, vault
from facilitator.security.cipher import AesGcmCodec
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.codec import UnreadableData
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan
from tests.helpers.scripted_session import marker

ROOT = Path(__file__).resolve().parents[2]
FAST = 2**10  # scrypt cost for tests; the app uses 2**17
PASSPHRASE = "three green horses at dawn"


@pytest.fixture
def encrypted(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    vault.set_up(PASSPHRASE, n=FAST)
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", PASSPHRASE)
    return data_dir


def every_file_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def markers_found(folder: Path) -> list[str]:
    raw = every_file_bytes(folder)
    found = []
    for n in range(50):
        text = marker(n)
        if text.encode() in raw or text.encode("utf-16-le") in raw:
            found.append(text)
    return found


def test_the_key_is_checked_without_being_stored(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    key = keys.create(path, PASSPHRASE, n=FAST)
    assert keys.unlock(path, PASSPHRASE) == key
    assert key not in path.read_bytes() and PASSPHRASE.encode() not in path.read_bytes()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock(path, "three green horses at dusk")
    keys.change_passphrase(path, PASSPHRASE, "a new and longer one")
    assert keys.unlock(path, "a new and longer one") == key  # re-wrapped, the same data key
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock(path, PASSPHRASE)


def test_notes_and_roster_are_encrypted_and_read_back(encrypted: Path) -> None:
    store = vault.open_store(vault.unlock(PASSPHRASE))
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note(f"He said {marker(1)}", ["quote"])
    store.set_roster(live.id, [marker(2)])
    assert [n.text for n in store.notes(live.id)] == [f"He said {marker(1)}"]
    assert store.roster(live.id) == [marker(2)]
    store.close()
    assert markers_found(encrypted) == []


def test_a_plain_store_cannot_read_encrypted_notes_and_says_so(encrypted: Path) -> None:
    store = vault.open_store(vault.unlock(PASSPHRASE))
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note("secret", [])
    store.close()
    plain = Store.open(database_path())
    with pytest.raises(UnreadableData) as raised:
        plain.notes(live.id)
    assert "secret" not in str(raised.value)
    plain.close()


def test_notes_written_before_the_passphrase_are_encrypted_when_it_is_set(data_dir: Path) -> None:
    store = Store.open(database_path())
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note(marker(3), [])
    store.close()
    assert markers_found(data_dir) == [marker(3)]
    reopened = vault.open_store(vault.set_up(PASSPHRASE, n=FAST))
    assert [n.text for n in reopened.notes(live.id)] == [marker(3)]
    reopened.close()
    assert markers_found(data_dir) == []


def run_child(seed: int, lines: int, env: dict[str, str]) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.scripted_session", str(seed), "--encrypted"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    for _ in range(lines):
        child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()


def test_markers_are_in_no_file_after_sigkill_or_a_normal_stop(encrypted: Path) -> None:
    env = os.environ.copy()
    for seed in range(3):
        run_child(seed, 150, env)
        assert markers_found(encrypted) == [], "after SIGKILL"
    store = vault.open_store(vault.unlock(PASSPHRASE))
    texts = [n.text for s in store.sessions() for n in store.notes(s.id)]
    assert len(texts) >= 3 * 100 and any(marker(7) in t for t in texts)  # really written, and readable
    store.close()
    assert markers_found(encrypted) == [], "after a normal stop"


def test_a_wrong_passphrase_shows_nothing_and_changes_nothing(encrypted: Path, tmp_path: Path) -> None:
    store = vault.open_store(vault.unlock(PASSPHRASE))
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note(marker(4), [])
    store.close()
    before = {p: p.read_bytes() for p in encrypted.rglob("*") if p.is_file()}
    env = {**os.environ, "FACILITATOR_PASSPHRASE": "not the passphrase"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "sessions",
            "export-json",
            live.id,
            "--out",
            str(tmp_path / "x.json"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert (
        result.returncode == 1
        and "the passphrase is wrong, or the key file" in result.stderr
        and "Traceback" not in result.stderr
    )
    assert marker(4) not in result.stdout + result.stderr
    assert not (tmp_path / "x.json").exists()
    assert {p: p.read_bytes() for p in encrypted.rglob("*") if p.is_file()} == before


def test_delete_for_good_leaves_nothing_readable_even_with_the_old_passphrase(
    encrypted: Path, tmp_path: Path
) -> None:
    store = vault.open_store(vault.unlock(PASSPHRASE))
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note(marker(5), [])
    store.backup(tmp_path / "stolen-copy.sqlite3")  # someone copied the database before
    store.close()
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "data", "delete-all", "--yes"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert not vault.keyfile_path().exists() and not database_path().exists()
    with pytest.raises(keys.KeyFileError):
        vault.unlock(PASSPHRASE)
    copy = Store.open(tmp_path / "stolen-copy.sqlite3")
    assert marker(5).encode() not in (tmp_path / "stolen-copy.sqlite3").read_bytes()
    with pytest.raises(UnreadableData):
        copy.notes(live.id)  # and no key anywhere can open it now
    copy.close()


def test_a_locked_codec_refuses_to_read_or_write() -> None:
    codec = AesGcmCodec(b"k" * 32)
    sealed = codec.encode("x")
    codec.forget()
    with pytest.raises(UnreadableData):
        codec.decode(sealed)
    with pytest.raises(UnreadableData):
        codec.encode("y")


def test_the_app_uses_the_memory_hard_cost(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    keys.create(path, PASSPHRASE)
    assert keys.KeyFile.from_bytes(path.read_bytes(), "key").n == 2**17  # 128 MiB per guess
    assert len(keys.unlock(path, PASSPHRASE)) == 32
