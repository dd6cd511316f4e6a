"""The garbage collector held while the app starts (facilitator/start_gc.py): let go as it was
before, and never held while a command runs."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator

import pytest

from facilitator import cli, commands, start_gc


@pytest.fixture(autouse=True)
def collector_as_it_was() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    start_gc.release()
    if enabled:
        gc.enable()


def test_release_puts_the_collector_back_as_hold_found_it() -> None:
    gc.enable()
    start_gc.hold()
    start_gc.hold()  # a second hold (the entry point, then main) changes nothing
    assert not gc.isenabled() and start_gc.held()
    start_gc.release()
    assert gc.isenabled() and not start_gc.held()
    start_gc.release()  # nothing held: nothing done
    assert gc.isenabled()
    gc.disable()  # someone else's choice is kept
    start_gc.hold()
    start_gc.release()
    assert not gc.isenabled()


def test_a_command_runs_with_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    gc.enable()
    seen: list[bool] = []

    def plans_list(_args: argparse.Namespace) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(commands, "plans_list", plans_list)
    start_gc.hold()  # as ``python -m facilitator`` does before the command line is read
    assert cli.main(["plans", "list"]) == 0
    assert seen == [True]
