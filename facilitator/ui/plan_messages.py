"""The plan checker's messages as the planner and the start-up dialog show them: in the UI's language.

The loader (facilitator/sessions/) speaks English, as the command line and the files do, and
stays free of Qt; the planner keeps its ``file:line: field:`` and says the message itself in the
UI's language. Each English message is written once below as a template ("duplicate step id
"{id}" (also steps[{other}])"); the template is both the pattern that recognises the loader's
message and the text translated, so the two cannot drift apart (tests/planner/test_plan_messages.py
checks that every template gives back the loader's own words). Values keep their own words (ids,
file names, the file's keys), except those the UI says itself: a length, a step's kind, "nothing",
"a list", the list of film formats, a nested problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facilitator.languages import LANGUAGE_NAMES, PAIR_SEPARATOR
from facilitator.sessions.durations import parse_duration
from facilitator.sessions.errors import FileError
from facilitator.sessions.plan import StepKind
from facilitator.sessions.plan_films import FORMAT_LIST as FILM_FORMATS
from facilitator.ui import i18n
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.kind_names import step_kind
from facilitator.ui.store_messages import os_reason

CONTEXT = "PlanMessages"

TEMPLATES: tuple[str, ...] = (
    # the plan's meaning (plan_loader)
    QT_TRANSLATE_NOOP("PlanMessages", 'duplicate step id "{id}" (also steps[{other}])'),
    QT_TRANSLATE_NOOP(
        "PlanMessages", "expected at least one of text, items, questions, facts, image, tallies, film"
    ),
    QT_TRANSLATE_NOOP("PlanMessages", 'duplicate tally id "{id}" in this step (also tallies[{other}])'),
    QT_TRANSLATE_NOOP("PlanMessages", 'only a film step plays a film (this step is "{kind}")'),
    QT_TRANSLATE_NOOP("PlanMessages", "phases add up to {total}; expected the step's duration, {target}"),
    QT_TRANSLATE_NOOP("PlanMessages", "required for a workshop, missing (e.g. target_length: 120m)"),
    # the buffer's message before the plain one, which would also match it
    QT_TRANSLATE_NOOP(
        "PlanMessages", "steps add up to {total} and the buffer is {buffer}: {sum}, target is {target}"
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "steps add up to {total}, target is {target}"),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "a buffer of {buffer} leaves no time for the steps; expected less than the target length, {target}",
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "only a workshop has a buffer; a library has no length"),
    # film names (plan_films)
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "film {name} is a web address; the venue may have no internet: download the film and write its "
        "file name instead, in the plan's folder or the media folder (e.g. {example})",
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "film {name} is an absolute path; put the film in the plan's folder or the media folder and "
        "write its name relative to it (e.g. {example})",
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages", "film {name} is outside the plan's folder (it has ..); copy the film into the folder"
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "film {name} is not a video file; expected {formats}"),
    # images (plan_images): warnings, the step's text still shows
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "image {name} is an absolute path; put the image in the plan's folder and write its name "
        'relative to the plan (e.g. "images/map.png")',
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "image {name} is outside the plan's folder; copy it into the folder"),
    QT_TRANSLATE_NOOP(
        "PlanMessages", "image {name} links outside the plan's folder; copy the image itself into it"
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "image file not found: {name}"),
    QT_TRANSLATE_NOOP("PlanMessages", "cannot read image {name}: a symlink loop or an unusable name"),
    QT_TRANSLATE_NOOP("PlanMessages", "cannot read image {name}: {reason}"),
    QT_TRANSLATE_NOOP("PlanMessages", "image {name} is not a regular file"),
    QT_TRANSLATE_NOOP("PlanMessages", "image {name} is empty"),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "image {name} is {size} MB on disk; expected at most {limit} MB (a projector needs no more "
        "than 1920×1080 pixels)",
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "image {name} is {width}×{height} pixels; expected at most {side} a side and {megapixels} "
        "megapixels (scale it down: 1920×1080 fills a projector)",
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "image {name} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("PlanMessages", "image {name} changed while it was read"),
    QT_TRANSLATE_NOOP("PlanMessages", "image {name} is not a PNG, JPEG, GIF or WebP image"),
    QT_TRANSLATE_NOOP("PlanMessages", "image {name} is cut short or damaged (not a complete {format} file)"),
    # fields (validation, durations, tallies, plan_schema)
    QT_TRANSLATE_NOOP("PlanMessages", "required, missing (use: format: {version})"),
    QT_TRANSLATE_NOOP("PlanMessages", "required, missing"),
    QT_TRANSLATE_NOOP("PlanMessages", 'unknown key; did you mean "{key}"?'),
    QT_TRANSLATE_NOOP("PlanMessages", "unknown key; expected one of {keys}"),
    QT_TRANSLATE_NOOP("PlanMessages", "unknown key"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected text, got an empty value"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected text, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected true or false, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected a whole number, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected a number, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "not a valid value here, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected an id of lower-case letters, digits and '-', got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "text too long; expected at most {limit} characters"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected a list, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected a mapping of keys, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected at least one item"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected at least {count} items"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected at most {count} items"),
    QT_TRANSLATE_NOOP("PlanMessages", 'expected minutes like 10 or "10m", got {got}'),
    QT_TRANSLATE_NOOP("PlanMessages", "expected a positive duration, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected at most 12 hours, got {got}"),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "expected at least {limit} (the room's answers are shown only from {shown}; a plan may raise "
        "this, never lower it), got {got}",
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "give shares (one per answer) or share (one figure), not both"),
    QT_TRANSLATE_NOOP("PlanMessages", 'duplicate answer id "{id}"; expected each answer once'),
    QT_TRANSLATE_NOOP(
        "PlanMessages", 'national shares name "{id}", which is not an answer; expected one of {ids}'
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "expected one of {values}, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected at least {limit}, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected at most {limit}, got {got}"),
    # the file as a whole (structured, validation, errors, atomic)
    QT_TRANSLATE_NOOP("PlanMessages", "{problem}; remove it"),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "a hidden direction control ({code}), which can make the text show something else",
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages", "a NUL character ({code}), which text does not contain (is the file damaged?)"
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages", "a control character ({code}), which text does not contain (is the file damaged?)"
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "duplicate key"),
    QT_TRANSLATE_NOOP("PlanMessages", "file is {size}; expected at most 1 MiB"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected UTF-8 text; the file has another encoding"),
    QT_TRANSLATE_NOOP("PlanMessages", "file is empty; expected a mapping of keys"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected a mapping of keys at the top"),
    QT_TRANSLATE_NOOP("PlanMessages", "syntax error: {reason}"),
    QT_TRANSLATE_NOOP(
        "PlanMessages", "a control character ({code}) that text files do not contain: is it damaged?"
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "nesting too deep"),
    QT_TRANSLATE_NOOP("PlanMessages", "nesting deeper than {limit} levels"),
    QT_TRANSLATE_NOOP("PlanMessages", "anchors and aliases (& and *) are not allowed"),
    QT_TRANSLATE_NOOP("PlanMessages", "expected one document; found a second '---'"),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "this file uses format {found}, written by a newer version of Facilitator; this version reads "
        "format {version}. Update the app to open it.",
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "expected {version}, got {got}"),
    QT_TRANSLATE_NOOP("PlanMessages", "cannot read: {reason}"),
    QT_TRANSLATE_NOOP("PlanMessages", "cannot write {name}: {reason}"),
    # two plans projected side by side (plan_pair)
    QT_TRANSLATE_NOOP(
        "PlanMessages", "cannot project with {file} ({plan_language}): step {number}, {id}, is missing"
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "cannot project with {file} ({plan_language}): step {number} is {id}; the other plan ends before it",
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "cannot project with {file} ({plan_language}): step {number} is {id}; expected {expected}, "
        "the same step ids",
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "cannot project with {file} ({plan_language}): hidden answers in step {id}: {hidden}; "
        "expected {expected}",
    ),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "cannot find the {plan_language} version of this plan: name the files NAME.LANGUAGE{suffix} in "
        "one folder (e.g. {example} and {other_example})",
    ),
    QT_TRANSLATE_NOOP("PlanMessages", "no such plan file (the workshop is needed in both languages)"),
    QT_TRANSLATE_NOOP(
        "PlanMessages",
        "expected a plan in {plan_language} for the languages {languages}, found {found_language}",
    ),
)

_WORDS = {
    "nothing": QT_TRANSLATE_NOOP("PlanMessages", "nothing"),
    "a mapping": QT_TRANSLATE_NOOP("PlanMessages", "a mapping"),
    "a list": QT_TRANSLATE_NOOP("PlanMessages", "a list"),
    "binary data": QT_TRANSLATE_NOOP("PlanMessages", "binary data"),
    "a value of another kind": QT_TRANSLATE_NOOP("PlanMessages", "a value of another kind"),
    FILM_FORMATS: QT_TRANSLATE_NOOP(
        "PlanMessages", "MP4 (H.264 video, AAC sound), WebM, MKV, MOV, AVI, OGV, MPEG or WMV"
    ),
}
_REASONS = frozenset(  # the YAML reader's words after "syntax error:" that a hand-edited plan meets
    (
        QT_TRANSLATE_NOOP("PlanMessages", "found unexpected end of stream"),
        QT_TRANSLATE_NOOP("PlanMessages", "mapping values are not allowed in this context"),
        QT_TRANSLATE_NOOP("PlanMessages", "did not find expected key"),
        QT_TRANSLATE_NOOP("PlanMessages", "did not find expected '-' indicator"),
        QT_TRANSLATE_NOOP("PlanMessages", "did not find expected ',' or ']'"),
        QT_TRANSLATE_NOOP("PlanMessages", "did not find expected ',' or '}'"),
        QT_TRANSLATE_NOOP("PlanMessages", "could not find expected ':'"),
        QT_TRANSLATE_NOOP("PlanMessages", "found a tab character that violates indentation"),
        QT_TRANSLATE_NOOP("PlanMessages", "found character that cannot start any token"),
        QT_TRANSLATE_NOOP("PlanMessages", "found unknown escape character"),
        QT_TRANSLATE_NOOP("PlanMessages", "found undefined tag handle"),
        QT_TRANSLATE_NOOP("PlanMessages", "did not find expected <document start>"),
        QT_TRANSLATE_NOOP("PlanMessages", "did not find expected node content"),
        QT_TRANSLATE_NOOP("PlanMessages", "not valid YAML"),
    )
)
_NO_STEPS = QT_TRANSLATE_NOOP("PlanMessages", "no steps yet: add one from the library on the left (Enter)")


def _pattern(template: str) -> re.Pattern[str]:
    """The template as a pattern: its words literally, each ``{value}`` any text."""
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)" for index, part in enumerate(parts)
    )
    return re.compile(f"^{pattern}$", re.DOTALL)


_PATTERNS = tuple((_pattern(template), template) for template in TEMPLATES)


def _length(text: str) -> str:
    """ "1h 19m" as the UI writes a length ("1ч 19мин")."""
    try:
        return i18n.length(parse_duration(text))
    except ValueError:
        return text


def _kind(text: str) -> str:
    try:
        return step_kind(StepKind(text))
    except ValueError:
        return text


def _codes(text: str) -> str:
    """A list of the file's own names ("agree, disagree") quoted, so it reads apart from the words."""
    return ", ".join(f"«{code}»" for code in text.split(", "))


