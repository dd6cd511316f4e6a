"""Every message the plan checker gives the planner is said in the UI's language.

Each broken plan below makes the checker (the same loader as `facilitator plans validate`) say
one of its messages; the planner in Russian and in Kazakh shows them all under the agenda with
no English left but the file's own names (file, line, field, keys, ids, quoted values).
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from facilitator.planner.draft import Draft, new_document
from facilitator.planner.library import load_library
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.structured import read_document
from facilitator.sessions.validation import check_format
from facilitator.ui import dialogs, i18n, plan_messages
from facilitator.ui.planner.planner_window import PlannerWindow

Document = dict[str, Any]
PNG = b"\x89PNG\r\n\x1a\n"


@functools.cache
def base() -> Document:
    library = {item.step.id: item for item in load_library() if item.language == "en"}
    document = new_document("Broken on purpose", "en", 20)
    document["steps"] = [library["group-agreement"].document(), library["film-1"].document()]
    document["steps"][1]["duration"] = 10
    return document


def tally(**changes: Any) -> Document:
    return {
        "id": "enough",
        "statement": "Women have enough rights.",
        "answers": [{"id": "agree", "label": "Agree"}, {"id": "disagree", "label": "Disagree"}],
    } | changes


def in_first(path: str, value: Any) -> Callable[[Document], None]:
    """Set (or with value None, delete) a field of the first step: ``"audience.title"``."""

    def change(document: Document) -> None:
        container = document["steps"][0]
        *parents, last = path.split(".")
        for part in parents:
            container = container.setdefault(part, {})
        if value is None:
            container.pop(last, None)
        else:
            container[last] = value

    return change


BROKEN: dict[str, Callable[[Document], None]] = {
    "no steps": lambda d: d.update(steps=[]),
    "duplicate step id": lambda d: d["steps"][1].update(id="group-agreement"),
    "nothing to show": in_first("audience", {"title": "Only a title"}),
    "duplicate tally id": in_first("audience.tallies", [tally(), tally()]),
    "film on another kind": in_first("audience.film", "films/a.mp4"),
    "film web address": lambda d: d["steps"][1]["audience"].update(film="https://example.org/a.mp4"),
    "film absolute path": lambda d: d["steps"][1]["audience"].update(film="/home/me/a.mp4"),
    "film outside": lambda d: d["steps"][1]["audience"].update(film="../a.mp4"),
    "film not a video": lambda d: d["steps"][1]["audience"].update(film="films/a.txt"),
    "phases": in_first("phases", [{"title": "Alone", "duration": 3}, {"title": "Pairs", "duration": 3}]),
    "no target": lambda d: d.pop("target_length"),
    "lengths differ": lambda d: d.update(target_length=90),
    "image absolute": in_first("audience.image", "/tmp/map.png"),
    "image outside": in_first("audience.image", "../map.png"),
    "image not found": in_first("audience.image", "images/none.png"),
    "image a folder": in_first("audience.image", "images"),
    "image empty": in_first("audience.image", "images/empty.png"),
    "image not an image": in_first("audience.image", "images/text.png"),
    "image cut short": in_first("audience.image", "images/short.png"),
    "required": in_first("title", None),
    "unknown key, close": in_first("titel", "x"),
    "unknown key, far": in_first("zzzzzz", "x"),
    "expected text": in_first("title", ["a", "list"]),
    "expected true or false": in_first("fixed", "often"),
    "expected a whole number": in_first("audience.tallies", [tally(threshold="many")]),
    "id letters": in_first("id", "Group Agreement"),
    "empty text": in_first("audience.title", ""),
    "expected a list": in_first("audience.items", {"a": 1}),
    "expected a mapping": in_first("audience", "just text"),
    "too few answers": in_first("audience.tallies", [tally(answers=[{"id": "agree", "label": "Agree"}])]),
    "too many answers": in_first(
        "audience.tallies", [tally(answers=[{"id": f"a{n}", "label": f"A{n}"} for n in range(7)])]
    ),
    "duration words": in_first("duration", "ten minutes"),
    "duration negative": in_first("duration", -5),
    "duration too long": in_first("duration", "13h"),
    "threshold too low": in_first("audience.tallies", [tally(threshold=2)]),
    "shares and share": in_first(
        "audience.tallies", [tally(national={"text": "t", "source": "s", "share": 5, "shares": {"agree": 5}})]
    ),
    "duplicate answer": in_first(
        "audience.tallies",
        [tally(answers=[{"id": "agree", "label": "Agree"}, {"id": "agree", "label": "Yes"}])],
    ),
    "national share not an answer": in_first(
        "audience.tallies", [tally(national={"text": "t", "source": "s", "shares": {"maybe": 5}})]
    ),
    "kind": in_first("kind", "lecture"),
    "percent too high": in_first(
        "audience.tallies", [tally(national={"text": "t", "source": "s", "share": 150})]
    ),
    "hidden character": in_first("title", "Group\u0000agreement"),
}

# Whole-file problems the planner says when it opens a file (no draft can hold them).
FILES: dict[str, bytes] = {
    "duplicate key": b"format: 1\nid: a\nid: b\n",
    "not UTF-8": "format: 1\ntitle: Группа\n".encode("cp1251"),
    "empty": b"",
    "anchors": b"format: 1\na: &x 1\nb: *x\n",
    "two documents": b"format: 1\n---\nformat: 1\n",
    "not a mapping": b"- a\n- b\n",
    "no format": b"id: a\n",
    "newer format": b"format: 99\n",
    "wrong format": b"format: two\n",
    "control character": b"format: 1\ntitle: a\x07b\n",
    # the YAML reader's usual reasons after "syntax error:" (fourth blind drive: left in English)
    "quote not closed": b'format: 1\ntitle: "abc\n',
    "list not closed": b"format: 1\ntitle: [a, b\n",
    "mapping not closed": b"format: 1\ntitle: {a: 1\n",
    "colon in text": b"format: 1\ntitle: a: b\n",
    "tab indent": b"format: 1\n\ttitle: x\n",
    "item out of line": b"format: 1\nsteps:\n  - a\n  b: c\n",
    "no key": b"format: 1\n- a\n",
    "no colon": b"a: b\nc\n",
    "at sign": b"format: 1\ntitle: @x\n",
    "escape": b'format: 1\ntitle: "\\q"\n',
    "tag": b"format: 1\ntitle: !x!y z\n",
}


def make_images(folder: Path) -> None:
    images = folder / "images"
    images.mkdir()
    (images / "empty.png").write_bytes(b"")
    (images / "text.png").write_bytes(b"this is not an image at all")
    (images / "short.png").write_bytes(PNG + b"\x00\x00")


def broken_draft(name: str, folder: Path) -> Draft:
    document = copy.deepcopy(base())
    BROKEN[name](document)
    return Draft(document, path=folder / "plan.yaml")


def file_errors(raw: bytes) -> tuple[FileError, ...]:
    try:
        check_format(read_document(raw, "plan.yaml"), 1)
    except InvalidFile as exc:
        return exc.errors
    raise AssertionError("the file was accepted")


# What may stay in Latin letters: the file's own keys and values, formats, names of programs.
ALLOWED = {
    *("text", "items", "questions", "facts", "image", "tallies", "film", "steps", "target_length"),
    *("format", "shares", "share", "true", "false", "id", "title", "fixed", "kind", "duration"),
    *("audience", "answers", "threshold", "national", "label", "statement", "phases", "images"),
    *("MP4", "H.264", "AAC", "WebM", "MKV", "MOV", "AVI", "OGV", "MPEG", "WMV", "PNG", "JPEG"),
    *("GIF", "WebP", "YAML", "UTF", "MiB", "Facilitator", "Enter"),
}


def english_in(line: str, error: FileError) -> list[str]:
    """Latin words of a shown problem that are neither the file's names nor quoted values; in
    the field, the plan's own keys ("steps", "target_length") left unnamed."""
    field = plan_messages.field_name(error.path)  # the planner's own plan: its fields named
    if not line.startswith(str(FileError(error.file, error.line, field, ""))):
        field = error.path  # a file to correct in an editor: the key as the file has it
    prefix = str(FileError(error.file, error.line, field, ""))
    assert line.startswith(prefix), (line, prefix)
    named = field != error.path and i18n.current() != "en"
    keys = [w for w in re.findall(r"[A-Za-z_]+", field) if w in plan_messages.FIELD_KEYS and named]
    said = line[len(prefix) :]
    said = re.sub(
        r"«[^»]*»|\"[^\"]*\"|'[^']*'|\{[^}]*\}|#x[0-9a-f]+|U\+[0-9A-F]{4}[A-Z -]*"
        r"|[\w.-]*[/.][\w./-]*|\b\d+m\b",
        " ",
        said,
    )
    words = re.findall(r"[A-Za-z][A-Za-z0-9_.+]*", said)
    return keys + [word for word in words if word.strip(".") not in ALLOWED]


