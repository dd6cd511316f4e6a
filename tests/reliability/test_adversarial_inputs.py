"""What a second adversarial run found: each of these was a traceback, a silent loss or a leak.

- A deeply nested JSON file (damaged settings, a programme summary from elsewhere) raised
  RecursionError: the app did not start, ``programme merge`` printed a traceback.
- ``programme codes`` on a disk that cannot be written said the codes were set, exit 0, and later
  exports carried the old region.
- ``anonymize`` read text in another encoding (cp1251, UTF-16) through as undecodable bytes and gave
  it back with every name in it, exit 0; a 200 MB "roster" hung it.
- A plan's ``duration: .inf`` was a traceback, ``.nan`` a message that named no field.
- The referral handout, when full, printed a service's name without its phone and dropped the
  rest without a word.
- A referral sheet with a column named twice dropped one of them without a word.
- A referral's last_verified date in the future (a typo: 2062) was taken, so it never aged.
- Two referral imports at once added the same services twice.
- ``programme export ID ID`` doubled every count; ``programme merge --out`` on a file was a traceback.
- ``sessions delete`` deleted without asking when not run from a terminal, and deleted the session
  an open app was running.
"""

import codecs
import contextlib
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from facilitator.aids.referral_csv import read_csv
from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.export.handout import render_handout
from facilitator.paths import data_dir, database_path
from facilitator.planner.checklist import load_ticks
from facilitator.programme.summary_file import SummaryError, read_summary
from facilitator.sessions import plan_cache
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.errors import InvalidFile, StoreError
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import parse_plan
from facilitator.sessions.store import Store
from facilitator.settings import Settings, load_settings, settings_path
from tests.helpers.plans import loaded_plan, plan_yaml
from tests.helpers.processes import ROOT, run_cli
from tests.helpers.programme_sessions import planted_session
from tests.reliability.test_single_instance import facilitator, running_app  # noqa: F401 (a fixture)

DEEP = ("[" * 100_000 + "]" * 100_000).encode()


def anonymize(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "anonymize", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        env=os.environ.copy(),
        timeout=60,
    )


def test_a_deeply_nested_settings_file_gives_the_defaults() -> None:
    settings_path().write_bytes(DEEP)
    assert load_settings() == Settings()


def test_deeply_nested_checklist_and_plan_cache_files_are_ignored(tmp_path: Path) -> None:
    (data_dir() / "checklists").mkdir()
    (data_dir() / "checklists" / "plan.json").write_bytes(DEEP)
    assert load_ticks("plan") == set()
    raw = b"id: plan\n"
    (tmp_path / f"{plan_cache.key(raw)}.json").write_bytes(DEEP)
    assert plan_cache.read(tmp_path, raw, "plan.yaml") is None


def test_a_deeply_nested_summary_is_left_out_by_name(tmp_path: Path) -> None:
    deep = tmp_path / "summary-deep.json"
    deep.write_bytes(DEEP)
    try:
        read_summary(deep)
    except SummaryError as exc:
        assert str(deep) in str(exc)
    else:
        raise AssertionError("a nested list is not a summary")
    result = run_cli("programme", "merge", str(deep), "--out", str(tmp_path / "merged"))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert f"{deep}: " in result.stderr and "left out" in result.stderr


def test_programme_codes_that_cannot_be_saved_are_not_said_to_be_set() -> None:
    ok = run_cli("programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15")
    assert ok.returncode == 0
    saved = settings_path().read_bytes()
    settings_path().unlink()
    settings_path().mkdir()  # the settings file cannot be replaced: as a full disk, for root too
    (settings_path() / "x").touch()
    codes = ("--programme", "KZ-YM", "--facilitator", "F017")
    result = run_cli("programme", "codes", *codes, "--region", "KZ-11")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert f"cannot write {settings_path()}" in result.stderr
    assert "KZ-11" not in result.stdout  # never reported as set
    settings_path().joinpath("x").unlink()
    settings_path().rmdir()
    settings_path().write_bytes(saved)
    assert json.loads(settings_path().read_text())["region_code"] == "KZ-15"


