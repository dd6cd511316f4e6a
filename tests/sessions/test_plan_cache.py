"""The cache of checked plans: a known plan opens without pydantic and YAML; anything else is
checked in full; a damaged entry is ignored and written again; an entry holds only the plan."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.content import builtin_plan_files, default_workshop
from facilitator.sessions import plan, plan_cache, plan_schema
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan_loader import load_plan, parse_plan
from tests.helpers.images import png_bytes
from tests.helpers.plans import plan_yaml

ROOT = Path(__file__).resolve().parents[2]


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.json"))


def write_plan(folder: Path, text: str) -> Path:
    path = folder / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", builtin_plan_files(), ids=lambda p: p.name)
def test_a_plan_from_the_cache_is_the_plan_checked_in_full(path: Path, tmp_path: Path) -> None:
    checked = load_plan(path, cache=tmp_path)  # checked in full, then kept
    assert len(entries(tmp_path)) == 1
    cached = load_plan(path, cache=tmp_path)
    assert cached == checked
    assert cached.plan == parse_plan(path.read_bytes(), str(path), path.parent).plan


def test_a_known_plan_opens_without_pydantic_or_yaml(tmp_path: Path) -> None:
    path = default_workshop("ru")
    load_plan(path, cache=tmp_path)
    script = (
        "import sys; from pathlib import Path\n"
        "from facilitator.sessions.plan_loader import load_plan\n"
        f"loaded = load_plan(Path({str(path)!r}), cache=Path({str(tmp_path)!r}))\n"
        "print(len(loaded.plan.steps), 'pydantic' in sys.modules, 'yaml' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    steps = len(load_plan(path).plan.steps)
    assert done.stdout.split() == [str(steps), "False", "False"]


def test_a_changed_byte_is_checked_in_full_and_every_error_reported(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    text = plan_yaml([10, 10, 10, 10])
    path = write_plan(tmp_path, text)
    load_plan(path, cache=cache)
    assert len(entries(cache)) == 1
    broken = text.replace("duration: 10m", "duration: 1Om", 1)  # one byte: a letter O for a zero
    assert len(broken) == len(text)
    write_plan(tmp_path, broken)
    with pytest.raises(InvalidFile) as raised:
        load_plan(path, cache=cache)
    line = next(n for n, row in enumerate(broken.splitlines(), 1) if "1Om" in row)
    assert [str(error) for error in raised.value.errors] == [
        f'{path}:{line}: steps[0].duration: expected minutes like 10 or "10m", got "1Om"'
    ]
    assert len(entries(cache)) == 1  # nothing kept for a plan that failed its check
    write_plan(tmp_path, text.replace("Step 2", "Step Z"))  # a valid change: its own entry
    assert load_plan(path, cache=cache).plan.steps[2].title == "Step Z"
    assert len(entries(cache)) == 2


def test_another_version_of_the_app_does_not_read_the_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_plan(tmp_path, plan_yaml([10, 10]))
    load_plan(path, cache=tmp_path / "cache")
    monkeypatch.setattr(plan_cache, "__version__", "99.0.0")
    assert plan_cache.read(tmp_path / "cache", path.read_bytes(), str(path)) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"\x00\xff" * 40,  # not text
        lambda data: b"",
        lambda data: b"[1, 2, 3]",  # JSON of another shape
        lambda data: data.replace(b'"Step 1"', b'"Step X"'),  # edited: the checksum no longer fits
        lambda data: data.replace(b'"duration": 600', b'"duration": "600"', 1),
    ],
    ids=["cut", "binary", "empty", "list", "edited-title", "edited-type"],
)
def test_a_damaged_entry_is_ignored_and_written_again(tmp_path: Path, damage: object) -> None:
    cache = tmp_path / "cache"
    path = write_plan(tmp_path, plan_yaml([10, 10]))
    expected = load_plan(path, cache=cache)
    (entry,) = entries(cache)
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    assert load_plan(path, cache=cache) == expected  # no traceback, the same plan
    assert plan_cache.read(cache, path.read_bytes(), str(path)) is not None  # rebuilt


def test_an_entry_whose_checksum_fits_but_whose_shape_does_not_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = write_plan(tmp_path, plan_yaml([10, 10]))
    expected = load_plan(path, cache=cache)
    (entry,) = entries(cache)
    body = json.loads(entry.read_bytes())["body"]
    del body["plan"]["steps"][0]["title"]
    entry.write_text(json.dumps({"check": plan_cache._checksum(body), "body": body}))
    assert load_plan(path, cache=cache) == expected


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    path = write_plan(tmp_path, plan_yaml([10, 10]))
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    assert load_plan(path, cache=blocked).plan == load_plan(path).plan


def test_the_entry_holds_the_plan_and_nothing_about_where_or_who(tmp_path: Path) -> None:
    folder = tmp_path / "Айгерим Нурланова private"
    folder.mkdir()
    cache = tmp_path / "cache"
    path = write_plan(folder, plan_yaml([10, 10]))
    loaded = load_plan(path, cache=cache)
    (entry,) = entries(cache)
    text = entry.read_text(encoding="utf-8")
    assert "Айгерим" not in text and "private" not in text and str(tmp_path) not in text
    stored = json.loads(text)
    assert set(stored) == {"check", "body"}
    assert set(stored["body"]) == {"key", "plan", "warnings", "image_fields"}
    assert stored["body"]["plan"] == plan.as_data(loaded.plan)  # the file's content, nothing more
    assert entry.stat().st_mode & 0o777 == 0o644


def test_warnings_come_back_from_the_cache_with_the_name_the_plan_is_opened_by(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    text = plan_yaml([10, 10]).replace("target_length: 20m", "target_length: 30m")
    first = write_plan(tmp_path, text)
    checked = load_plan(first, cache=cache)
    assert [w.message for w in checked.warnings] == ["steps add up to 20m, target is 30m"]
    copy = tmp_path / "copy.yaml"
    copy.write_text(text, encoding="utf-8")
    cached = load_plan(copy, cache=cache)
    assert len(entries(cache)) == 1  # the same bytes: the same entry
    assert [str(w) for w in cached.warnings] == [
        str(w).replace(str(first), str(copy)) for w in checked.warnings
    ]


def test_images_are_checked_on_every_load_even_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    text = plan_yaml([10, 10]).replace("text: Audience text 1", "image: room.png", 1)
    assert "image: room.png" in text
    image = tmp_path / "room.png"
    image.write_bytes(png_bytes(40, 30))
    path = write_plan(tmp_path, text)
    assert load_plan(path, cache=cache).images[1] is not None
    image.unlink()
    loaded = load_plan(path, cache=cache)  # from the cache: the plan is the same bytes
    assert loaded.images[1] is None
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "image: room.png" in row)
    assert [(w.file, w.line, w.path) for w in loaded.warnings] == [
        (str(path), line, "steps[1].audience.image")
    ]


SCHEMA_PAIRS = [
    (plan_schema.Plan, plan.Plan),
    (plan_schema.Step, plan.Step),
    (plan_schema.Phase, plan.Phase),
    (plan_schema.AudienceContent, plan.AudienceContent),
    (plan_schema.FacilitatorContent, plan.FacilitatorContent),
    (plan_schema.Fact, plan.Fact),
    (plan_schema.ResistanceLink, plan.ResistanceLink),
]


@pytest.mark.parametrize("schema, plain", SCHEMA_PAIRS, ids=lambda c: getattr(c, "__name__", ""))
def test_the_schema_and_the_plain_plan_have_the_same_fields_and_defaults(schema: type, plain: type) -> None:
    fields = {f.name: f for f in dataclasses.fields(plain)}
    assert list(fields) == list(schema.model_fields)
    for name, info in schema.model_fields.items():
        required = info.is_required()
        assert required == (
            fields[name].default is dataclasses.MISSING
            and fields[name].default_factory is dataclasses.MISSING
        ), name
        if not required:
            default = fields[name].default
            assert info.get_default(call_default_factory=True) == default, name


def test_the_app_keeps_its_cache_in_the_data_folder(tmp_path: Path) -> None:
    env = {**os.environ, "FACILITATOR_DATA_DIR": str(tmp_path), "FACILITATOR_PASSPHRASE": "cache test"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-m", "facilitator", "--quit-when-shown"]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    (entry,) = (tmp_path / "cache" / "plans").glob("*.json")
    assert entry.stem == plan_cache.key(default_workshop("en").read_bytes())


def test_the_cache_keeps_only_the_newest_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_cache, "KEEP", 2)
    cache = tmp_path / "cache"
    for minutes in ([10], [20], [30]):
        path = write_plan(tmp_path, plan_yaml(minutes))
        load_plan(path, cache=cache)
        entry = cache / f"{plan_cache.key(path.read_bytes())}.json"
        os.utime(entry, (minutes[0], minutes[0]))  # written in this order, whatever the clock's grain
    kept = {p.stem for p in entries(cache)}
    assert plan_cache.key(write_plan(tmp_path, plan_yaml([10])).read_bytes()) not in kept
    assert len(kept) == 2
