"""The command line, run as a user runs it: a real process, its output and exit code."""

import json
import subprocess
from pathlib import Path

import pytest

from facilitator.content import builtin_plan_files, builtin_series_files
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan, plan_yaml
from tests.helpers.processes import run_cli


def run(*args: str) -> subprocess.CompletedProcess[str]:
    result = run_cli(*args)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_help_documents_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in (
        "plans list",
        "plans validate",
        "sessions list",
        "sessions export-json",
        "sessions import",
        "sessions delete",
        "facilitator [PLAN]",
    ):
        assert command in result.stdout


def test_plans_list_shows_every_builtin_plan() -> None:
    result = run("plans", "list")
    assert result.returncode == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) == len(builtin_plan_files()) + len(builtin_series_files())
    assert [rows[0][0], rows[0][2], rows[0][3]] == ["young-men-equality-2h", "en", "2h 00m"]
    assert all(Path(row[4]).is_file() for row in rows)


def test_plans_list_shows_the_series_and_its_follow_up_in_every_language() -> None:
    rows = [line.split("\t") for line in run("plans", "list").stdout.splitlines()]
    for language, suffix in (("en", ""), ("ru", "-ru"), ("kk", "-kk")):
        series = [row for row in rows if row[0] == f"young-men-series{suffix}"]
        assert [(row[2], row[3]) for row in series] == [(language, "series: 8 sessions + follow-up")]
        third = next(row for row in rows if row[0] == f"young-men-series-3{suffix}")
        assert third[3] == "1h 30m"  # the session's length: 80 minutes of steps and 10 of buffer
        assert third[2] == language and third[5] == f"young-men-series{suffix}: session 3 of 8"
        later = next(row for row in rows if row[0] == f"young-men-series-follow-up{suffix}")
        assert later[5] == f"young-men-series{suffix}: follow-up"
    assert len([row for row in rows if len(row) == 6]) == 27


def test_validate_checks_a_series_and_reports_its_broken_plan_with_the_plan_s_line(tmp_path: Path) -> None:
    assert run("plans", "validate", *map(str, builtin_series_files())).returncode == 0
    (tmp_path / "one.yaml").write_text(plan_yaml([10, 10]).replace("duration: 10m", "duration: ten", 1))
    series = tmp_path / "series.yaml"
    series.write_text(
        "format: 1\ntype: series\nid: s\ntitle: S\nlanguage: en\naudience: A\nsessions:\n"
        "  - number: 1\n    plan: one.yaml\n    purpose: P\n    prepare: [Cards]\n"
    )
    result = run("plans", "validate", str(series))
    assert result.returncode == 1
    assert f'{series}:9: sessions[0].plan: plan "one.yaml" is not valid' in result.stdout
    assert f"{tmp_path / 'one.yaml'}:11: steps[0].duration: expected minutes" in result.stdout


def test_validate_passes_builtin_plans_and_rejects_broken_ones(tmp_path: Path) -> None:
    assert run("plans", "validate", *map(str, builtin_plan_files())).returncode == 0
    broken = tmp_path / "plan.yaml"
    broken.write_text(plan_yaml([10, 10]).replace("kind: exercise", "kind: lecture", 1))
    result = run("plans", "validate", str(builtin_plan_files()[0]), str(broken))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{broken}:")
    assert "steps[0].kind: expected one of" in result.stdout


def test_validate_counts_in_english_one_step_or_many(tmp_path: Path) -> None:
    """Fourth blind drive: "ok (1 steps, 12m)". The commands speak English: "1 step", "2 steps"."""
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    one.write_text(plan_yaml([12]))
    two.write_text(plan_yaml([10, 10]))
    result = run("plans", "validate", str(one), str(two))
    assert result.returncode == 0
    assert f"{one}: ok (1 step, 12m)" in result.stderr
    assert f"{two}: ok (2 steps, 20m)" in result.stderr
    series = tmp_path / "series.yaml"
    series.write_text(
        "format: 1\ntype: series\nid: s\ntitle: S\nlanguage: en\naudience: A\nsessions:\n"
        "  - number: 1\n    plan: one.yaml\n    purpose: P\n    prepare: [Cards]\n"
    )
    assert f"{series}: ok (series: 1 session)" in run("plans", "validate", str(series)).stderr


def test_usage_errors_exit_2() -> None:
    assert run("plans", "validate").returncode == 2
    assert run("plans", "frobnicate").returncode == 2


def make_session() -> str:
    store = Store.open(database_path())
    clock = FakeClock()
    live = LiveSession.new(store, loaded_plan([10, 20]), "test.yaml", clock)
    live.engine.start()
    live.add_note("Said his brother's wife may not work", ["quote"])
    clock.advance(700)
    live.engine.next()
    live.add_note("Айгерим: позвонить 150", ["follow-up", "referral"])
    live.engine.end()
    store.set_roster(live.id, ["Айгерим", "Yerlan"])
    store.close()
    return live.id


FILE_PASSPHRASE = "told in person, not by e-mail"


