"""Film files of film steps (issue #16): a web address, an absolute path or a name leaving the
folder is refused when the plan loads, naming file, line and field; a local name is looked up in
the plan's folder, then the media folder, each time the step is shown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from facilitator.content import builtin_plan_files
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan import StepKind
from facilitator.sessions.plan_films import FilmTrouble, film_folders, film_problem_text, find_film
from facilitator.sessions.plan_loader import load_plan
from facilitator.settings import change_settings, load_settings
from tests.helpers.plans import plan_yaml


def write_film_plan(folder: Path, film: str, kind: str = "film") -> Path:
    """A two-step plan whose second step (of ``kind``) names ``film``."""
    document = yaml.safe_load(plan_yaml([5, 5]))
    document["steps"][1]["kind"] = kind
    document["steps"][1]["audience"]["film"] = film
    path = folder / "plan.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def film_line(path: Path) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if "film:" in line)


REFUSED = {
    "https": ("https://www.youtube.com/watch?v=abc", "is a web address"),
    "http-upper": ("HTTP://example.org/film.mp4", "is a web address"),
    "file-url": ("file:///home/me/film.mp4", "is a web address"),
    "www": ("www.example.org/film.mp4", "is a web address"),
    "network-share": ("//server/share/film.mp4", "is an absolute path"),
    "absolute": ("/home/me/films/the-dress.mp4", "is an absolute path"),
    "windows-drive": ("C:\\Users\\me\\the-dress.mp4", "is an absolute path"),
    "windows-relative-drive": ("D:the-dress.mp4", "is an absolute path"),
    "parent": ("../films/the-dress.mp4", "is outside the plan's folder"),
    "parent-inside": ("films/../../the-dress.mp4", "is outside the plan's folder"),
    "not-a-video": ("films/the-dress.pdf", "is not a video file"),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_url_or_a_path_that_would_not_travel_is_refused_with_file_line_and_field(
    tmp_path: Path, case: str
) -> None:
    name, reason = REFUSED[case]
    path = write_film_plan(tmp_path, name)
    with pytest.raises(InvalidFile) as refused:
        load_plan(path)
    [error] = refused.value.errors
    text = str(error)
    assert text.startswith(f"{path}:{film_line(path)}: steps[1].audience.film: film "), text
    assert reason in text, text


def test_a_web_address_says_to_download_the_film(tmp_path: Path) -> None:
    with pytest.raises(InvalidFile) as refused:
        load_plan(write_film_plan(tmp_path, "https://youtu.be/x"))
    assert "download the film" in str(refused.value) and "media folder" in str(refused.value)


def test_only_a_film_step_names_a_film(tmp_path: Path) -> None:
    with pytest.raises(InvalidFile) as refused:
        load_plan(write_film_plan(tmp_path, "clip.mp4", kind="exercise"))
    assert 'steps[1].audience.film: only a film step plays a film (this step is "exercise")' in str(
        refused.value
    )


def test_a_missing_film_does_not_stop_the_plan_loading(tmp_path: Path) -> None:
    loaded = load_plan(write_film_plan(tmp_path, "films/the-dress.mp4"))
    assert loaded.plan.steps[1].audience.film == "films/the-dress.mp4"
    assert loaded.warnings == ()


@pytest.mark.parametrize("path", builtin_plan_files(), ids=lambda p: p.name)
def test_built_in_film_steps_without_a_file_stay_valid(path: Path) -> None:
    plan = load_plan(path).plan
    films = [step for step in plan.steps if step.kind is StepKind.FILM]
    assert all(step.audience.film is None for step in films)


def test_the_plan_folder_is_looked_in_first_then_the_media_folder(tmp_path: Path) -> None:
    plan_folder, media = tmp_path / "plan", tmp_path / "media"
    (plan_folder / "films").mkdir(parents=True)
    (media / "films").mkdir(parents=True)
    (media / "films" / "a.mp4").write_bytes(b"media copy")
    folders = film_folders(plan_folder, str(media))
    assert folders == (plan_folder, media)
    assert find_film("films/a.mp4", folders).path == media / "films" / "a.mp4"
    (plan_folder / "films" / "a.mp4").write_bytes(b"plan copy")
    assert find_film("films/a.mp4", folders).path == plan_folder / "films" / "a.mp4"
    assert film_folders(plan_folder, "") == (plan_folder,)


def test_a_missing_film_names_where_it_was_looked_for(tmp_path: Path) -> None:
    found = find_film("films/lost.mp4", (tmp_path / "plan", tmp_path / "media"))
    assert found.path is None and found.trouble is FilmTrouble.MISSING
    text = film_problem_text(found)
    assert '"films/lost.mp4" not found' in text
    assert str(tmp_path / "plan") in text and str(tmp_path / "media") in text


def test_an_unusable_file_says_more_than_not_found(tmp_path: Path) -> None:
    (tmp_path / "empty.mp4").write_bytes(b"")
    (tmp_path / "folder.mp4").mkdir()
    os.mkfifo(tmp_path / "pipe.mp4")  # a FIFO is never opened (it would block)
    assert find_film("empty.mp4", (tmp_path,)).trouble is FilmTrouble.EMPTY
    assert find_film("folder.mp4", (tmp_path,)).trouble is FilmTrouble.NOT_A_FILE
    assert find_film("pipe.mp4", (tmp_path,)).trouble is FilmTrouble.NOT_A_FILE
    (tmp_path / "locked.mp4").write_bytes(b"x")
    (tmp_path / "locked.mp4").chmod(0)
    if os.geteuid() != 0:  # root reads anything
        assert find_film("locked.mp4", (tmp_path,)).trouble is FilmTrouble.UNREADABLE


def test_the_media_folder_and_the_volume_are_settings(tmp_path: Path) -> None:
    assert load_settings().media_folder == "" and load_settings().film_volume == 1.0
    change_settings(media_folder=str(tmp_path), film_volume=0.25)
    assert load_settings().media_folder == str(tmp_path)
    assert load_settings().film_volume == 0.25
    change_settings(film_volume=7)
    assert load_settings().film_volume == 1.0  # clamped when read back
