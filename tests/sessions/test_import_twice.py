"""The same session file imported twice is refused the second time, naming the session already
here (it made a second, identical session); export-json never replaces an existing file unless
told to (--force). Real processes, real files."""

from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.sessions.store import Store
from tests.helpers.processes import cli_env, run_cli
from tests.helpers.stored_session import session_with_notes

PASSPHRASE = "a passphrase for tests"


@pytest.fixture
def session_id(data_dir: Path) -> str:
    return session_with_notes(PASSPHRASE, "a note")


def env(data: Path) -> dict[str, str]:
    return cli_env(PASSPHRASE, data)


def session_count(data: Path) -> int:
    store = Store.open(data / database_path().name)
    try:
        return len(store.sessions())
    finally:
        store.close()


def test_a_file_imported_twice_is_refused_naming_the_session_here(
    session_id: str, data_dir: Path, tmp_path: Path
) -> None:
    sealed = tmp_path / "session.json"
    assert (
        run_cli("sessions", "export-json", session_id, "--out", str(sealed), env=env(data_dir)).returncode
        == 0
    )
    again = run_cli("sessions", "import", str(sealed), env=env(data_dir))  # into the laptop it came from
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert f"holds session {session_id}" in again.stderr and "nothing was imported" in again.stderr
    assert session_count(data_dir) == 1
    other = tmp_path / "other-laptop"
    assert run_cli("passphrase", "set", env=env(other)).returncode == 0
    first = run_cli("sessions", "import", str(sealed), env=env(other))
    assert first.returncode == 0, first.stderr
    new_id = first.stdout.strip()
    second = run_cli("sessions", "import", str(sealed), env=env(other))
    assert second.returncode == 1 and f"holds session {new_id}" in second.stderr
    assert f"facilitator sessions delete {new_id}" in second.stderr
    assert session_count(other) == 1


def test_export_json_does_not_replace_a_file_unless_forced(
    session_id: str, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kept.json"
    out.write_text("someone's file", encoding="utf-8")
    refused = run_cli("sessions", "export-json", session_id, "--out", str(out), env=env(data_dir))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"{out} exists already; nothing was written" in refused.stderr and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "someone's file"
    forced = run_cli("sessions", "export-json", session_id, "--out", str(out), "--force", env=env(data_dir))
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8") != "someone's file"
