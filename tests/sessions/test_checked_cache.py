"""Results kept for the exact bytes of the files they came from: any changed byte, another label or
a damaged entry works them out again."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.sessions import checked_cache


def test_a_result_is_kept_for_exactly_its_inputs(tmp_path: Path) -> None:
    worked: list[str] = []

    def work(value: str) -> dict[str, str]:
        worked.append(value)
        return {"cue": value}

    cache = tmp_path / "cache"
    assert checked_cache.remember(cache, "label", [b"a", b"b"], lambda: work("first")) == {"cue": "first"}
    assert checked_cache.remember(cache, "label", [b"a", b"b"], lambda: work("again")) == {"cue": "first"}
    assert checked_cache.remember(cache, "label", [b"a", b"c"], lambda: work("changed")) == {"cue": "changed"}
    assert checked_cache.remember(cache, "label", [b"ab"], lambda: work("joined")) == {"cue": "joined"}
    assert checked_cache.remember(cache, "other", [b"a", b"b"], lambda: work("other")) == {"cue": "other"}
    assert checked_cache.remember(None, "label", [b"a", b"b"], lambda: work("none")) == {"cue": "none"}
    assert worked == ["first", "changed", "joined", "other", "none"]


def test_a_damaged_or_undecodable_entry_is_worked_out_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    checked_cache.remember(cache, "label", [b"a"], lambda: {"cue": "right"})
    entry = cache / f"{checked_cache.key('label', [b'a'])}.json"
    stored = json.loads(entry.read_text(encoding="utf-8"))
    stored["value"]["cue"] = "edited"
    entry.write_text(json.dumps(stored), encoding="utf-8")
    assert checked_cache.remember(cache, "label", [b"a"], lambda: {"cue": "right"}) == {"cue": "right"}

    def refuse(value: object) -> dict[str, str]:
        raise TypeError("not the shape of a result")

    assert checked_cache.remember(cache, "label", [b"a"], lambda: {"cue": "fresh"}, refuse) == {
        "cue": "fresh"
    }