def _word(text: str) -> str:
    return translate(CONTEXT, _WORDS[text]) if text in _WORDS else text


def _reason(text: str) -> str:
    """The YAML reader's reason in the UI's language when it is one of the usual ones; a reason
    from the system ("Permission denied", "No space left on device") as ``os_reason`` says it."""
    return translate(CONTEXT, text) if text in _REASONS else os_reason(text)


def _language(text: str) -> str:
    """A language's code as the language's own name; a pair's codes as both names."""
    codes = text.strip("'").split(PAIR_SEPARATOR)
    if all(code in LANGUAGE_NAMES for code in codes):
        return " + ".join(LANGUAGE_NAMES[code] for code in codes)
    return text


_FORMATS: dict[str, Callable[[str], str]] = {
    "plan_language": _language,
    "found_language": _language,
    "languages": _language,
    "total": _length,
    "target": _length,
    "buffer": _length,
    "sum": _length,
    "kind": _kind,
    "got": _word,
    "formats": _word,
    "values": lambda text: text.replace("' or '", "', '"),  # pydantic's list of kinds
    "problem": lambda text: message(text),
    "ids": _codes,
    "reason": _reason,  # the YAML reader's or the OS's words, the common ones in the UI's language
    "keys": _codes,
}


def known(text: str) -> str | None:
    """The template that ``text`` is an instance of, or None."""
    for pattern, template in _PATTERNS:
        if pattern.match(text):
            return template
    return None


