"""A summary as a file: canonical JSON with its schema, version and a checksum; read back strictly.

Reading names the file and the field of every problem (another schema version, a count that is
negative or not a whole number, a region not in the list, a changed file whose checksum no longer
matches, a field the schema does not have): never a traceback, and nothing half-read.

The checksum (SHA-256 of the canonical content) catches a file edited by hand or damaged on the
way; it is not a signature: whoever recomputes it can change the file (see docs/programme-data.md).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.programme.codes import CodeError, checked_code
from facilitator.programme.regions import is_region
from facilitator.programme.summary import READABLE_VERSIONS, SCHEMA, SCHEMA_VERSION, Summary, TallyRound
from facilitator.programme.vocabulary import (
    DRIVERS,
    FORMS,
    OUTCOMES,
    REFERRAL_KINDS,
    SUMMARY_AGE_BANDS,
    SUMMARY_LANGUAGES,
)
from facilitator.programme.weeks import week_thursday
from facilitator.sessions.atomic import write_atomic
from facilitator.sessions.errors import read_at_most
from facilitator.sessions.hidden_characters import escaped

MAX_COUNT = 10_000
MAX_MINUTES = 24 * 60
MAX_BYTES = 256 * 1024
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_UUID = re.compile(r"^uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_VERSION = re.compile(r"^[0-9a-f]{12}$")


@dataclass(frozen=True)
class SummaryError(Exception):
    """What is wrong with a summary file: the file, the field and what was expected."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:  # what it quotes of the file shows hidden characters by their codes
        said = f"{self.file}: {self.field}: {self.message}" if self.field else f"{self.file}: {self.message}"
        return escaped(said)


def summary_dict(summary: Summary) -> dict[str, Any]:
    """The summary's content in the documented order, with the checksum last."""
    body: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "instance_id": summary.instance_id,
        "programme": summary.programme,
        "facilitator": summary.facilitator,
        "region": summary.region,
        "week": summary.week,
        "plan_id": summary.plan_id,
        "plan_version": summary.plan_version,
        "session_number": summary.session_number,
        "series_length": summary.series_length,
        "language": summary.language,
        "participants": summary.participants,
        "age_band": summary.age_band,
        "minutes_planned": summary.minutes_planned,
        "minutes_actual": summary.minutes_actual,
        "steps_planned": summary.steps_planned,
        "steps_delivered": summary.steps_delivered,
        "steps_skipped": summary.steps_skipped,
        "follow_ups": summary.follow_ups,
        "resistance_by_driver": dict(summary.resistance_by_driver),
        "resistance_by_form": dict(summary.resistance_by_form),
        "resistance_by_outcome": dict(summary.resistance_by_outcome),
        "referrals_by_kind": dict(summary.referrals_by_kind),
        "tallies": [
            {"question": t.question, "round": t.round, "counts": dict(t.counts)} for t in summary.tallies
        ],
        "missing": list(summary.missing),
    }
    body["checksum"] = checksum(body)
    return body


def checksum(body: dict[str, Any]) -> str:
    """``sha256:`` and the hex digest of the canonical JSON of everything but the checksum."""
    content = {key: value for key, value in body.items() if key != "checksum"}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def summary_json(summary: Summary) -> str:
    return json.dumps(summary_dict(summary), ensure_ascii=False, indent=2) + "\n"


def write_summary(summary: Summary, path: Path) -> None:
    write_atomic(path, summary_json(summary).encode("utf-8"))


