"""What the commands write, and what they ask, from the adversarial test (break2, 2 Dec 2026):
a file named by --out is never replaced without --force, and never a device, a pipe or a folder;
Ctrl+D at a passphrase prompt is one line, not a traceback; ``passphrase set`` that fails leaves
no key behind, and two at once never both say they succeeded; ``passphrase change`` never says it
changed what it did not; a closed pipe is a quiet end; a data folder that is a file, a relative
one, or one where nothing can be written is said as what it is."""

from __future__ import annotations

import os
import select
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import cli, commands
from facilitator.paths import database_path
from facilitator.security import keys, vault
from facilitator.sessions.atomic import WriteFailed, write_atomic
from facilitator.sessions.errors import StoreError, StoreProblem
from facilitator.sessions.store import Store
from tests.helpers.processes import ROOT, run_cli
from tests.test_cli import make_session

PASSPHRASE = "correct horse battery"


# -- files named on the command line -------------------------------------------------------------


def test_export_refuses_to_replace_a_file_without_force(tmp_path: Path) -> None:
    session_id = make_session()
    plan = tmp_path / "plan.yaml"
    plan.write_text("id: mine\n", encoding="utf-8")
    result = run_cli("export", session_id, "--out", str(plan))
    assert result.returncode == 1
    assert f"{plan} exists already; nothing was written" in result.stderr and "--force" in result.stderr
    assert plan.read_text(encoding="utf-8") == "id: mine\n"
    forced = run_cli("export", session_id, "--out", str(plan), "--force")
    assert forced.returncode == 0, forced.stderr
    assert plan.read_bytes().startswith(b"%PDF")
    assert [path.name for path in tmp_path.iterdir()] == ["plan.yaml", "data"] or sorted(
        path.name for path in tmp_path.iterdir()
    ) == ["data", "plan.yaml"]  # no temporary file beside it


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs on Windows")
@pytest.mark.parametrize(
    "args",
    [
        ("export", "{session}", "--out", "{target}", "--force"),
        ("slides", "young-men-equality-2h", "--out", "{target}", "--force"),
        ("referrals", "export", "{target}", "--force"),
        ("sessions", "export-json", "{session}", "--out", "{target}", "--force"),
    ],
)
def test_a_pipe_or_a_folder_is_never_replaced_even_with_force(tmp_path: Path, args: tuple[str, ...]) -> None:
    session_id = make_session()
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    for target in (fifo, folder):
        result = run_cli(
            *(arg.format(session=session_id, target=target) for arg in args),
            env={**os.environ, "FACILITATOR_FILE_PASSPHRASE": "told in person, not by e-mail"},
        )
        assert result.returncode == 1, result.stderr
        assert f"cannot write {target}: it is not a regular file" in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir() and not any(folder.iterdir())


def test_referrals_export_asks_for_force_before_replacing_a_sheet(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("mine\n", encoding="utf-8")
    result = run_cli("referrals", "export", str(sheet))
    assert result.returncode == 1 and "exists already" in result.stderr
    assert sheet.read_text(encoding="utf-8") == "mine\n"
    assert run_cli("referrals", "export", str(sheet), "--force").returncode == 0
    assert sheet.read_text(encoding="utf-8-sig").startswith("name,")


def test_an_empty_file_name_is_said_as_such() -> None:
    result = run_cli("export", "x", "--out", "")
    assert result.returncode == 2 and "no file name given" in result.stderr


def test_ctrl_c_while_a_file_is_written_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "report.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_a_new_file_is_never_put_over_one_made_meanwhile(tmp_path: Path) -> None:
    target = tmp_path / "key.json"
    target.write_bytes(b"the other one")
    with pytest.raises(WriteFailed) as caught:
        write_atomic(target, b"mine", replace=False)
    assert target.read_bytes() == b"the other one" and caught.value.errno is not None
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "key.json"]