def message(text: str) -> str:
    """One loader message in the UI's language, or as it is when the planner does not know it."""
    for pattern, template in _PATTERNS:
        found = pattern.match(text)
        if found:
            values = {key: _FORMATS.get(key, str)(value) for key, value in found.groupdict().items()}
            return translate(CONTEXT, template).format(**values)
    return text


def shown(error: FileError, named: bool = False) -> str:
    """``file:line: field: message`` with the message in the UI's language. ``named``: the field
    too, as the planner's own fields are called ("new-plan.yaml:7: шаги: …", "plan.yaml:14: шаг 4 ›
    длительность: …"), for a plan edited in the planner; a file to be corrected in a text editor
    keeps the key it has ("steps[3].duration")."""
    said = message(error.message)
    if error.path == "steps" and error.message == "expected at least one item":
        said = translate(CONTEXT, _NO_STEPS)
    return str(FileError(error.file, error.line, field_name(error.path) if named else error.path, said))


_FIELDS: dict[str, str] = {
    "format": QT_TRANSLATE_NOOP("PlanFields", "format"),
    "type": QT_TRANSLATE_NOOP("PlanFields", "type"),
    "id": QT_TRANSLATE_NOOP("PlanFields", "id"),
    "title": QT_TRANSLATE_NOOP("PlanFields", "title"),
    "language": QT_TRANSLATE_NOOP("PlanFields", "language"),
    "facilitator_language": QT_TRANSLATE_NOOP("PlanFields", "facilitator's language"),
    "audience": QT_TRANSLATE_NOOP("PlanFields", "who it is for"),
    "target_length": QT_TRANSLATE_NOOP("PlanFields", "target length"),
    "buffer_minutes": QT_TRANSLATE_NOOP("PlanFields", "buffer"),
    "description": QT_TRANSLATE_NOOP("PlanFields", "description"),
    "steps": QT_TRANSLATE_NOOP("PlanFields", "steps"),
    "kind": QT_TRANSLATE_NOOP("PlanFields", "kind"),
    "duration": QT_TRANSLATE_NOOP("PlanFields", "length"),
    "phases": QT_TRANSLATE_NOOP("PlanFields", "phases"),
    "fixed": QT_TRANSLATE_NOOP("PlanFields", "fixed"),
    "sensitive": QT_TRANSLATE_NOOP("PlanFields", "sensitive"),
    "themes": QT_TRANSLATE_NOOP("PlanFields", "themes"),
    "purpose": QT_TRANSLATE_NOOP("PlanFields", "purpose"),
    "how_to_run": QT_TRANSLATE_NOOP("PlanFields", "how to run it"),
    "resistance": QT_TRANSLATE_NOOP("PlanFields", "resistance"),
    "safety": QT_TRANSLATE_NOOP("PlanFields", "safety note"),
    "shorten": QT_TRANSLATE_NOOP("PlanFields", "if running late"),
    "materials": QT_TRANSLATE_NOOP("PlanFields", "materials"),
    "text": QT_TRANSLATE_NOOP("PlanFields", "text"),
    "items": QT_TRANSLATE_NOOP("PlanFields", "points"),
    "questions": QT_TRANSLATE_NOOP("PlanFields", "questions"),
    "facts": QT_TRANSLATE_NOOP("PlanFields", "facts"),
    "source": QT_TRANSLATE_NOOP("PlanFields", "source"),
    "reveal": QT_TRANSLATE_NOOP("PlanFields", "reveal"),
    "image": QT_TRANSLATE_NOOP("PlanFields", "image"),
    "tallies": QT_TRANSLATE_NOOP("PlanFields", "show of hands"),
    "film": QT_TRANSLATE_NOOP("PlanFields", "film"),
    "label": QT_TRANSLATE_NOOP("PlanFields", "label"),
    "statement": QT_TRANSLATE_NOOP("PlanFields", "statement"),
    "answers": QT_TRANSLATE_NOOP("PlanFields", "answers"),
    "threshold": QT_TRANSLATE_NOOP("PlanFields", "threshold"),
    "national": QT_TRANSLATE_NOOP("PlanFields", "national figure"),
    "shares": QT_TRANSLATE_NOOP("PlanFields", "shares"),
    "share": QT_TRANSLATE_NOOP("PlanFields", "share"),
    "cue": QT_TRANSLATE_NOOP("PlanFields", "cue"),
    "note": QT_TRANSLATE_NOOP("PlanFields", "note"),
}
_STEP_FIELDS: dict[str, str] = {  # the same keys in a step: what the planner calls them there
    "audience": QT_TRANSLATE_NOOP("PlanFields", "projector"),
    "facilitator": QT_TRANSLATE_NOOP("PlanFields", "private (facilitator)"),
}