def read_summary(path: Path) -> Summary:
    """The summary in ``path``, or ``SummaryError`` naming the file and the field."""
    name = str(path)
    try:
        raw = read_at_most(path, MAX_BYTES)  # never a huge (or endless) file read whole
    except OSError as exc:
        raise SummaryError(name, "", f"cannot read: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise SummaryError(name, "", f"expected a summary of at most {MAX_BYTES // 1024} KiB")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SummaryError(name, "", "expected UTF-8 JSON text") from None
    except ValueError as exc:
        raise SummaryError(name, "", f"not valid JSON ({exc})") from None
    except RecursionError:
        raise SummaryError(name, "", "not a programme summary (nested too deeply)") from None
    return parse_summary(data, name)


def parse_summary(data: object, name: str) -> Summary:
    if not isinstance(data, dict):
        raise SummaryError(name, "", "expected a JSON object (a programme summary)")
    if data.get("schema") != SCHEMA:
        raise SummaryError(name, "schema", f'expected "{SCHEMA}", got {data.get("schema")!r}')
    version = data.get("schema_version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        readable = " and ".join(str(v) for v in READABLE_VERSIONS)
        raise SummaryError(
            name,
            "schema_version",
            f"this file has schema version {version!r}; this version of Facilitator reads versions "
            f"{readable} (export the session again with the same version as the others)",
        )
    fields = {**_FIELDS, "missing": _missing} if version >= 2 else _FIELDS
    unknown = sorted(set(data) - set(fields) - {"schema", "schema_version", "checksum"})
    if unknown:
        raise SummaryError(name, unknown[0], "not a field of a programme summary (nothing else may leave)")
    values = {}
    for key, check in fields.items():
        if key not in data:
            raise SummaryError(name, key, "missing")
        try:
            values[key] = check(data[key])
        except (ValueError, TypeError) as exc:
            raise SummaryError(name, key, str(exc)) from None
    if data.get("checksum") != checksum(data):
        raise SummaryError(
            name, "checksum", "does not match the content: the file was changed after it was saved"
        )
    tallies = tuple(TallyRound(**t) for t in values.pop("tallies"))
    missing = tuple(values.pop("missing", ()))  # a version 1 file names nothing missing
    return Summary(**values, tallies=tallies, missing=missing)


def _count(value: object, high: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a whole number, got {value!r}")
    if not 0 <= value <= high:
        raise ValueError(f"expected 0 to {high}, got {value}")
    return value


def _positive(value: object) -> int:
    count = _count(value, 100)
    if count < 1:
        raise ValueError(f"expected 1 to 100, got {count}")
    return count


def _optional(check: Callable[[object], Any]) -> Callable[[object], Any]:
    return lambda value: None if value is None else check(value)


def _one_of(options: tuple[str, ...]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if value not in options:
            raise ValueError(f"expected one of {', '.join(options)}, got {value!r}")
        return str(value)

    return check


def _pattern(pattern: re.Pattern[str], what: str) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise ValueError(f"expected {what}, got {value!r}")
        return value

    return check


def _code(value: object) -> str:
    try:
        code = checked_code(value, "code")
    except CodeError as exc:
        raise ValueError(str(exc).removeprefix("code: ")) from None
    if code != value:
        raise ValueError(f"expected an upper-case code, got {value!r}")
    return code


def _region(value: object) -> str:
    if not isinstance(value, str) or not is_region(value):
        raise ValueError(f"unknown region code {value!r}; expected one of the list (e.g. KZ-15)")
    return value


def _week(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO week such as 2026W48, got {value!r}")
    week_thursday(value)
    return value


def _participants(value: object) -> int:
    count = _count(value, 200)
    if count < 1:
        raise ValueError(f"expected 1 to 200, got {count}")
    return count


def _counts(options: tuple[str, ...] | None) -> Callable[[object], dict[str, int]]:
    def check(value: object) -> dict[str, int]:
        if not isinstance(value, dict):
            raise ValueError(f"expected an object of counts, got {value!r}")
        counts = {}
        for key, count in value.items():
            if options is not None and key not in options:
                raise ValueError(f"unknown key {key!r}; expected one of {', '.join(options)}")
            if options is None and not _SLUG.fullmatch(str(key)):
                raise ValueError(f"expected answer ids (lower-case letters, digits, hyphens), got {key!r}")
            try:
                counts[str(key)] = _count(count)
            except ValueError as exc:
                raise ValueError(f"{key}: {exc}") from None
        return counts

    return check


def _tallies(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list, got {value!r}")
    rounds = []
    for index, item in enumerate(value):
        if not isinstance(item, dict) or set(item) != {"question", "round", "counts"}:
            raise ValueError(f"[{index}]: expected question, round and counts")
        try:
            rounds.append(
                {
                    "question": _pattern(_SLUG, "a question id")(item["question"]),
                    "round": _positive(item["round"]),
                    "counts": _counts(None)(item["counts"]),
                }
            )
        except ValueError as exc:
            raise ValueError(f"[{index}]: {exc}") from None
    return rounds


_MISSING = re.compile(r"^(participants|age_band|tally:[a-z0-9][a-z0-9-]{0,62}:[1-9][0-9]?)$")


def _missing(value: object) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list, got {value!r}")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not _MISSING.fullmatch(item):
            raise ValueError(
                f'[{index}]: expected "participants", "age_band" or "tally:<question>:<round>", got {item!r}'
            )
    if len(set(value)) != len(value):
        raise ValueError("expected each name once")
    return [str(item) for item in value]


_FIELDS: dict[str, Callable[[object], Any]] = {
    "instance_id": _pattern(_UUID, 'an instance id "uuid:" and a lower-case UUID'),
    "programme": _code,
    "facilitator": _code,
    "region": _region,
    "week": _week,
    "plan_id": _pattern(_SLUG, "a plan id (lower-case letters, digits, hyphens)"),
    "plan_version": _pattern(_VERSION, "12 hex digits"),
    "session_number": _positive,
    "series_length": _positive,
    "language": _one_of(SUMMARY_LANGUAGES),
    "participants": _optional(_participants),
    "age_band": _optional(_one_of(SUMMARY_AGE_BANDS)),
    "minutes_planned": lambda v: _count(v, MAX_MINUTES),
    "minutes_actual": lambda v: _count(v, MAX_MINUTES),
    "steps_planned": _count,
    "steps_delivered": _count,
    "steps_skipped": _count,
    "follow_ups": _count,
    "resistance_by_driver": _counts(DRIVERS),
    "resistance_by_form": _counts(FORMS),
    "resistance_by_outcome": _counts(OUTCOMES),
    "referrals_by_kind": _counts(REFERRAL_KINDS),
    "tallies": _tallies,
}