def test_every_broken_plan_says_its_own_problem(tmp_path: Path) -> None:
    make_images(tmp_path)
    said: dict[str, set[str]] = {}
    for name in BROKEN:
        draft = broken_draft(name, tmp_path)
        problems = [*draft.errors, *draft.warnings]
        assert problems, f"{name}: the checker found nothing"
        for problem in problems:
            template = plan_messages.known(problem.message)
            assert template is not None, f"{name}: the planner does not know “{problem.message}”"
            said.setdefault(template, set()).add(name)
    for raw in FILES.values():
        for problem in file_errors(raw):
            assert plan_messages.known(problem.message) is not None, problem.message
    assert len(said) >= 35  # one broken plan, one message: the list above covers the checker


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_planner_says_every_problem_in_its_language(
    qtbot: QtBot, tmp_path: Path, set_ui_language: Callable[[str], None], language: str
) -> None:
    set_ui_language(language)
    make_images(tmp_path)
    english: dict[str, list[str]] = {}
    for name in BROKEN:
        draft = broken_draft(name, tmp_path)
        window = PlannerWindow(draft=draft, library=[])
        qtbot.addWidget(window)
        shown = window.problems.toolTip().splitlines()
        problems = [*draft.errors, *draft.warnings]
        assert len(shown) == len(problems), name
        for line, problem in zip(shown, problems, strict=True):
            left = english_in(
                line.removesuffix(")").rsplit(" (", 1)[0] if problem in draft.warnings else line, problem
            )
            if left:
                english[name] = [line, *left]
        window.close()
    for name, raw in FILES.items():
        for problem in file_errors(raw):
            left = english_in(plan_messages.shown(problem), problem)
            if left:
                english[name] = [plan_messages.shown(problem), *left]
    assert english == {}


