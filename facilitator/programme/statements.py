"""The built-in series' attitude statements in a language, looked up by id: a summary carries only
the statement's and the answers' ids; the merge PDF prints their words in the reader's language.

A statement from a facilitator's own plan is not in the built-in plans: it is shown by its id.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from facilitator.content import CONTENT_DIR


@dataclass(frozen=True)
class StatementWords:
    statement: str
    answers: dict[str, str]
    """answer id -> label"""


def _tallies(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "tallies" and isinstance(value, list):
                yield from (tally for tally in value if isinstance(tally, dict))
            else:
                yield from _tallies(value)
    elif isinstance(node, list):
        for item in node:
            yield from _tallies(item)


@cache
def builtin_statements(language: str) -> dict[str, StatementWords]:
    """Statement id -> its words in ``language``, from the built-in plans in that language (the
    first plan that asks a statement gives its words; the series asks the same words each time)."""
    found: dict[str, StatementWords] = {}
    for path in sorted((CONTENT_DIR / "plans").glob(f"*.{language}.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for tally in _tallies(data):
            question = str(tally.get("id", ""))
            if question and question not in found:
                answers = {
                    str(answer["id"]): str(answer["label"])
                    for answer in tally.get("answers", ())
                    if isinstance(answer, dict) and "id" in answer and "label" in answer
                }
                found[question] = StatementWords(str(tally.get("statement", question)), answers)
    return found