def _planted_summary(tmp_path: Path) -> tuple[str, Path]:
    """A finished session with the programme's codes set, and its summary file (for a merge)."""
    from tests.helpers.programme_sessions import planted_session

    assert (
        cli.main(["programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15"])
        == 0
    )
    store = Store.open(database_path())
    session_id = planted_session(store)
    store.close()
    assert (
        cli.main(["programme", "export", session_id, "--format", "summary", "--out", str(tmp_path / "s")])
        == 0
    )
    (summary,) = (tmp_path / "s").glob("*.json")
    return session_id, summary


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("export", "{session}", "--out", "{out}"), "report.pdf"),
        (("slides", "young-men-equality-2h", "--out", "{out}"), "slides.pdf"),
        (("referrals", "export", "{out}"), "sheet.csv"),
        (("referrals", "handout", "--country", "KZ", "--out", "{out}"), "handout.pdf"),
        (("sessions", "export-json", "{session}", "--out", "{out}"), "session.json"),
        (("programme", "export", "{planted}", "--format", "odk", "--out", "{out}"), "instances.zip"),
        (("programme", "merge", "{summary}", "--out", "{folder}"), "programme-figures.csv"),
    ],
)
def test_a_file_made_while_a_command_writes_is_kept_without_force(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    name: str,
) -> None:
    """Two commands at once (or a file saved meanwhile): the check for an existing file comes
    first, the file is put in place last; without --force the one made in between is never
    replaced (it was, by os.replace), and only one of the two wins."""
    monkeypatch.setenv("FACILITATOR_FILE_PASSPHRASE", "told in person, not by e-mail")
    planted, summary = _planted_summary(tmp_path)
    session_id = make_session()
    folder = tmp_path / "merged"
    folder.mkdir()
    out = folder / name
    real_fsync = os.fsync

    def other_command_wins(fd: int) -> None:  # the temporary file is written: the other one lands
        real_fsync(fd)
        if not out.exists():
            out.write_bytes(b"the other command's")

    monkeypatch.setattr(os, "fsync", other_command_wins)
    fields = {"session": session_id, "out": out, "planted": planted, "summary": summary, "folder": folder}
    capsys.readouterr()
    assert cli.main([arg.format(**fields) for arg in args]) == 1
    assert out.read_bytes() == b"the other command's"
    said = capsys.readouterr().err
    assert f"facilitator: cannot write {out}: it exists already; nothing was written. Choose another" in said
    assert "add --force to replace it" in said
    assert not [path.name for path in folder.iterdir() if path.name.endswith(".tmp")], "no temporary left"


# -- passphrase prompts ---------------------------------------------------------------------------


def _ctrl_d_at_prompt(*args: str, prompt: str) -> subprocess.CompletedProcess[str]:
    """Run ``facilitator ARGS`` on a terminal of its own (a pty, no passphrase in the
    environment), wait for ``prompt``, press Ctrl+D; what it printed and its exit code."""
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.endswith("PASSPHRASE")}
    child = subprocess.Popen(
        [sys.executable, "-m", "facilitator", *args],
        cwd=ROOT,
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # no controlling terminal: getpass reads the pty on standard input
    )
    os.close(slave)
    assert child.stderr is not None
    said = b""
    try:
        while prompt.encode() not in said:
            ready, _, _ = select.select([child.stderr], [], [], 60)
            assert ready, said
            chunk = os.read(child.stderr.fileno(), 4096)
            assert chunk, said
            said += chunk
        os.write(master, b"\x04")
        out, err = child.communicate(timeout=60)
    finally:
        os.close(master)
        if child.poll() is None:
            child.kill()
            child.wait()
    return subprocess.CompletedProcess(args, child.returncode, out.decode(), (said + err).decode())


@pytest.mark.skipif(sys.platform == "win32", reason="a pty")
def test_ctrl_d_at_the_first_passphrase_prompt_is_one_line_and_no_key(data_dir: Path) -> None:
    result = _ctrl_d_at_prompt("passphrase", "set", prompt="New passphrase:")
    assert result.returncode == 130, result.stderr
    assert "Traceback" not in result.stderr and "EOFError" not in result.stderr
    assert "facilitator: no passphrase given (end of input); nothing was changed" in result.stderr
    assert not (data_dir / "key.json").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="a pty")