def test_text_in_another_encoding_is_refused_with_its_line_never_passed_through() -> None:
    for encoded in (
        "Note\nАйгерим Нурланова сказала".encode("cp1251"),
        b"Note\n" + "Aigerim Nurlanova said".encode("latin-1") + b"\xff\xfe\xfa",
    ):
        result = anonymize(encoded, "--lang", "ru")
        assert result.returncode == 1
        assert result.stdout == b""  # nothing of the text comes out, anonymized or not
        err = result.stderr.decode()
        assert "Traceback" not in err
        assert "standard input:2: expected UTF-8 text" in err
        assert "Nurlanova" not in err and "Нурланова" not in err


def test_utf16_with_its_bom_is_read_for_text_and_roster(tmp_path: Path) -> None:
    roster = tmp_path / "ростер участников.txt"
    roster.write_bytes(codecs.BOM_UTF16_LE + "Zqxdaniyar\nАйгерим\n".encode("utf-16-le"))
    text = codecs.BOM_UTF16_LE + "Zqxdaniyar said hello".encode("utf-16-le")
    result = anonymize(text, "--roster", str(roster), "--lang", "en")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "Zqxdaniyar" not in out and "said hello" in out


def test_a_huge_roster_is_refused_at_once(tmp_path: Path) -> None:
    roster = tmp_path / "roster.txt"
    with roster.open("wb") as stream:
        stream.truncate(300 * 1024 * 1024)  # sparse: 300 MB of NULs, instant to make
    result = anonymize(b"hello", "--roster", str(roster))
    assert result.returncode == 1
    assert f"{roster}: larger than 256 KiB; not a roster" in result.stderr.decode()


@pytest.mark.usefixtures("running_app")
def test_sessions_delete_asks_first_and_never_takes_a_session_an_open_app_may_be_running() -> None:
    """It deleted without asking when standard input was not a terminal (a script, a pipe), and it
    deleted the session an open app was running: every note typed after that failed to save."""
    store = Store.open(database_path())
    running = LiveSession.new(store, loaded_plan([10, 10]), "plan.yaml", FakeClock())
    running.engine.start()
    running.add_note("first note", [])
    ended = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    ended.engine.start()
    ended.engine.end()
    refused = facilitator("sessions", "delete", running.id, "--yes")
    assert refused.returncode == 1
    assert f"session {running.id} has not ended and Facilitator is open on this data folder" in refused.stderr
    running.add_note("typed after the command", [])  # saved: the session is still there
    assert [n.text for n in store.notes(running.id)] == ["first note", "typed after the command"]
    unasked = facilitator("sessions", "delete", ended.id)  # no terminal, no --yes
    assert unasked.returncode == 1
    assert "refusing without a terminal; add --yes to confirm" in unasked.stderr
    assert ended.id in {info.id for info in store.sessions()}
    assert facilitator("sessions", "delete", ended.id, "--yes").returncode == 0  # an ended one may go
    assert ended.id not in {info.id for info in store.sessions()}
    store.close()


def test_infinite_not_a_number_and_huge_durations_are_named_by_line_and_field() -> None:
    """``duration: .inf`` (YAML's infinity) was a traceback (OverflowError); ``.nan`` said only
    "cannot convert float NaN to integer"; a 400-digit integer was a traceback too."""
    expected = {
        ".inf": 'steps[1].duration: expected minutes like 10 or "10m", got inf',
        "-.inf": 'steps[1].duration: expected minutes like 10 or "10m", got -inf',
        ".nan": 'steps[1].duration: expected minutes like 10 or "10m", got nan',
        "1" + "0" * 400: "steps[1].duration: expected at most 12 hours",
        "-1" + "0" * 400: "steps[1].duration: expected a positive duration",
    }
    for written, message in expected.items():
        source = plan_yaml([10, 20]).replace("duration: 20m", f"duration: {written}")
        assert f"duration: {written}\n" in source
        try:
            parse_plan(source.encode(), "plan.yaml")
        except InvalidFile as exc:
            assert any(str(e).startswith("plan.yaml:") and message in str(e) for e in exc.errors), exc.errors
        else:
            raise AssertionError(f"{written} is not a duration")


