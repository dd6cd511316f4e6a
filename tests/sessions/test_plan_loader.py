from pathlib import Path

import pytest
import yaml

from facilitator.content import builtin_plan_files, default_workshop
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan import AudienceContent, FacilitatorContent
from facilitator.sessions.plan_loader import load_plan, parse_plan
from tests.helpers.plans import plan_yaml


def errors_of(text: str, name: str = "plan.yaml") -> list[str]:
    with pytest.raises(InvalidFile) as raised:
        parse_plan(text.encode("utf-8"), name)
    return [str(error) for error in raised.value.errors]


def edited(change: dict[str, object], step: int | None = None) -> str:
    document = yaml.safe_load(plan_yaml([10, 10, 10, 10]))
    target = document if step is None else document["steps"][step]
    for key, value in change.items():
        if value is None:
            target.pop(key)
        else:
            target[key] = value
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize("path", builtin_plan_files(), ids=lambda p: p.name)
def test_every_builtin_plan_is_valid_and_adds_up(path: Path) -> None:
    loaded = load_plan(path)
    assert loaded.warnings == ()
    plan = loaded.plan
    for step in plan.steps:
        assert isinstance(step.audience, AudienceContent)
        assert isinstance(step.facilitator, FacilitatorContent)
        assert step.facilitator.purpose and step.facilitator.how_to_run
        assert all(fact.source.strip() for fact in step.audience.facts)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_ready_workshop_exists_in_each_language_with_the_same_steps(language: str) -> None:
    english = load_plan(default_workshop("en")).plan
    plan = load_plan(default_workshop(language)).plan
    assert plan.language == language
    assert plan.target_length == 120 * 60 == plan.planned_total
    assert [(s.id, s.kind, s.duration, s.fixed) for s in plan.steps] == [
        (s.id, s.kind, s.duration, s.fixed) for s in english.steps
    ]


def test_a_bad_duration_names_file_line_and_field() -> None:
    text = plan_yaml([10, 10, 10, 10]).replace("duration: 10m", "duration: ten", 4)
    text = text.replace("duration: ten", "duration: 10m", 3)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "duration: ten" in row)
    assert errors_of(text) == [
        f'plan.yaml:{line}: steps[3].duration: expected minutes like 10 or "10m", got "ten"'
    ]


def test_all_errors_of_a_file_are_reported_at_once() -> None:
    text = edited({"duration": "ten", "kind": "lecture"}, step=1)
    text = text.replace("title: Test plan", "title: Test plan\ncolour: blue")
    messages = errors_of(text)
    assert len(messages) == 3
    assert any("steps[1].kind: expected one of" in m and 'got "lecture"' in m for m in messages)
    assert any("steps[1].duration" in m for m in messages)
    assert any(": colour: unknown key" in m for m in messages)


def test_unknown_keys_are_errors_with_a_suggestion() -> None:
    text = plan_yaml([10]).replace("audience:\n    text:", "audience:\n    questons: [Why?]\n    text:")
    (message,) = errors_of(text)
    assert 'steps[0].audience.questons: unknown key; did you mean "questions"?' in message


def test_missing_required_fields_are_named() -> None:
    messages = errors_of(edited({"facilitator": {"purpose": "x"}}, step=0))
    assert any("steps[0].facilitator.how_to_run: required, missing" in m for m in messages)


def test_a_newer_format_gets_a_clear_message_and_nothing_else() -> None:
    (message,) = errors_of(edited({"format": 2, "new_key": 1}))
    assert "format 2" in message and "newer version of Facilitator" in message


def test_phases_must_add_up_to_the_step() -> None:
    text = edited({"phases": [{"label": "a", "duration": 3}, {"label": "b", "duration": 3}]}, step=2)
    (message,) = errors_of(text)
    assert "steps[2].phases: phases add up to 6m; expected the step's duration, 10m" in message


def test_duplicate_step_ids_and_duplicate_keys_are_errors() -> None:
    assert any("duplicate step id" in m for m in errors_of(edited({"id": "step-0"}, step=1)))
    text = plan_yaml([10]).replace("title: Test plan", "title: Test plan\ntitle: Again")
    assert any("title: duplicate key" in m for m in errors_of(text))


def test_an_audience_section_must_show_something() -> None:
    messages = errors_of(edited({"audience": {"title": "Only a title"}}, step=0))
    assert any("steps[0].audience: expected at least one of" in m for m in messages)


def test_workshops_need_a_target_length_and_a_mismatch_is_a_warning() -> None:
    assert any("target_length: required" in m for m in errors_of(edited({"target_length": None})))
    loaded = parse_plan(edited({"target_length": "45m"}).encode(), "plan.yaml")
    assert [str(w) for w in loaded.warnings] == [
        "plan.yaml:6: target_length: steps add up to 40m, target is 45m"
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "file is empty"),
        (b"- a\n- b\n", "expected a mapping of keys at the top"),
        (b"format: 1\ntitle: [unclosed\n", "syntax error"),
        (b"format: 1\n---\nformat: 1\n", "expected one document"),
        (b"a: &x [1]\nb: *x\n", "anchors and aliases"),
        (b"format: 1\ntitle: \xff\xfe\n", "expected UTF-8"),
        (b"format: 1\nx: " + b"[" * 20 + b"]" * 20 + b"\n", "nesting deeper than 12 levels"),
        (b"format: 1\n" + b"# padding\n" * 120_000, "expected at most 1 MiB"),
        (b"format: one\n", "format: expected 1"),
    ],
)
def test_broken_files_get_one_clear_message(raw: bytes, expected: str) -> None:
    with pytest.raises(InvalidFile) as raised:
        parse_plan(raw, "broken.yaml")
    assert expected in str(raised.value)
    assert str(raised.value).startswith("broken.yaml")


def test_a_missing_file_is_reported_not_raised(tmp_path: Path) -> None:
    with pytest.raises(InvalidFile, match="cannot read"):
        load_plan(tmp_path / "nope.yaml")


@pytest.mark.parametrize("key", ["none", "str", "int"])
def test_keys_named_like_types_are_reported_as_unknown_keys(key: str) -> None:
    text = plan_yaml([10]).replace("title: Test plan", f"title: Test plan\n{key}: 1")
    (message,) = errors_of(text)
    assert f"plan.yaml:4: {key}: unknown key" in message