FIELD_KEYS = frozenset(_FIELDS) | frozenset(_STEP_FIELDS)
"""The plan's keys the planner names in the UI's language (any other is a typo, shown as written)."""

_PART = re.compile(r"^(?P<key>[^\[\]]+)(?P<indexes>(?:\[\d+\])*)$")


def field_name(path: str) -> str:
    """A plan's field as the planner names it in the UI's language: ``steps[3].duration`` is
    "step 4 › length"; a key the plan does not have (a typo the message is about) stays as written."""
    if not path:
        return path
    shown: list[str] = []
    in_step = False
    for part in path.split("."):
        found = _PART.match(part)
        if found is None:
            shown.append(part)
            continue
        key, indexes = found["key"], [int(i) for i in re.findall(r"\d+", found["indexes"])]
        if key == "steps" and indexes and not in_step:
            shown.append(translate("PlanFields", "step {number}").format(number=indexes[0] + 1))
            in_step = True
            continue
        names = _STEP_FIELDS if in_step and key in _STEP_FIELDS else _FIELDS
        if key not in names:  # not the plan's (a typo, another file's key): as written
            shown.append(part)
            continue
        shown.append(" ".join([translate("PlanFields", names[key]), *(str(i + 1) for i in indexes)]))
    return " › ".join(shown)


def listed(errors: tuple[FileError, ...] | list[FileError], most: int, named: bool = False) -> str:
    """The first ``most`` problems, one a line, for a dialog (``named``: as for ``shown``)."""
    return "\n".join(shown(error, named) for error in errors[:most])
