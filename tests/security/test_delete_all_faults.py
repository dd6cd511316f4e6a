"""``data delete-all`` on a read-only folder is a message; it destroys a killed passphrase change's
leftover key copy too."""

import os
import subprocess
from pathlib import Path

import pytest

from facilitator.security import vault
from tests.helpers.processes import run_cli


def delete_all() -> subprocess.CompletedProcess[str]:
    return run_cli("data", "delete-all", "--yes")


def test_a_leftover_temporary_key_copy_is_destroyed(data_dir: Path) -> None:
    vault.set_up("three green horses at dawn", n=2**10)
    leftover = data_dir / ".key.json.abc123.tmp"  # what write_atomic leaves when killed mid-write
    leftover.write_bytes(vault.keyfile_path().read_bytes())
    result = delete_all()
    assert result.returncode == 0, result.stderr
    assert list(data_dir.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_a_message_and_nothing_is_touched(data_dir: Path) -> None:
    vault.set_up("three green horses at dawn", n=2**10)
    before = vault.keyfile_path().read_bytes()
    data_dir.chmod(0o500)
    try:
        result = delete_all()
    finally:
        data_dir.chmod(0o700)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "read-only" in result.stderr and "nothing was deleted" in result.stderr
    assert vault.keyfile_path().read_bytes() == before


def test_a_file_that_cannot_be_removed_is_a_one_line_message(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator.cli import main

    vault.set_up("three green horses at dawn", n=2**10)

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)  # as on a read-only folder, even for root
    assert main(["data", "delete-all", "--yes"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"facilitator: cannot delete {vault.keyfile_path()}: Permission denied"
