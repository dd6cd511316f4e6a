"""Start-up errors are a dialog in the facilitator's language as well as lines on stderr: a
facilitator who starts the app from a desktop icon never sees stderr. Before, a broken workshop
file or an unusable data folder were said on stderr only. (A second app and a damaged key file:
tests/ui/test_single_instance_dialog.py and tests/ui/test_key_file_dialog.py; a full disk:
tests/reliability/test_full_disk_start.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.app import run_app
from facilitator.content import default_workshop
from facilitator.ui import dialogs, i18n


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, title, text: told.append((title, text)))
    monkeypatch.setattr("facilitator.app._from_terminal", lambda: False)  # started from an icon
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: pytest.fail("nothing may open"))
    return told


def broken_plan(tmp_path: Path) -> tuple[Path, int]:
    lines = default_workshop("en").read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.strip().startswith("duration:"))
    lines[number] = lines[number].split("duration:")[0] + "duration: soon"
    plan = tmp_path / "plan.yaml"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return plan, number + 1


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        ("en", "The workshop cannot be opened", "Nothing was opened or changed."),
        ("ru", "Не удаётся открыть тренинг", "Ничего не открыто и не изменено."),
        ("kk", "Тренингті ашу мүмкін емес", "Ештеңе ашылған да, өзгертілген де жоқ."),
    ],
)
def test_a_broken_workshop_file_is_a_dialog_naming_file_and_line(
    qtbot: QtBot,
    said: list[tuple[str, str]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    language: str,
    title: str,
    words: str,
) -> None:
    plan, line = broken_plan(tmp_path)
    try:
        assert run_app(plan, ui_language=language) == 1
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert len(said) == 1 and said[0][0] == title and words in said[0][1]
    assert f"{plan}:{line}: " in said[0][1] and "duration" in said[0][1]
    err = capsys.readouterr().err
    assert f"{plan}:{line}: " in err and "Traceback" not in err


def _broken_minutes(text: str) -> bytes:
    return text.replace("duration: 15m", 'duration: "twelve"', 1).encode("utf-8")


def _missing_title(text: str) -> bytes:
    return text.replace('    title: "Welcome and group agreement"\n', "", 1).encode("utf-8")


def _unclosed_quote(text: str) -> bytes:
    return text.replace('"Welcome and group agreement"', '"Welcome and group agreement', 1).encode("utf-8")


def _list_not_closed(text: str) -> bytes:
    return text.replace('"Welcome and group agreement"', "[Welcome, group agreement", 1).encode("utf-8")


def _not_utf8(text: str) -> bytes:
    return text.replace("Welcome and group agreement", "Приветствие").encode("cp1251", errors="replace")


BROKEN = {
    "minutes": _broken_minutes,
    "missing field": _missing_title,
    "syntax error": _unclosed_quote,
    "list not closed": _list_not_closed,
    "not UTF-8": _not_utf8,
}


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_workshop_file_s_problems_are_said_in_the_ui_language(
    qtbot: QtBot,
    said: list[tuple[str, str]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    language: str,
    name: str,
) -> None:
    """Fourth blind drive: the dialog's frame was in Russian or Kazakh, its problems in English
    (`expected minutes like 10 or "10m", got "twelve"`, `required, missing`, `syntax error: …`,
    `expected UTF-8 text…`). They are said as the planner says them: only the file's own names
    and quoted values are left in Latin letters. Stderr keeps the commands' English."""
    from facilitator.sessions.errors import InvalidFile
    from facilitator.sessions.plan_loader import load_plan
    from tests.planner.test_plan_messages import english_in

    plan = tmp_path / "plan.yaml"
    plan.write_bytes(BROKEN[name](default_workshop("en").read_text(encoding="utf-8")))
    with pytest.raises(InvalidFile) as raised:
        load_plan(plan)
    problems = raised.value.errors
    try:
        assert run_app(plan, ui_language=language) == 1
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert len(said) == 1
    details = said[0][1].split("\n\n", 1)[1].splitlines()
    assert len(details) == len(problems)
    english = {line: english_in(line, problem) for line, problem in zip(details, problems, strict=True)}
    assert {line: words for line, words in english.items() if words} == {}
    err = capsys.readouterr().err  # the terminal's line is the command's, in English
    assert all(str(problem) in err for problem in problems)


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        ("en", "The data folder cannot be used", "Check that the drive is connected"),
        ("ru", "Папка с данными недоступна", "Проверьте, что диск подключён"),
        ("kk", "Деректер қалтасын пайдалану мүмкін емес", "Диск қосулы екенін"),
    ],
)
def test_an_unusable_data_folder_is_a_dialog(
    qtbot: QtBot,
    said: list[tuple[str, str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    language: str,
    title: str,
    words: str,
) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder")
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(in_the_way / "data"))  # cannot be made
    try:
        assert run_app(None, ui_language=language) == 1
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert len(said) == 1 and said[0][0] == title and words in said[0][1]
    assert str(in_the_way / "data") in said[0][1]
    err = capsys.readouterr().err
    assert "cannot use the data folder" in err and "Traceback" not in err


def test_from_a_terminal_or_a_script_it_is_one_line_and_no_dialog(
    qtbot: QtBot, said: list[tuple[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan, line = broken_plan(tmp_path)
    assert run_app(plan, quit_when_shown=True) == 1
    assert said == []
    assert capsys.readouterr().err.strip().startswith(f"{plan}:{line}: ")


def test_many_mistakes_show_the_first_twelve_and_how_many_more(
    qtbot: QtBot, said: list[tuple[str, str]], tmp_path: Path
) -> None:
    plan = tmp_path / "plan.yaml"
    text = default_workshop("en").read_text(encoding="utf-8")
    plan.write_text(text.replace("duration: ", "duration: x"), encoding="utf-8")
    assert run_app(plan) == 1
    count = text.count("duration: ")
    assert count > 13
    assert said[0][1].count(f"{plan}:") == 12
    assert said[0][1].endswith(f"… and {count - 12} more.")


@pytest.mark.parametrize("damage", [b'{"programme_code": "KZ-YM", "region_co', b"\xff\xfe\x00", b"[1, 2]"])
def test_a_damaged_settings_file_is_kept_aside_said_and_the_app_goes_on(
    qtbot: QtBot,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    damage: bytes,
) -> None:
    from facilitator.settings import change_settings, settings_path

    settings_path().write_bytes(damage)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: asked.append("unlock"))  # then closed
    try:
        assert run_app(None, ui_language="ru") == 0  # it goes on, up to the passphrase
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert asked == ["unlock"]
    (kept,) = data_dir.glob("settings.damaged-*.json")
    assert kept.read_bytes() == damage  # never overwritten: the codes in it can still be read
    assert len(said) == 1 and said[0][0] == "Настройки были повреждены" and str(kept) in said[0][1]
    assert "Traceback" not in capsys.readouterr().err
    change_settings(region_code="KZ-15")  # the next change writes a fresh file beside it
    assert kept.read_bytes() == damage