def test_the_english_finder_finds_english() -> None:
    error = FileError("plan.yaml", 3, "steps[0].title", "expected text, got a list")
    assert english_in(str(error), error) == ["expected", "got", "a", "list"]
    assert english_in("plan.yaml:3: step 1 › title: нужен текст, а указано: список", error) == []


def test_a_template_gives_back_the_loader_s_words() -> None:
    """The template is the pattern: filled with its own placeholders it is recognised as itself."""
    for template in plan_messages.TEMPLATES:
        names = re.findall(r"\{(\w+)\}", template)
        sample = template.format(**{name: f"<{name}>" for name in names})
        assert plan_messages.known(sample) == template, template


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_opening_a_broken_file_says_why_in_the_ui_language(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    set_ui_language: Callable[[str], None],
    language: str,
) -> None:
    set_ui_language(language)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, _title, text: told.append(text))
    window = PlannerWindow(library=[])
    qtbot.addWidget(window)
    path = tmp_path / "plan.yaml"
    path.write_bytes(FILES["duplicate key"])
    assert window.open_plan(path) is False
    problem = FileError("plan.yaml", 3, "id", "duplicate key")
    assert told == [told[0]] and told[0].startswith(f"{path}:3: id: ")
    assert english_in(told[0].replace(str(path), "plan.yaml"), problem) == []