def test_sessions_export_import_round_trip(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.security.sealed import unseal

    session_id = make_session()
    listed = run("sessions", "list").stdout
    assert session_id in listed and "ended" in listed
    out = tmp_path / "session.json"
    refused = run("sessions", "export-json", session_id, "--out", str(out))  # no terminal, no passphrase
    assert refused.returncode == 1 and "FACILITATOR_FILE_PASSPHRASE" in refused.stderr and not out.exists()
    monkeypatch.setenv("FACILITATOR_FILE_PASSPHRASE", FILE_PASSPHRASE)
    assert run("sessions", "export-json", session_id, "--out", str(out)).returncode == 0
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    sealed = out.read_bytes()
    for raw in ("Айгерим", "позвонить", "Yerlan", "a note"):  # neither the notes nor the roster
        assert raw.encode() not in sealed and raw.encode("utf-16-le") not in sealed, raw
    record = json.loads(unseal(sealed, FILE_PASSPHRASE, str(out), "facilitator-session"))
    assert record["sensitive"].startswith("SENSITIVE")
    assert [n["text"] for n in record["notes"]][1] == "Айгерим: позвонить 150"
    assert [e["kind"] for e in record["events"]] == ["start", "goto", "end"]

    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "other-machine"))
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", "the other machine's passphrase")
    refused = run("sessions", "import", str(out))  # never written in plain text
    assert refused.returncode == 1 and "no passphrase yet" in refused.stderr
    assert run("passphrase", "set").returncode == 0
    monkeypatch.setenv("FACILITATOR_FILE_PASSPHRASE", "a guess at the passphrase")
    wrong = run("sessions", "import", str(out))
    assert wrong.returncode == 1 and f"{out}: this passphrase does not open the file" in wrong.stderr
    assert run("sessions", "list").stdout.strip() == ""  # nothing imported
    monkeypatch.setenv("FACILITATOR_FILE_PASSPHRASE", FILE_PASSPHRASE)
    imported = run("sessions", "import", str(out))
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.strip()
    from facilitator.security import vault

    store = vault.open_store(vault.unlock("the other machine's passphrase"))
    assert [n.text for n in store.notes(new_id)] == [n["text"] for n in record["notes"]]
    assert store.roster(new_id) == ["Айгерим", "Yerlan"]
    assert len(store.events(new_id)) == 3
    store.close()


def test_import_of_a_broken_session_file_names_line_and_field_and_imports_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.security.sealed import unseal

    monkeypatch.setenv("FACILITATOR_FILE_PASSPHRASE", FILE_PASSPHRASE)
    session_id = make_session()
    out = tmp_path / "session.json"
    run("sessions", "export-json", session_id, "--out", str(out))
    inner = unseal(out.read_bytes(), FILE_PASSPHRASE, str(out), "facilitator-session").decode("utf-8")
    text = inner.replace('"kind": "goto"', '"kind": "jump"')
    plain = tmp_path / "plain.json"  # as an earlier version wrote them: plain files are still read
    plain.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"jump"' in row)
    result = run("sessions", "import", str(plain))
    assert result.returncode == 1
    assert f"{plain}:{line}: events[1].kind: expected one of" in result.stderr
    envelope = out.read_text(encoding="utf-8")
    damaged = tmp_path / "damaged.json"
    damaged.write_text(envelope.replace('"nonce": "', '"nonce": "!'), encoding="utf-8")
    line = next(n for n, row in enumerate(envelope.splitlines(), 1) if '"nonce"' in row)
    result = run("sessions", "import", str(damaged))
    assert result.returncode == 1
    assert f"{damaged}:{line}: nonce: expected base64 text (the file is damaged)" in result.stderr
    assert run("sessions", "list").stdout.count("\n") == 1


def test_export_to_an_unwritable_folder_is_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_FILE_PASSPHRASE", FILE_PASSPHRASE)
    session_id = make_session()
    result = run("sessions", "export-json", session_id, "--out", "/proc/nope/session.json")
    assert result.returncode == 1 and "cannot write /proc/nope/session.json" in result.stderr


def test_unknown_session_and_delete(tmp_path: Path) -> None:
    assert "no session" in run("sessions", "export-json", "zzz", "--out", str(tmp_path / "x")).stderr
    session_id = make_session()
    assert run("sessions", "delete", session_id, "--yes").returncode == 0
    assert session_id not in run("sessions", "list").stdout


def test_a_workshop_language_given_on_the_command_line_is_the_consoles_too() -> None:
    from facilitator.app import ui_language_for
    from facilitator.settings import change_settings

    assert ui_language_for(None, "ru") == "ru"  # --language ru alone: a Russian console
    assert ui_language_for("kk", "ru") == "kk"  # --ui-language wins
    assert ui_language_for(None, None) is None  # nothing asked: the system's language
    change_settings(ui_language="kk")
    assert ui_language_for(None, None) == "kk"  # chosen in the app's Language menu: kept
    # a blind drive: the menu's Қазақша, then --language ru: a Kazakh console over the Russian
    # workshop. What the command line asks for wins for that run
    assert ui_language_for(None, "ru") == "ru"
    assert ui_language_for(None, ("ru",)) == "ru"
    assert ui_language_for("en", "ru") == "en"  # --ui-language says otherwise
    # of a pair, the menu names which of the two the console speaks; another language: the first
    assert ui_language_for(None, ("ru", "kk")) == "kk"
    change_settings(ui_language="en")
    assert ui_language_for(None, ("kk", "ru")) == "kk"