def test_a_data_folder_that_cannot_be_made_is_said_not_a_traceback(tmp_path: Path) -> None:
    """A data folder on a read-only drive (or under a file) was a traceback from every command and
    from the app itself; a data folder where plans/ cannot be made broke ``plans list``."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    env = {**os.environ, "FACILITATOR_DATA_DIR": str(blocker / "данные"), "QT_QPA_PLATFORM": "offscreen"}
    for args in (("sessions", "list"), ("referrals", "list"), ("--quit-when-shown",)):
        result = run_cli(*args, env=env)
        assert "Traceback" not in result.stderr, args
        assert result.returncode == 1, args
        said = f"facilitator: cannot use the data folder {blocker / 'данные'}: Not a directory"
        assert said in result.stderr
        assert "set FACILITATOR_DATA_DIR to a folder you can write" in result.stderr
    (data_dir() / "plans").write_text("in the way")  # plans/ cannot be made (as on a read-only drive)
    listed = run_cli("plans", "list")
    assert listed.returncode == 0, listed.stderr
    assert "young-men-equality-2h" in listed.stdout


def _services(count: int) -> list[Service]:
    kinds = list(ServiceKind)
    return [
        Service(
            f"Zqxservice {n}",
            kinds[n % len(kinds)],
            phone=f"+7 7132 55 00 {n:02d}",
            hours="Mon-Fri 9-18",
            languages="ru, kk",
            cost="free",
            region="Aktobe",
            country="KZ",
            description="Counselling and support for people facing violence at home; walk in or call "
            "first; confidential and free of charge.",
        )
        for n in range(count)
    ]


def test_a_full_handout_says_what_it_left_out_and_never_prints_a_name_without_its_phone(
    tmp_path: Path,
) -> None:
    """Nine services with descriptions: the A6 card printed six, then a seventh's name without its
    phone, and dropped the last two (a shelter among them) without a word."""
    services = _services(9)
    for cards in (True, False):
        out = tmp_path / f"handout-{cards}.pdf"
        left_out = render_handout(services, "en", out, cards=cards)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        shown = [s for s in services if s.name in text]
        assert shown == services[: len(services) - len(left_out)]  # in order, whole entries
        assert left_out == services[len(shown) :]
        for service in shown:
            assert service.phone in text, service.name
        if cards:
            assert left_out  # nine do not fit on an A6 card
    store = Store.open(database_path())
    Directory(store).merge(services)
    store.close()
    result = run_cli(
        "referrals", "handout", "--region", "Aktobe", "--cards", "--out", str(tmp_path / "c.pdf")
    )
    assert result.returncode == 0
    assert "warning: Zqxservice 8: left out of the handout: the card is full" in result.stderr
    assert "left out)" in result.stderr.splitlines()[-1]


def test_two_imports_at_once_never_add_a_service_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three ``referrals import`` of one file run at once added its 9000 services twice: each read
    what was there before taking the write lock. Here the other import commits exactly there."""
    this, other = Store.open(database_path()), Store.open(database_path())
    other._db.execute("PRAGMA busy_timeout=0")  # refused at once while this one writes
    mine, theirs = Directory(this), Directory(other)
    service = _services(1)[0]
    services = Directory.services
    interleaved: list[bool] = []

    def read_then_the_other_import_commits(directory: Directory) -> list[Service]:
        found = services(directory)
        if directory is mine and not interleaved:
            interleaved.append(True)
            with contextlib.suppress(StoreError):  # locked out: this import holds the write lock
                theirs.merge([service])
        return found

    monkeypatch.setattr(Directory, "services", read_then_the_other_import_commits)
    mine.merge([service])
    monkeypatch.undo()
    assert [s.name for s in mine.services()].count(service.name) == 1
    this.close()
    other.close()


def test_a_column_named_twice_is_refused_by_name(tmp_path: Path) -> None:
    """``name,name,kind`` was imported with one of the two names dropped without a word."""
    sheet = tmp_path / "services.csv"
    sheet.write_text("name,kind,phone,Name\nZqxfirst,crisis-helpline,150,Zqxsecond\n", encoding="utf-8")
    try:
        read_csv(sheet)
    except InvalidFile as exc:
        assert [str(e) for e in exc.errors] == [f"{sheet}:1: name: column appears 2 times; expected once"]
    else:
        raise AssertionError("a sheet with two name columns was read")


