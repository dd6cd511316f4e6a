"""A damaged or missing key file is refused with a message that says what happened and what to do.

Never a traceback, never a hang (scrypt's cost is checked before scrypt runs), never a new key made
silently over encrypted notes it cannot open.
"""

import base64
import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.security import keys, vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from tests.helpers import processes
from tests.helpers.plans import loaded_plan

FAST = 2**10
PASSPHRASE = "three green horses at dawn"


def good_record(path: Path) -> dict[str, object]:
    keys.create(path, PASSPHRASE, n=FAST)
    return dict(json.loads(path.read_bytes()))


def damaged(field: str, value: object) -> object:
    def change(record: dict[str, object]) -> object:
        return {**record, field: value}

    return change


# (name, how the file is damaged, the field the message names)
DAMAGES = [
    ("n=0", damaged("n", 0), "n"),
    ("n=2^30", damaged("n", 2**30), "n"),
    ("n not a power of two", damaged("n", 1000 * 1024), "n"),
    ("r=0", damaged("r", 0), "r"),
    ("p=100000", damaged("p", 100_000), "p"),
    ("empty wrapped key", damaged("wrapped_key", ""), "wrapped_key"),
    ("wrapped key not base64", damaged("wrapped_key", "***"), "wrapped_key"),
    ("n as text", damaged("n", "1024"), "n"),
    ("n as true", damaged("n", True), "n"),
    ("salt as a number", damaged("salt", 17), "salt"),
    ("missing salt", lambda r: {k: v for k, v in r.items() if k != "salt"}, "salt"),
    ("version as a list", damaged("version", [1]), "version"),
    ("a JSON list", lambda r: [r], ""),
    ("a JSON string", lambda r: "key", ""),
]


def write_damaged(path: Path, change: object) -> None:
    record = good_record(path)
    path.write_text(json.dumps(change(record)))  # type: ignore[operator]


@pytest.mark.parametrize(("name", "change", "field"), DAMAGES, ids=[d[0] for d in DAMAGES])
def test_a_damaged_key_file_is_refused_at_once_naming_the_field(
    tmp_path: Path, name: str, change: object, field: str
) -> None:
    path = tmp_path / "key.json"
    write_damaged(path, change)
    started = time.monotonic()
    with pytest.raises(keys.KeyFileError) as raised:
        keys.unlock(path, PASSPHRASE)
    assert time.monotonic() - started < 2  # no hang, no gigabytes for scrypt
    message = str(raised.value)
    assert str(path) in message and "damaged" in message and "delete-all" in message
    assert raised.value.problem == "damaged" and raised.value.field == field
    if field:
        assert repr(field) in message


def test_truncated_json_and_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    good_record(path)
    for raw in (path.read_bytes()[:40], b"\xff\xfe\x00garbage", b"", b"[" * 100_000):
        path.write_bytes(raw)
        with pytest.raises(keys.KeyFileError, match="damaged"):
            keys.unlock(path, PASSPHRASE)


def test_a_newer_key_file_asks_for_an_update(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    write_damaged(path, damaged("version", 2))
    with pytest.raises(keys.KeyFileError, match="newer version") as raised:
        keys.unlock(path, PASSPHRASE)
    assert raised.value.problem == "newer"


def test_scrypt_is_never_called_with_an_insane_cost() -> None:
    for n, r, p in ((2**30, 8, 1), (2**17, 8, 100_000), (2**17, 64, 1), (2**20, 32, 1), (0, 8, 1)):
        with pytest.raises(keys.KeyFileError):
            keys.derive(PASSPHRASE, b"s" * 16, n, r, p)
    keys.check_cost(keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P)  # the app's own cost is fine


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = env or {**os.environ, "FACILITATOR_PASSPHRASE": PASSPHRASE}
    return processes.run_cli(*args, env=env, timeout=30)  # p=100000 without the bound takes minutes


@pytest.mark.parametrize("index", [0, 1, 4, 5, 12])
def test_the_cli_says_it_in_one_line_with_no_traceback(data_dir: Path, tmp_path: Path, index: int) -> None:
    store = vault.open_store(vault.set_up(PASSPHRASE, n=FAST))
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note("a note", [])
    store.close()
    write_damaged_keeping(vault.keyfile_path(), DAMAGES[index][1])
    before = vault.keyfile_path().read_bytes()
    result = run_cli("sessions", "export-json", live.id, "--out", str(tmp_path / "x.json"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "key.json is damaged" in result.stderr and "delete-all" in result.stderr
    assert vault.keyfile_path().read_bytes() == before  # nothing changed
    assert not (tmp_path / "x.json").exists()


def write_damaged_keeping(path: Path, change: object) -> None:
    record = dict(json.loads(path.read_bytes()))
    path.write_text(json.dumps(change(record)))  # type: ignore[operator]


def encrypted_note_then_key_deleted() -> str:
    store = vault.open_store(vault.set_up(PASSPHRASE, n=FAST))
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note("a note", [])
    store.close()
    vault.keyfile_path().unlink()
    return live.id


def test_a_deleted_key_file_with_encrypted_notes_is_never_replaced_silently(data_dir: Path) -> None:
    encrypted_note_then_key_deleted()
    with pytest.raises(keys.KeyFileError, match="missing") as raised:
        vault.set_up("a new passphrase here", n=FAST)
    assert raised.value.problem == "missing" and "1 encrypted note" in str(raised.value)
    assert not vault.keyfile_path().exists()
    result = run_cli("passphrase", "set")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "key.json is missing" in result.stderr and "delete-all" in result.stderr
    assert not vault.keyfile_path().exists()


def test_a_deleted_key_file_is_named_when_notes_are_read(data_dir: Path, tmp_path: Path) -> None:
    session = encrypted_note_then_key_deleted()
    result = run_cli("sessions", "export-json", session, "--out", str(tmp_path / "x.json"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "key.json is missing" in result.stderr
    assert database_path().exists()  # nothing lost: with the key file back, the notes open again


def test_a_fresh_folder_still_gets_a_key(data_dir: Path) -> None:
    vault.check_key()  # nothing there: nothing to refuse
    codec = vault.set_up(PASSPHRASE, n=FAST)
    assert codec.decode(vault.unlock(PASSPHRASE).encode("x")) == "x"


def test_a_flipped_bit_in_the_wrapped_key_is_not_called_just_a_wrong_passphrase(data_dir: Path) -> None:
    """A key file damaged inside its wrapped key (still base64, still the right length) cannot
    be told from a wrong passphrase: both are said, and the backup comes before deleting all."""
    store = vault.open_store(vault.set_up(PASSPHRASE, n=FAST))
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note("a note", [])
    store.close()
    path = vault.keyfile_path()
    record = json.loads(path.read_bytes())
    wrapped = bytearray(base64.b64decode(record["wrapped_key"]))
    wrapped[5] ^= 1
    record["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    path.write_text(json.dumps(record))
    env = dict(os.environ, FACILITATOR_PASSPHRASE=PASSPHRASE)
    result = processes.run_cli("export", live.id, "--out", str(data_dir / "x.pdf"), env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    said = result.stderr.strip()
    assert f"the passphrase is wrong, or the key file {path} is damaged; nothing was changed" in said
    assert "copy of key.json from a backup" in said and "delete-all" not in said
    record["wrapped_key"] = record["wrapped_key"][:-4] + "!!!!"  # its structure broken: said plainly
    path.write_text(json.dumps(record))
    result = processes.run_cli("export", live.id, "--out", str(data_dir / "x.pdf"), env=env)
    assert "is damaged (field 'wrapped_key': not base64)" in result.stderr
    assert "passphrase is wrong" not in result.stderr
