"""The README's hand-written film plan is complete: it loads without an error or a warning, and
its film is found where the README says to put it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan import StepKind
from facilitator.sessions.plan_films import film_folders, find_film
from facilitator.sessions.plan_loader import load_plan

ROOT = Path(__file__).resolve().parents[2]
CLIP = ROOT / "tests" / "media" / "clip.mp4"


def readme_example() -> str:
    """The YAML block after the README's ``film-plan-example`` marker, out of its list indent."""
    readme = (ROOT / "README.md").read_text("utf-8")
    found = re.search(r"<!-- film-plan-example.*?-->\n\s*```yaml\n(.*?)\n\s*```", readme, re.DOTALL)
    assert found, "README.md shows a complete film plan after the film-plan-example marker"
    lines = found.group(1).splitlines()
    indent = min(len(line) - len(line.lstrip()) for line in lines if line.strip())
    return "\n".join(line[indent:] for line in lines) + "\n"


def test_the_readmes_film_plan_loads_and_finds_its_film(tmp_path: Path) -> None:
    folder = tmp_path / "my-film-workshop"
    (folder / "films").mkdir(parents=True)
    plan_file = folder / "my-film-workshop.yaml"
    plan_file.write_text(readme_example(), "utf-8")
    shutil.copyfile(CLIP, folder / "films" / "the-dress.mp4")  # where the README's tree puts it
    loaded = load_plan(plan_file)
    assert not loaded.warnings
    films = [step for step in loaded.plan.steps if step.kind is StepKind.FILM]
    assert len(films) == 1 and films[0].audience.film
    found = find_film(films[0].audience.film, film_folders(loaded.base_dir, None))
    assert found.trouble is None and found.path == folder / "films" / "the-dress.mp4"
    checked = subprocess.run(  # the command the README gives
        [sys.executable, "-m", "facilitator", "plans", "validate", str(plan_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0 and "warning" not in checked.stdout + checked.stderr, checked


def test_the_readme_says_which_fields_of_its_film_plan_are_required(tmp_path: Path) -> None:
    """Every line the README marks ``# optional`` can be left out; every other field can not
    (blind drive: the README said a step needs only audience.title and facilitator.purpose, and
    validation also wanted facilitator.how_to_run). The film line is the film plan's own: without
    it the step is valid and shows its slide, as the README says."""
    folder = tmp_path / "plan"
    (folder / "films").mkdir(parents=True)
    shutil.copyfile(CLIP, folder / "films" / "the-dress.mp4")
    lines = readme_example().splitlines()
    fields = [i for i, line in enumerate(lines) if re.match(r"\s*[a-z_]+: \S", line) and "film:" not in line]
    optional = [i for i in fields if lines[i].rstrip().endswith("# optional")]
    assert len(optional) == 2 and len(fields) > 10
    for left_out in fields:
        plan_file = folder / f"without-line-{left_out + 1}.yaml"
        plan_file.write_text("\n".join(lines[:left_out] + lines[left_out + 1 :]) + "\n", "utf-8")
        key = lines[left_out].strip().split(":")[0]
        try:
            loaded = load_plan(plan_file)
        except InvalidFile as exc:  # it names the field left out
            assert left_out not in optional, (key, exc)
            assert key in str(exc), (key, str(exc))
        else:
            assert left_out in optional, f"{key} is not marked optional, but the plan loads without it"
            assert not loaded.warnings