def test_a_last_verified_date_in_the_future_is_refused(tmp_path: Path) -> None:
    """``23.11.2062`` (for 2026) was taken: the service then showed as verified for 36 years."""
    sheet = tmp_path / "services.csv"
    sheet.write_text("name,kind,phone,last_verified\nZqx,crisis-helpline,150,23.11.2062\n", encoding="utf-8")
    try:
        read_csv(sheet)
    except InvalidFile as exc:
        assert [str(e) for e in exc.errors] == [
            f"{sheet}:2: last_verified: 2062-11-23 is in the future; expected the day the service was last "
            "checked"
        ]
    else:
        raise AssertionError("a date in 2062 was taken")
    sheet.write_text(f"name,kind,phone,last_verified\nZqx,crisis-helpline,150,{date.today():%d.%m.%Y}\n")
    assert read_csv(sheet)[0].last_verified == date.today()


def test_programme_output_folders_that_cannot_be_made_are_said(tmp_path: Path) -> None:
    """``programme merge --out`` and ``programme export --format summary --out`` on a file (or a
    read-only drive) were tracebacks (mkdir)."""
    store = Store.open(database_path())
    session_id = planted_session(store)
    store.close()
    run_cli("programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15")
    summaries = tmp_path / "summaries"
    assert (
        run_cli("programme", "export", session_id, "--format", "summary", "--out", str(summaries)).returncode
        == 0
    )
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("")
    for args in (
        ("merge", *(str(p) for p in summaries.iterdir()), "--out", str(in_the_way)),
        ("export", session_id, "--format", "summary", "--out", str(in_the_way)),
    ):
        result = run_cli("programme", *args)
        assert "Traceback" not in result.stderr
        assert result.returncode == 1
        assert result.stderr.strip().endswith(f"facilitator: cannot use {in_the_way}: File exists")


def test_a_session_named_twice_is_counted_once(tmp_path: Path) -> None:
    """``programme export ID ID`` doubled every count (then in the DHIS2 file; now the ODK zip
    would hold the instance twice)."""
    import zipfile

    store = Store.open(database_path())
    session_id = planted_session(store)
    store.close()
    run_cli("programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15")
    once, twice = tmp_path / "once.zip", tmp_path / "twice.zip"
    assert run_cli("programme", "export", session_id, "--format", "odk", "--out", str(once)).returncode == 0
    result = run_cli("programme", "export", session_id, session_id, "--format", "odk", "--out", str(twice))
    assert result.returncode == 0
    with zipfile.ZipFile(once) as first, zipfile.ZipFile(twice) as second:
        assert len(first.namelist()) == 1 and second.namelist() == first.namelist()


def test_deeply_nested_series_index_and_checked_cache_entries_are_ignored(tmp_path: Path) -> None:
    """The start-up caches read a damaged, deeply nested entry as no entry (checked again)."""
    from facilitator.sessions import checked_cache, series_index

    raw = b"type: series\n"
    (tmp_path / f"{series_index.key(raw)}.json").write_bytes(DEEP)
    assert series_index._read(tmp_path, raw, tmp_path / "series.yaml") is None
    inputs = [b"cues"]
    (tmp_path / f"{checked_cache.key('cues', inputs)}.json").write_bytes(DEEP)
    assert checked_cache.remember(tmp_path, "cues", inputs, lambda: "worked out again") == "worked out again"


def test_a_plan_of_thousands_of_steps_is_refused_in_one_line_naming_the_list() -> None:
    """Before, 10,000 steps were each checked (half a minute) and 10,000 errors printed, or a plan
    that passed built an agenda of 10,000 rows on the console."""
    from facilitator.sessions.errors import InvalidFile as Refused
    from facilitator.sessions.plan_loader import check_plan
    from facilitator.sessions.plan_schema import MAX_STEPS

    head = "format: 1\nid: big\ntitle: Big\nlanguage: en\naudience: t\nsteps:\n"
    step = "- {{id: s{i}, kind: energizer, title: S, duration: 1m, audience: {{text: x}}}}\n"
    raw = (head + "".join(step.format(i=i) for i in range(MAX_STEPS + 100))).encode()
    with pytest.raises(Refused) as raised:
        check_plan(raw, "big.yaml")
    assert [str(error) for error in raised.value.errors] == [
        f"big.yaml:6: steps: expected at most {MAX_STEPS} items, got {MAX_STEPS + 100}"
    ]
