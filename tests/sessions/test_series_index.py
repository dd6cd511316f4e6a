"""The index of series positions: a series seen before places its plans without pydantic and YAML,
and only while the series file and every plan it names still have the bytes that were checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.sessions import series_index, series_loader
from facilitator.sessions.series_index import is_series_file, series_position
from tests.sessions.test_series_loader import SERIES, write_plan


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    write_plan(plans, "one.yaml", "plan-one")
    write_plan(plans, "two.yaml", "plan-two")
    write_plan(plans, "later.yaml", "plan-later")
    (plans / "series.yaml").write_text(SERIES, encoding="utf-8")
    return plans


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files checked in full (through pydantic and YAML), in order."""
    seen: list[Path] = []
    full_check = series_index._check

    def counted(path: Path) -> series_index._Entry | None:
        seen.append(path)
        return full_check(path)

    monkeypatch.setattr(series_index, "_check", counted)
    series_loader._CACHE.clear()  # the in-process memo of loaded series: the index alone is tested
    return seen


def where(plan_id: str, folder: Path, cache: Path) -> tuple[int | None, int, str] | None:
    found = series_position(plan_id, "en", [folder / "series.yaml"], cache)
    return None if found is None else (found.number, found.total, found.series_title)


def test_a_series_seen_before_places_its_plans_without_a_full_check(
    folder: Path, tmp_path: Path, checks: list[Path]
) -> None:
    cache = tmp_path / "cache"
    assert where("plan-two", folder, cache) == (2, 2, "My series")
    assert checks == [folder / "series.yaml"]
    assert where("plan-two", folder, cache) == (2, 2, "My series")
    assert where("plan-later", folder, cache) == (None, 2, "My series")
    assert where("elsewhere", folder, cache) is None
    assert series_position("plan-two", "ru", [folder / "series.yaml"], cache) is None
    assert checks == [folder / "series.yaml"]  # read from the index each time after the first


def test_a_changed_plan_is_checked_again_and_a_broken_one_places_nothing(
    folder: Path, tmp_path: Path, checks: list[Path]
) -> None:
    cache = tmp_path / "cache"
    assert where("plan-two", folder, cache) == (2, 2, "My series")
    write_plan(folder, "two.yaml", "plan-renamed")  # the same series file, another plan in it
    series_loader._CACHE.clear()
    assert where("plan-two", folder, cache) is None
    assert where("plan-renamed", folder, cache) == (2, 2, "My series")
    assert len(checks) == 2
    text = (folder / "two.yaml").read_text(encoding="utf-8").replace("duration: 10m", "duration: ten", 1)
    (folder / "two.yaml").write_text(text, encoding="utf-8")
    series_loader._CACHE.clear()
    assert where("plan-renamed", folder, cache) is None  # not the kept entry of the valid plan
    assert where("plan-one", folder, cache) is None  # a broken series places nothing
    assert len(checks) == 4  # and is not kept: checked each time
    (folder / "two.yaml").unlink()
    series_loader._CACHE.clear()
    assert where("plan-one", folder, cache) is None


def test_a_series_in_another_language_places_nothing_without_its_plans_being_read(
    folder: Path, tmp_path: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The console asks in its plan's language: the built-in series in the other languages are
    passed over on their entry alone (their language is their own file's), their plans unread."""
    cache = tmp_path / "cache"
    assert where("plan-two", folder, cache) == (2, 2, "My series")
    write_plan(folder, "two.yaml", "plan-renamed")  # would make the entry stale for English
    series_loader._CACHE.clear()
    read: list[Path] = []
    from facilitator.sessions import errors, series_index

    read_at_most = errors.read_at_most

    def counted(path: Path, limit: int) -> bytes:
        read.append(path)
        return read_at_most(path, limit)

    monkeypatch.setattr(errors, "read_at_most", counted)  # every file read goes through it
    monkeypatch.setattr(series_index, "read_at_most", counted)
    assert series_position("plan-renamed", "ru", [folder / "series.yaml"], cache) is None
    assert checks == [folder / "series.yaml"]  # no full check for a series in another language
    plans = [path for path in read if path.suffix != ".json" and path != folder / "series.yaml"]
    assert plans == [] and [path.suffix for path in read].count(".json") == 1  # its entry: no plan read
    assert where("plan-renamed", folder, cache) == (2, 2, "My series")  # in its own: checked again
    assert len(checks) == 2


def test_a_changed_series_file_and_a_damaged_entry_are_misses(
    folder: Path, tmp_path: Path, checks: list[Path]
) -> None:
    cache = tmp_path / "cache"
    assert where("plan-one", folder, cache) == (1, 2, "My series")
    (folder / "series.yaml").write_text(SERIES.replace("title: My series", "title: Our series"), "utf-8")
    series_loader._CACHE.clear()
    assert where("plan-one", folder, cache) == (1, 2, "Our series")
    entry = cache / f"{series_index.key((folder / 'series.yaml').read_bytes())}.json"
    stored = json.loads(entry.read_text(encoding="utf-8"))
    stored["body"]["title"] = "Edited by hand"  # the checksum no longer matches
    entry.write_text(json.dumps(stored), encoding="utf-8")
    series_loader._CACHE.clear()
    assert where("plan-one", folder, cache) == (1, 2, "Our series")
    entry.write_text(entry.read_text(encoding="utf-8")[:40], encoding="utf-8")  # cut short
    series_loader._CACHE.clear()
    assert where("plan-one", folder, cache) == (1, 2, "Our series")
    assert len(checks) == 4
    assert "Edited" not in entry.read_text(encoding="utf-8")  # written again, whole


def test_a_file_that_is_no_series_is_known_as_such_without_yaml(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    assert not is_series_file(folder / "one.yaml", cache)
    assert is_series_file(folder / "series.yaml", cache)  # not yet in the index: read through YAML
    assert series_position("plan-one", "en", [folder / "one.yaml", folder / "series.yaml"], cache) is not None

    def no_yaml(path: Path) -> bool:
        raise AssertionError(f"{path} read through YAML again")

    monkeypatch.setattr(series_loader, "is_series_file", no_yaml)
    assert is_series_file(folder / "series.yaml", cache)
    assert series_position("plan-one", "en", [folder / "one.yaml", folder / "series.yaml"], cache) is not None
    assert not is_series_file(folder / "missing.yaml", cache)


def test_the_index_holds_no_folder_of_the_facilitator(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert where("plan-one", folder, cache) is not None
    for entry in cache.glob("*.json"):
        assert str(tmp_path) not in entry.read_text(encoding="utf-8")
