"""The built-in cues' statements (the guidance's "likely resistance") open the console from the
cache of checked files, without reading the cue library through pydantic and YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.ui import step_panel


def test_the_cue_statements_come_from_the_cache_once_checked(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    step_panel.cue_statements.cache_clear()
    checked = step_panel.cue_statements("ru")  # the first time: the cue files checked in full
    assert len(checked) > 10 and all(statement for statement in checked.values())
    step_panel.cue_statements.cache_clear()

    def full_check(language: str) -> dict[str, str]:
        raise AssertionError("the cue library was read through pydantic again")

    monkeypatch.setattr(step_panel, "_cue_statements", full_check)
    assert step_panel.cue_statements("ru") == checked
    step_panel.cue_statements.cache_clear()
    for entry in (data_dir / "cache" / "checked").glob("*.json"):
        entry.write_text("{", encoding="utf-8")  # damaged: worked out in full again
    with pytest.raises(AssertionError, match="pydantic again"):
        step_panel.cue_statements("ru")
    step_panel.cue_statements.cache_clear()