def test_ctrl_d_at_the_unlock_prompt_is_one_line(data_dir: Path) -> None:
    vault.set_up(PASSPHRASE, n=2**10)
    result = _ctrl_d_at_prompt("passphrase", "change", prompt="Current passphrase:")
    assert result.returncode == 130 and "Traceback" not in result.stderr
    assert "no passphrase given" in result.stderr
    vault.unlock(PASSPHRASE)  # unchanged


def test_passphrase_change_without_a_terminal_needs_the_new_one(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.set_up(PASSPHRASE, n=2**10)
    env = {**os.environ, "FACILITATOR_PASSPHRASE": PASSPHRASE}
    env.pop("FACILITATOR_NEW_PASSPHRASE", None)
    refused = run_cli("passphrase", "change", env=env, input_text="")
    assert refused.returncode == 1 and "changed (" not in refused.stderr
    assert "no new passphrase" in refused.stderr and "FACILITATOR_NEW_PASSPHRASE" in refused.stderr
    vault.unlock(PASSPHRASE)
    changed = run_cli(
        "passphrase",
        "change",
        env={**env, "FACILITATOR_NEW_PASSPHRASE": "the new one, longer"},
        input_text="",
    )
    assert changed.returncode == 0 and "passphrase changed" in changed.stderr
    vault.unlock("the new one, longer")
    with pytest.raises(keys.WrongPassphrase):
        vault.unlock(PASSPHRASE)


# -- passphrase set: a failure and a race ---------------------------------------------------------


def test_passphrase_set_that_fails_leaves_no_key_so_the_retry_works(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)
    monkeypatch.setattr(vault.keys, "SCRYPT_N", 2**10)

    def full_disk(_codec: object) -> None:
        raise StoreError("could not save: database or disk is full", StoreProblem.DISK_FULL, database_path())

    with monkeypatch.context() as patched:
        patched.setattr(vault, "open_store", full_disk)
        assert cli.main(["passphrase", "set"]) == 1
    assert not (data_dir / "key.json").exists()
    assert [p.name for p in data_dir.iterdir() if "key" in p.name] == []
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", "a different one 2")
    assert cli.main(["passphrase", "set"]) == 0, capsys.readouterr().err
    vault.unlock("a different one 2")


def test_of_two_first_keys_made_at_once_the_second_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other ``passphrase set`` (or the app's first start) writes its key while this one
    derives its own: this one is refused, and the first key is the one kept."""
    path = vault.keyfile_path()
    real_derive = keys.derive
    first = {}

    def other_process_wins(passphrase: str, salt: bytes, n: int = 2**10, *rest: int) -> bytes:
        if not first:
            first["key"] = b""  # the other one derives with the real function
            monkeypatch.setattr(keys, "derive", real_derive)
            first["key"] = keys.create(path, "first passphrase A", n=2**10)
        return real_derive(passphrase, salt, 2**10)

    monkeypatch.setattr(keys, "derive", other_process_wins)
    with pytest.raises(keys.KeyFileError) as caught:
        keys.create(path, "second passphrase B", n=2**10)
    assert caught.value.problem == "exists"
    monkeypatch.setattr(keys, "derive", real_derive)
    assert keys.unlock(path, "first passphrase A") == first["key"]


def test_the_cli_says_a_passphrase_is_set_already_when_it_lost_the_race(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", "second passphrase B")
    real_create = keys.create

    def raced(path: Path, passphrase: str, n: int = 2**10) -> bytes:
        real_create(path, "first passphrase A", n=2**10)  # the other one, a moment earlier
        raise keys._exists(path)

    monkeypatch.setattr(keys, "create", raced)
    assert commands.passphrase_set(None) == 1  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert "a passphrase is set already" in err and "encrypted from now on" not in err
    keys.unlock(vault.keyfile_path(), "first passphrase A")


# -- the pipe, the data folder --------------------------------------------------------------------


def test_a_closed_pipe_ends_quietly() -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "plans", "list"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    child.stdout.close()  # as 'head' does once it has its lines: every write fails
    _, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert b"Broken pipe" not in err and b"Traceback" not in err and b"Exception ignored" not in err


def test_a_file_given_as_the_data_folder_is_said_to_be_a_file(tmp_path: Path) -> None:
    plan = tmp_path / "bom.yaml"
    plan.write_text("id: x\n", encoding="utf-8")
    result = run_cli("sessions", "list", env={**os.environ, "FACILITATOR_DATA_DIR": str(plan)})
    assert result.returncode == 1
    assert f"cannot use the data folder {plan}: it is a file, not a folder" in result.stderr
    assert "File exists" not in result.stderr


def test_a_relative_data_folder_is_refused_and_nothing_is_made(tmp_path: Path) -> None:
    env = {**os.environ, "FACILITATOR_DATA_DIR": "relative/dir", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "sessions", "list"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "FACILITATOR_DATA_DIR is a relative path (relative/dir)" in result.stderr
    assert str(tmp_path / "relative" / "dir") in result.stderr  # the full path to give instead
    assert not (tmp_path / "relative").exists()


@pytest.mark.skipif(not Path("/proc/1").is_dir(), reason="Linux /proc")
def test_a_folder_on_proc_is_not_called_a_full_disk() -> None:
    result = run_cli("sessions", "list", env={**os.environ, "FACILITATOR_DATA_DIR": "/proc/1"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "full" not in result.stderr and "/proc/1" in result.stderr


# -- what a read says, and what an import takes for the same session ------------------------------


def test_an_export_of_a_damaged_database_says_it_could_not_read(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opening with the passphrase encrypts plain notes left from before: when the damage is hit
    there, an export (which only reads) said "could not save the encrypted notes"."""
    from facilitator.sessions.store import Store

    session_id = make_session()
    vault.set_up(PASSPHRASE, n=2**10)
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", PASSPHRASE)

    def damaged(self: Store) -> int:
        raise StoreError(
            f"could not save the encrypted notes to {self.path}: database disk image is malformed",
            StoreProblem.DAMAGED,
            self.path,
            "database disk image is malformed",
        )

    monkeypatch.setattr(Store, "encrypt_plain_rows", damaged)
    assert cli.main(["export", session_id, "--out", str(tmp_path / "r.pdf")]) == 1
    err = capsys.readouterr().err
    assert f"could not read {database_path()}: database disk image is malformed" in err
    assert "save" not in err and "damaged" in err and not (tmp_path / "r.pdf").exists()


def test_import_tells_two_records_with_the_same_plan_and_start_apart(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from facilitator.security.sealed import unseal

    monkeypatch.setenv("FACILITATOR_FILE_PASSPHRASE", "told in person, not by e-mail")
    session_id = make_session()
    sealed = tmp_path / "session.json"
    assert run_cli("sessions", "export-json", session_id, "--out", str(sealed)).returncode == 0
    record = json.loads(
        unseal(sealed.read_bytes(), "told in person, not by e-mail", str(sealed), "facilitator-session")
    )
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "other"))
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", PASSPHRASE)
    assert run_cli("passphrase", "set").returncode == 0
    assert run_cli("sessions", "import", str(sealed)).returncode == 0
    again = run_cli("sessions", "import", str(sealed))  # the same record: refused, by its content
    assert again.returncode == 1 and "which is here already" in again.stderr
    record["session"]["id"] = "another1"
    record["session"].pop("programme_instance", None)  # (the same instance is the same session)
    record["session"]["plan_title"] = "Another title"
    record["notes"][0]["text"] = "Another note altogether"
    other = tmp_path / "q7.json"
    other.write_text(json.dumps(record), encoding="utf-8")
    result = run_cli("sessions", "import", str(other))  # same plan, same start second, another record
    assert result.returncode == 0, result.stderr
    listed = run_cli("sessions", "list").stdout
    assert listed.count("\n") == 2 and "Another title" in listed
