"""The plan checker's messages as the planner shows them: in the UI's language.

The loader (facilitator/sessions/plan_loader.py) speaks English, as the command line and the
files do; the planner keeps its ``file:line: field:`` and says the message itself in the UI's
language when it knows it (an unknown one is shown as the loader wrote it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facilitator.sessions.durations import parse_duration
from facilitator.sessions.errors import FileError
from facilitator.ui import i18n
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate


def _length(text: str) -> str:
    """ "1h 19m" as the UI writes a length ("1ч 19мин")."""
    try:
        return i18n.length(parse_duration(text))
    except ValueError:
        return text


_LENGTHS = re.compile(r"^steps add up to (?P<total>[0-9hms ]+), target is (?P<target>[0-9hms ]+)$")
_PHASES = re.compile(
    r"^phases add up to (?P<total>[0-9hms ]+); expected the step's duration, (?P<target>[0-9hms ]+)$"
)
_BUFFERED = re.compile(
    r"^steps add up to (?P<total>[0-9hms ]+) and the buffer is (?P<buffer>[0-9hms ]+): "
    r"(?P<sum>[0-9hms ]+), target is (?P<target>[0-9hms ]+)$"
)
_WHOLE_BUFFER = re.compile(
    r"^a buffer of (?P<buffer>[0-9hms ]+) leaves no time for the steps; "
    r"expected less than the target length, (?P<target>[0-9hms ]+)$"
)
_TEMPLATES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_LENGTHS, QT_TRANSLATE_NOOP("PlanMessages", "steps add up to {total}, target is {target}")),
    (
        _BUFFERED,
        QT_TRANSLATE_NOOP(
            "PlanMessages", "steps add up to {total} and the buffer is {buffer}: {sum}, target is {target}"
        ),
    ),
    (
        _WHOLE_BUFFER,
        QT_TRANSLATE_NOOP(
            "PlanMessages",
            "a buffer of {buffer} leaves no time for the steps; "
            "expected less than the target length, {target}",
        ),
    ),
    (
        _PHASES,
        QT_TRANSLATE_NOOP("PlanMessages", "phases add up to {total}; expected the step's duration, {target}"),
    ),
)
_FIXED = {
    "required for a workshop, missing (e.g. target_length: 120m)": QT_TRANSLATE_NOOP(
        "PlanMessages", "required for a workshop, missing (e.g. target_length: 120m)"
    ),
    "only a workshop has a buffer; a library has no length": QT_TRANSLATE_NOOP(
        "PlanMessages", "only a workshop has a buffer; a library has no length"
    ),
    "expected at least one of text, items, questions, facts, image, tallies, film": QT_TRANSLATE_NOOP(
        "PlanMessages", "expected at least one of text, items, questions, facts, image, tallies, film"
    ),
}
_FORMATS: dict[str, Callable[[str], str]] = {name: _length for name in ("total", "target", "buffer", "sum")}


def message(text: str) -> str:
    """One loader message in the UI's language, or as it is when the planner does not know it."""
    if text in _FIXED:
        return translate("PlanMessages", _FIXED[text])
    for pattern, template in _TEMPLATES:
        found = pattern.match(text)
        if found:
            values = {key: _FORMATS.get(key, str)(value) for key, value in found.groupdict().items()}
            return translate("PlanMessages", template).format(**values)
    return text


def shown(error: FileError) -> str:
    """``file:line: field: message`` with the message in the UI's language."""
    return str(FileError(error.file, error.line, error.path, message(error.message)))
