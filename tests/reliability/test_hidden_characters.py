"""NUL, control and direction characters (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) in the files
people import: refused with the file, the line and the field (referral sheets, plans, cue files),
or removed with a warning naming the line (a roster, where a hidden character would keep a name
from matching the notes). "Help<U+202E>enil<U+202C>" displays as "Helpline": a handout or a slide
could be made to show something else than it holds."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.aids.referral_csv import read_csv
from facilitator.aids.referrals import Directory
from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.hidden_characters import hidden_character, without_hidden
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.referral_panel import ReferralPanel
from tests.helpers.processes import ROOT, run_cli

RLO = "\u202e"
PDF = "\u202c"
HEADER = "name,kind,phone,hours,languages,cost,region,notes,last_verified\n"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (f"Help {RLO}enil{PDF}", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("Evil\0Name", "NUL character (U+0000)"),
        ("red \x1b[31m", "control character (U+001B)"),
        ("\u2066isolated\u2069", "U+2066 LEFT-TO-RIGHT ISOLATE"),
        ("mark\u200f", "U+200F RIGHT-TO-LEFT MARK"),
    ],
)
def test_each_hidden_character_is_named_by_its_code(text: str, said: str) -> None:
    problem = hidden_character(text)
    assert problem is not None and said in problem
    assert text not in problem  # never the text itself
    assert hidden_character(without_hidden(text)) is None


@pytest.mark.parametrize("text", ["Ақтөбе облысы", "line one\nline two\ttabbed\r\n", "«кавычки» — тире", ""])
def test_ordinary_text_in_the_workshop_languages_is_left_alone(text: str) -> None:
    assert hidden_character(text) is None
    assert without_hidden(text) == text


@pytest.mark.parametrize(
    ("cell", "code"), [(f"Help {RLO}enil{PDF}", "U+202E"), ("Evil\0Name", "U+0000"), ("x\x07y", "U+0007")]
)
def test_a_referral_sheet_with_a_hidden_character_is_refused_by_file_line_and_column(
    tmp_path: Path, cell: str, code: str
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER + "Crisis centre,shelter,555,,,,Актобе,,\n" + f"Legal aid,legal-aid,777,,,,Актобе,{cell},\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidFile) as raised:
        read_csv(sheet)
    assert [str(error) for error in raised.value.errors] == [
        f"{sheet}:3: notes: {hidden_character(cell)}; remove it"
    ]
    assert code in str(raised.value)


def test_the_cli_imports_nothing_from_such_a_sheet(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER + "Crisis centre,shelter,555,,,,Актобе,,\n" + f"Help {RLO}enil{PDF},legal-aid,777,,,,,,\n",
        encoding="utf-8",
    )
    result = run_cli("referrals", "import", str(sheet))
    assert result.returncode == 1
    assert f"{sheet}:3: name: a hidden direction control (U+202E RIGHT-TO-LEFT OVERRIDE)" in result.stderr
    assert "Traceback" not in result.stderr and RLO not in result.stderr
    store = Store.open(database_path())
    try:
        names = [service.name for service in Directory(store).services()]
    finally:
        store.close()
    assert "Crisis centre" not in names  # all rows or none
    assert not [name for name in names if hidden_character(name)]


def test_a_plan_with_a_direction_control_in_a_field_is_refused_with_its_line_and_field(
    tmp_path: Path,
) -> None:
    text = default_workshop("en").read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines) if line.lstrip().startswith("title:") and i > 2)
    key = lines[number].partition("title:")[0]
    lines[number] = f'{key}title: "Welcome \\u202e!ecnelis"'  # escaped inside quotes: the same character
    plan = tmp_path / "plan.yaml"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InvalidFile) as raised:
        load_plan(plan)
    errors = [str(error) for error in raised.value.errors]
    assert len(errors) == 1
    assert errors[0].startswith(f"{plan}:{number + 1}: ")
    assert ".title: a hidden direction control (U+202E RIGHT-TO-LEFT OVERRIDE)" in errors[0]
    result = run_cli("plans", "validate", str(plan))
    assert result.returncode == 1 and errors[0] in result.stdout + result.stderr


def test_a_key_with_a_nul_is_refused_too(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = default_workshop("en").read_text(encoding="utf-8")
    plan.write_text(text + '"extra\\0key": 1\n', encoding="utf-8")
    with pytest.raises(InvalidFile) as raised:
        load_plan(plan)
    line = len(text.splitlines()) + 1
    assert f'{plan}:{line}: ["extra\\u0000key"]: a NUL character (U+0000)' in str(raised.value)


def test_a_cue_file_with_a_direction_control_is_refused(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "facilitator" / "content" / "cues" / "cues.en.yaml"
    cues = tmp_path / "cues.yaml"
    cues.write_text(
        source.read_text(encoding="utf-8").replace("Address it, don't ignore it", f"Address it{RLO}", 1),
        encoding="utf-8",
    )
    result = run_cli("cues", "validate", str(cues))
    assert result.returncode == 1
    assert (
        f"{cues}:7: principles[0].title: a hidden direction control (U+202E" in result.stdout + result.stderr
    )


def test_a_roster_loses_its_hidden_characters_with_a_warning_and_the_name_is_still_found(
    tmp_path: Path,
) -> None:
    roster = tmp_path / "roster.txt"
    roster.write_text(f"Айгерим\nДани{RLO}яр\n", encoding="utf-8")
    result = run_cli(
        "anonymize", "--roster", str(roster), "--lang", "en", input_text="Данияр said it was fine."
    )
    assert result.returncode == 0, result.stderr
    assert "Данияр" not in result.stdout  # found, and replaced
    assert f"{roster}:2: name: a hidden direction control (U+202E" in result.stderr
    assert "removed it (warning)" in result.stderr and "Дани" not in result.stderr  # never the name


def test_no_built_in_content_file_holds_a_hidden_character() -> None:
    """The seed referrals, towns and regions are read without the plan checks: checked here."""
    content = Path(__file__).resolve().parents[2] / "facilitator" / "content"
    found = {
        str(path.relative_to(content)): hidden_character(path.read_text(encoding="utf-8"))
        for path in sorted(content.rglob("*.yaml"))
    }
    assert len(found) > 10
    assert {name: problem for name, problem in found.items() if problem} == {}


def test_a_name_pasted_into_the_referral_sheet_loses_its_hidden_characters(qtbot: QtBot) -> None:
    store = Store.open(database_path())
    try:
        directory = Directory(store)
        panel = ReferralPanel(directory, "en")
        qtbot.addWidget(panel)
        said: list[str] = []
        panel.message.connect(said.append)
        name = panel.table.item(0, 1)
        assert name is not None
        name.setText(f"Help {RLO}enil{PDF}")  # as pasted into the cell
        names = [service.name for service in directory.services()]
        assert "Help enil" in names and not [n for n in names if hidden_character(n)]
        assert said and "Hidden characters" in said[0]
    finally:
        store.close()


# -- what a message quotes of a file shows its hidden characters by their codes, never raw --------
def _raw_hidden(text: str) -> bool:
    return any(ch in text for ch in (RLO, PDF, "\0", "\x1b", "\u2066"))


def test_a_referral_header_with_a_direction_control_or_a_nul_is_quoted_escaped(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"name,ki{RLO}nd,phone\0x,hours\nA,crisis-helpline,150,24h\n", encoding="utf-8")
    with pytest.raises(InvalidFile) as raised:
        read_csv(sheet)
    said = str(raised.value)
    assert not _raw_hidden(said)
    assert f"{sheet}:1: ki<U+202E>nd: unknown column" in said
    assert f"{sheet}:1: phone<U+0000>x: unknown column" in said
    result = run_cli("referrals", "import", str(sheet))
    assert result.returncode == 1 and not _raw_hidden(result.stdout + result.stderr)
    assert "ki<U+202E>nd: unknown column" in result.stderr


def test_a_value_that_would_forge_another_message_line_is_quoted_on_one_line(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    forged = "legal-aid\nfake.csv:9: all good"
    sheet.write_text(HEADER + f'Legal aid,"{forged}",777,,,,Актобе,,\n', encoding="utf-8")
    with pytest.raises(InvalidFile) as raised:
        read_csv(sheet)
    assert "\nfake.csv:9" not in str(raised.value)


@pytest.mark.parametrize("command", [("plans", "validate"), ("cues", "validate")])
def test_a_file_whose_name_holds_a_direction_control_is_named_escaped(
    tmp_path: Path, command: tuple[str, str]
) -> None:
    odd = tmp_path / f"gpj{RLO}.yaml"
    odd.write_text("", encoding="utf-8")  # empty: refused, naming the file
    result = run_cli(*command, str(odd))
    assert result.returncode == 1
    assert not _raw_hidden(result.stdout + result.stderr)
    assert "gpj<U+202E>.yaml" in result.stdout + result.stderr


def test_a_roster_file_whose_name_holds_a_direction_control_is_named_escaped(tmp_path: Path) -> None:
    roster = tmp_path / f"txt.{RLO}roster"
    roster.write_text(f"Дани{RLO}яр\n", encoding="utf-8")
    result = run_cli("anonymize", "--roster", str(roster), "--lang", "en", input_text="Данияр said so.")
    assert result.returncode == 0, result.stderr
    assert not _raw_hidden(result.stderr) and "txt.<U+202E>roster:1: name:" in result.stderr


def test_a_summary_file_named_with_a_direction_control_is_named_escaped(tmp_path: Path) -> None:
    odd = tmp_path / f"nosj.{RLO}summary"
    odd.write_text('{"schema": 1}', encoding="utf-8")
    result = run_cli("programme", "merge", str(odd), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert not _raw_hidden(result.stdout + result.stderr) and "nosj.<U+202E>summary" in result.stderr


def test_anonymize_never_writes_a_control_character_raw() -> None:
    """A terminal escape (ESC [31m recolours, a lone CR overwrites the line, C1 CSI, a BEL) in the
    notes is written by its code; tabs, line feeds and Windows line ends stay."""
    typed = "Aidar \x07\x1b[31m red\tok\r\nnext\rline \x9b2J\u202e end\n"
    result = run_cli("anonymize", "--lang", "en", input_text=typed)
    assert result.returncode == 0, result.stderr
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202e]", result.stdout), repr(result.stdout)
    assert "<U+001B>[31m" in result.stdout and "<U+0007>" in result.stdout and "<U+009B>" in result.stdout
    assert "red\tok" in result.stdout and "next<U+000D>line" in result.stdout
    as_json = run_cli("anonymize", "--lang", "en", "--json", input_text=typed)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", as_json.stdout), repr(as_json.stdout)
    assert json.loads(as_json.stdout)[0]["text"] == "Aidar"


@pytest.mark.parametrize(
    ("typed", "encoding"),
    [
        ("Aibek Nurlanov called +77015551234, email aibek@mail.kz", "utf-16-le"),
        ("Aibek Nurlanov called +77015551234, email aibek@mail.kz", "utf-16-be"),
        ("Айбек Нурланов позвонил 87015551234, почта aibek@mail.kz", "utf-16-le"),
    ],
)
def test_anonymize_reads_utf16_saved_without_its_bom(typed: str, encoding: str) -> None:
    """Adversarial run: UTF-16 without a BOM is valid UTF-8 byte by byte ("A\\x00i\\x00…"): read so,
    nothing was found and every name, phone and e-mail came out, with exit 0."""
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "anonymize", "--lang", "ru"],
        input=typed.encode(encoding),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr.decode()
    for secret in ("Aibek", "Айбек", "Nurlanov", "Нурланов", "7015551234", "aibek@mail.kz"):
        assert secret not in out, out
    assert "[" in out and "\x00" not in out and "<U+0000>" not in out


def test_anonymize_refuses_text_full_of_nul_characters() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "anonymize", "--lang", "en"],
        input=b"A\x00i\x00b\x00e\x00k\x00 \x00\x00\x00x",  # odd length: no UTF-16
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1 and result.stdout == b""
    assert "NUL" in result.stderr.decode() and "nothing was anonymized" in result.stderr.decode()


def test_direction_controls_are_dropped_as_one_character_at_a_time_would() -> None:
    """``without_direction_controls`` (one search of a compiled class, for megabyte notes) gives
    what dropping each direction control character by character gives, and the same text object
    when there is none."""
    import random

    from facilitator.sessions.hidden_characters import BIDI_CONTROLS, without_direction_controls

    rng = random.Random(7)
    alphabet = [*sorted(BIDI_CONTROLS), "a", "ә", " ", "\n", "\u200d", "\u2060", "[", "]", "\\", "-"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        assert without_direction_controls(text) == "".join(c for c in text if c not in BIDI_CONTROLS)
    plain = "Асель сказала: «привет»" * 1000
    assert without_direction_controls(plain) is plain