def pair_errors(tmp_path: Path) -> list[FileError]:
    """Every refusal of two plans projected side by side (``--language kk+ru``), one of each kind."""
    import yaml

    from facilitator.content import builtin_workshop_in
    from facilitator.sessions.plan_pair import load_pair, sibling_path

    def refused(call: Callable[[], object]) -> list[FileError]:
        with pytest.raises(InvalidFile) as caught:
            call()
        return list(caught.value.errors)

    kk = tmp_path / "workshop.kk.yaml"
    kk.write_bytes(builtin_workshop_in("kk").read_bytes())
    source = yaml.safe_load(builtin_workshop_in("ru").read_text(encoding="utf-8"))
    errors: list[FileError] = []
    changes: list[Callable[[Document], None]] = [
        lambda plan: plan["steps"].pop(),  # the second plan ends early
        lambda plan: plan["steps"].append(copy.deepcopy(plan["steps"][-1]) | {"id": "one-more"}),
        lambda plan: plan["steps"][1].update(id="phrases-ru"),
        lambda plan: next(
            f for s in plan["steps"] for f in s["audience"].get("facts", []) if f.get("reveal")
        ).update(reveal=False),
    ]
    for number, change in enumerate(changes):
        plan = copy.deepcopy(source)
        change(plan)
        ru = tmp_path / f"{number}" / "workshop.ru.yaml"
        ru.parent.mkdir()
        ru.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
        errors += refused(lambda ru=ru: load_pair((kk, ru), ("kk", "ru"), "kk"))
    errors += refused(lambda: sibling_path(tmp_path / "workshop.yaml", "ru", "kk"))
    errors += refused(lambda: load_pair((kk, tmp_path / "none.ru.yaml"), ("kk", "ru"), "kk"))
    errors += refused(lambda: load_pair((kk, kk), ("kk", "ru"), "kk"))
    return errors


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_pair_of_plans_is_refused_in_the_ui_language(
    qapp: object, tmp_path: Path, set_ui_language: Callable[[str], None], language: str
) -> None:
    """The start dialog says why two plans cannot be projected together in the UI's language."""
    errors = pair_errors(tmp_path)
    templates = {plan_messages.known(error.message) for error in errors}
    assert None not in templates and len(templates) == 7, [e.message for e in errors]
    set_ui_language(language)
    english = {plan_messages.shown(error): english_in(plan_messages.shown(error), error) for error in errors}
    assert {line: left for line, left in english.items() if left} == {}
    assert any("Қазақша" in line for line in english), english  # the language by its name, not "kk"


def test_the_planner_names_the_plans_fields_in_the_ui_language(
    set_ui_language: Callable[[str], None],
) -> None:
    """A drive: "new-plan.yaml:7: steps: шагов пока нет…", "target_length: …" in the ru and kk UI."""
    no_steps = FileError("new-plan.yaml", 7, "steps", "expected at least one item")
    length = FileError("new-plan.yaml", 6, "target_length", "expected text, got a list")
    nested = FileError("p.yaml", 30, "steps[3].audience.questions[1]", "expected text, got a list")
    typo = FileError("p.yaml", 4, "cuez", "unknown key")
    assert plan_messages.shown(nested, named=True).startswith("p.yaml:30: step 4 › projector › questions 2: ")
    set_ui_language("ru")
    assert plan_messages.shown(no_steps, named=True).startswith("new-plan.yaml:7: шаги: ")
    assert plan_messages.shown(length, named=True).startswith("new-plan.yaml:6: целевая длительность: ")
    assert plan_messages.shown(nested, named=True).startswith("p.yaml:30: шаг 4 › проектор › вопросы 2: ")
    assert plan_messages.shown(typo, named=True).startswith("p.yaml:4: cuez: ")  # the key as the file has it
    set_ui_language("kk")
    assert plan_messages.shown(no_steps, named=True).startswith("new-plan.yaml:7: қадамдар: ")
    assert plan_messages.shown(length, named=True).startswith("new-plan.yaml:6: жоспарлы ұзақтығы: ")
    # a file to correct in a text editor (opening it, the start-up dialog) keeps its keys
    assert plan_messages.shown(length).startswith("new-plan.yaml:6: target_length: ")
    assert "4-қадам › ұзақтығы" in plan_messages.shown(
        FileError("p.yaml", 9, "steps[3].duration", "x"), named=True
    )
