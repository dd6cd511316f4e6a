"""A two-language session pairs two plans with the same step ids, or is refused with a message
that names the file, the line and the step."""

import shutil
from pathlib import Path

import pytest

from facilitator.app import pair_paths
from facilitator.content import builtin_workshop_in
from facilitator.languages import parse_languages
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.plan_pair import load_pair, sibling_path
from tests.helpers.processes import run_cli


def test_a_pair_of_languages_is_read_and_checked() -> None:
    assert parse_languages("kk+ru") == ("kk", "ru")
    assert parse_languages(" RU ") == ("ru",)
    refused = (("kk+kk", "must differ"), ("kk+uz", "'uz' is not a language"), ("en+ru+kk", "at most two"))
    for wrong, said in refused:
        with pytest.raises(ValueError, match=said):
            parse_languages(wrong)


def test_the_builtin_workshop_pairs_and_the_facilitator_keeps_their_language() -> None:
    paths = (builtin_workshop_in("kk"), builtin_workshop_in("ru"))
    pair = load_pair(paths, ("kk", "ru"), "ru")
    assert [loaded.plan.language for loaded in pair.audience] == ["kk", "ru"]  # the room's order
    assert pair.guide.plan.language == "ru" and pair.companion.plan.language == "kk"
    assert pair.companion_first
    first = load_pair(paths, ("kk", "ru"), "en")  # a UI language outside the pair: the first
    assert first.guide.plan.language == "kk" and not first.companion_first


def test_plans_that_do_not_share_step_ids_are_refused_naming_file_line_and_step(tmp_path: Path) -> None:
    kk = tmp_path / "workshop.kk.yaml"
    ru = tmp_path / "workshop.ru.yaml"
    shutil.copy(builtin_workshop_in("kk"), kk)
    text = builtin_workshop_in("ru").read_text(encoding="utf-8")
    ru.write_text(text.replace("id: phrases", "id: phrases-ru", 1), encoding="utf-8")
    line = text.splitlines().index(next(x for x in text.splitlines() if "id: phrases" in x)) + 1
    with pytest.raises(InvalidFile) as refused:
        load_pair((kk, ru), ("kk", "ru"), "kk")
    (error,) = refused.value.errors
    assert (error.file, error.line, error.path) == (str(ru), line, "steps[1].id")
    assert "step 2 is 'phrases-ru'; expected 'phrases'" in error.message
    assert sibling_path(kk, "ru", "kk") == ru


def test_the_command_line_refuses_a_pair_that_does_not_share_step_ids(tmp_path: Path) -> None:
    kk = tmp_path / "mine.kk.yaml"
    shutil.copy(builtin_workshop_in("kk"), kk)
    en = tmp_path / "mine.en.yaml"
    text = builtin_workshop_in("en").read_text(encoding="utf-8")
    en.write_text(text.replace("id: break", "id: tea-break", 1), encoding="utf-8")
    result = run_cli(str(kk), "--language", "kk+en", "--quit-when-shown")
    assert result.returncode == 1
    number = [step.id for step in load_plan(builtin_workshop_in("en")).plan.steps].index("break") + 1
    assert f"{en}:" in result.stderr
    assert f"step {number} is 'tea-break'; expected 'break'" in result.stderr
    assert "Traceback" not in result.stderr
    unknown = run_cli("--language", "kk+xx", "--quit-when-shown")
    assert unknown.returncode == 2 and "'xx' is not a language" in unknown.stderr


@pytest.mark.parametrize(("languages", "example"), [(("kk", "ru"), "kk"), (("ru", "kk"), "ru")])
def test_a_plan_not_named_by_language_is_told_both_names(languages: tuple[str, str], example: str) -> None:
    """``facilitator good.yaml --language kk+ru`` said "workshop.kk.yaml and workshop.kk.yaml"."""
    with pytest.raises(InvalidFile) as refused:
        pair_paths(Path("good.yaml"), languages)
    other = languages[1] if example == languages[0] else languages[0]
    assert f"(e.g. workshop.{example}.yaml and workshop.{other}.yaml)" in str(refused.value)
