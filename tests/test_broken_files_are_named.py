"""A file the app skips or refuses is named where the facilitator looks: ``cues list`` names a
broken file of the data folder's ``cues/`` (as ``plans list`` does for ``plans/``), and ``planner
BADPLAN`` prints the plan's problems on the terminal, as the console does, besides its dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.aids.cue_set import user_cue_dir
from facilitator.app import say_plan_problems
from tests.helpers.plans import plan_yaml
from tests.helpers.processes import run_cli


def test_a_broken_cue_file_of_the_data_folder_is_named() -> None:
    folder = user_cue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bad.yaml").write_bytes(bytes(range(256)))
    result = run_cli("cues", "list", "--language", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{folder / 'bad.yaml'}: invalid cue file (1 error), left out; run: facilitator cues validate" in (
        result.stderr
    )
    assert "feminism-not-ours\t" in result.stdout  # the built-in cues are still listed


def test_the_cues_of_the_data_folder_are_listed() -> None:
    folder = user_cue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    assert run_cli("cues", "list", "--language", "en").returncode == 0


def test_the_planner_says_a_bad_plan_s_problems_on_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "bad.yaml"
    plan.write_text(plan_yaml([10, 10]).replace("duration: 10m", "duration: soon", 1), encoding="utf-8")
    say_plan_problems(plan)
    said = capsys.readouterr()
    assert said.out == "" and said.err.startswith(f"{plan}:") and "duration" in said.err
    good = tmp_path / "good.yaml"
    good.write_text(plan_yaml([10, 10]), encoding="utf-8")
    say_plan_problems(good)
    assert capsys.readouterr().err == ""
