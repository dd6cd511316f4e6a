"""The compiled methods of dataclasses, kept between starts (facilitator/dataclass_code.py): a class
made from kept code is the one ``dataclasses`` makes, and kept code is only ever used for exactly
the text it was compiled from, by the same Python."""

from __future__ import annotations

import marshal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from facilitator import dataclass_code

SOURCE = """
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Step:
    title: str
    minutes: int = 10
    tags: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

@dataclass
class Count:
    votes: dict[str, int]
    total: int = 0
"""


@pytest.fixture(autouse=True)
def nothing_installed() -> Iterator[None]:
    dataclass_code.uninstall()
    yield
    dataclass_code.uninstall()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "code"


def make(source: str = SOURCE) -> dict[str, Any]:
    module: dict[str, Any] = {"__name__": "tests.made_here"}
    sys.modules["tests.made_here"] = type(sys)("tests.made_here")
    sys.modules["tests.made_here"].__dict__.update(module)
    try:
        exec(
            compile(source, "made_here.py", "exec", dont_inherit=True),
            sys.modules["tests.made_here"].__dict__,
        )
        return dict(sys.modules["tests.made_here"].__dict__)
    finally:
        del sys.modules["tests.made_here"]


def methods(cls: type) -> dict[str, CodeType]:
    names = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
    found = {name: vars(cls).get(name) for name in names}
    return {
        name: getattr(method, "__wrapped__", method).__code__
        for name, method in found.items()
        if method is not None and hasattr(getattr(method, "__wrapped__", method), "__code__")
    }


def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def counted(source: str, *args: Any, **kwargs: Any) -> CodeType:
        seen.append(source)
        code: CodeType = compile(source, *args, **kwargs)
        return code

    monkeypatch.setattr(dataclass_code, "compile", counted, raising=False)
    return seen


def test_a_class_made_from_kept_code_is_the_one_dataclasses_makes(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = make()
    dataclass_code.install(folder)
    first = make()
    dataclass_code.save(folder)
    dataclass_code.uninstall()
    dataclass_code.install(folder)
    seen = compiles(monkeypatch)
    kept = make()
    assert seen == []  # every method from the kept code
    for name in ("Step", "Count"):
        assert methods(kept[name]) == methods(plain[name]) == methods(first[name])
        assert methods(kept[name])  # the comparison compared something
        init, plain_init = kept[name].__init__, plain[name].__init__
        assert init.__annotations__ == plain_init.__annotations__  # not strings: no future import
        assert init.__defaults__ == plain_init.__defaults__
    step = kept["Step"]("Warm-up")
    assert step == kept["Step"]("Warm-up", 10) and hash(step) == hash(kept["Step"]("Warm-up"))
    assert repr(step) == "Step(title='Warm-up', minutes=10, tags=(), notes=())"
    with pytest.raises(AttributeError):
        step.title = "other"  # type: ignore[misc]
    assert kept["Count"]({"yes": 2}).total == 0


def test_only_the_exact_text_by_the_same_python_is_taken(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataclass_code.install(folder)
    make()
    dataclass_code.save(folder)
    (kept_file,) = folder.glob("dataclass-methods.*.marshal")
    dataclass_code.uninstall()
    dataclass_code.install(folder)
    seen = compiles(monkeypatch)
    changed = make(SOURCE.replace("minutes: int = 10", "length: int = 10"))
    assert any("length" in text for text in seen)  # another field: its methods compiled anew
    assert changed["Step"]("x").length == 10
    format_, version, table = marshal.loads(kept_file.read_bytes())
    kept_file.write_bytes(marshal.dumps((format_, version + " another build", table)))
    dataclass_code.uninstall()
    dataclass_code.install(folder)
    seen = compiles(monkeypatch)
    make()
    assert len(seen) >= 4  # another Python's code is never used
    kept_file.write_bytes(kept_file.read_bytes()[:100])  # cut short
    dataclass_code.uninstall()
    dataclass_code.install(folder)
    seen = compiles(monkeypatch)
    assert make()["Step"]("x").minutes == 10
    assert len(seen) >= 4


def test_nothing_is_written_when_nothing_was_compiled(folder: Path) -> None:
    dataclass_code.install(folder)
    make()
    dataclass_code.save(folder)
    (kept_file,) = folder.glob("dataclass-methods.*.marshal")
    kept_file.write_bytes(kept_file.read_bytes())
    before = kept_file.stat().st_mtime_ns
    dataclass_code.uninstall()
    dataclass_code.install(folder)
    make()
    dataclass_code.save(folder)
    assert kept_file.stat().st_mtime_ns == before
    assert [path.name for path in folder.iterdir()] == [kept_file.name]  # no temporary left
