"""YAML reads an unquoted "on", "no", "yes" as a boolean: a word list holding one has lost that word
("born on …", a speaker's "yes: …", Russian "on" typed in Latin letters). Every list of the
anonymizer's data holds words, never a boolean."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "facilitator" / "anonymizer" / "data"


def _booleans(value: object, where: str) -> list[str]:
    if isinstance(value, dict):
        return [b for key, inner in value.items() for b in _booleans(inner, f"{where}.{key}")]
    if isinstance(value, list):
        found = []
        for item in value:
            found += [where] if isinstance(item, bool) else _booleans(item, where)
        return found
    return []


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_no_word_list_holds_a_boolean(path: Path) -> None:
    assert not _booleans(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
