"""Load a programme (series) file and every plan it names, reporting all problems at once.

A problem in the series file names the series file's line; a plan that is missing names the series
line that refers to it; a plan that fails validation is reported with its own file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path as FsPath

from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.plan_loader import LoadedPlan, load_plan
from facilitator.sessions.series import SERIES_FORMAT, Series
from facilitator.sessions.series_index import SeriesPosition as SeriesPosition  # where it was first
from facilitator.sessions.series_index import series_position as series_position
from facilitator.sessions.structured import Document, read_document, read_file
from facilitator.sessions.validation import parse_checked


@dataclass(frozen=True)
class SeriesPlan:
    """One session of a loaded series: its number (None for the follow-up) and its plan."""

    number: int | None
    path: FsPath
    loaded: LoadedPlan


@dataclass(frozen=True)
class LoadedSeries:
    series: Series
    path: FsPath
    sessions: tuple[SeriesPlan, ...]
    follow_up: SeriesPlan | None

    @property
    def total(self) -> int:
        return len(self.sessions)

    def position(self, plan_id: str) -> SeriesPlan | None:
        """The session (or follow-up) whose plan has ``plan_id``."""
        for entry in (*self.sessions, *([self.follow_up] if self.follow_up else [])):
            if entry.loaded.plan.id == plan_id:
                return entry
        return None


def is_series_file(path: FsPath) -> bool:
    """Whether the file at ``path`` says ``type: series`` (an unreadable file is not)."""
    try:
        data = read_document(read_file(path), str(path)).data
    except InvalidFile:
        return False
    return isinstance(data, dict) and data.get("type") == "series"


def load_series(path: FsPath) -> LoadedSeries:
    """Read the series at ``path`` and load each plan; raise ``InvalidFile`` with every error."""
    raw = read_file(path)
    series, document = parse_checked(raw, str(path), Series, SERIES_FORMAT)
    errors: list[FileError] = []
    _check_numbers(series, document, errors)
    entries: list[SeriesPlan] = []
    seen: dict[FsPath, str] = {}
    wanted: list[tuple[tuple[str | int, ...], int | None, str]] = [
        (("sessions", i), s.number, s.plan) for i, s in enumerate(series.sessions)
    ]
    if series.follow_up is not None:
        wanted.append((("follow_up",), None, series.follow_up.plan))
    for where, number, name in wanted:
        entry = _load_entry(path, document, series, where, number, name, seen, errors)
        if entry is not None:
            entries.append(entry)
    if errors:
        raise InvalidFile(errors)
    sessions = tuple(e for e in entries if e.number is not None)
    follow_up = next((e for e in entries if e.number is None), None)
    return LoadedSeries(series, path, sessions, follow_up)


def _check_numbers(series: Series, document: Document, errors: list[FileError]) -> None:
    for index, session in enumerate(series.sessions):
        if session.number != index + 1:
            errors.append(
                document.error(
                    ("sessions", index, "number"),
                    f"expected {index + 1} (sessions are numbered 1, 2, 3 ... in order), "
                    f"got {session.number}",
                )
            )


def _load_entry(
    path: FsPath,
    document: Document,
    series: Series,
    where: tuple[str | int, ...],
    number: int | None,
    name: str,
    seen: dict[FsPath, str],
    errors: list[FileError],
) -> SeriesPlan | None:
    field = (*where, "plan")
    target = (path.parent / name).resolve()
    label = "follow_up" if number is None else f"sessions[{where[1]}]"
    if target in seen:
        errors.append(
            document.error(field, f'plan "{name}" is already {seen[target]}; expected each plan once')
        )
        return None
    seen[target] = label
    if not target.is_file():
        errors.append(document.error(field, f'plan file "{name}" not found (looked for {target})'))
        return None
    try:
        loaded = load_plan(target)
    except InvalidFile as exc:
        errors.append(document.error(field, f'plan "{name}" is not valid ({len(exc.errors)} errors below)'))
        errors.extend(exc.errors)
        return None
    plan = loaded.plan
    if plan.type != "workshop":
        errors.append(document.error(field, f'plan "{name}" is a {plan.type}; expected a workshop plan'))
    elif plan.language != series.language:
        errors.append(
            document.error(
                field,
                f'plan "{name}" is in language "{plan.language}"; '
                f'expected "{series.language}" like the series',
            )
        )
    return SeriesPlan(number, target, loaded)


def series_files_in(folder: FsPath) -> list[FsPath]:
    """The series files among the YAML files of ``folder`` (none if it does not exist; the folder
    is only read, never created)."""
    return [path for path in sorted(folder.glob("*.yaml")) if is_series_file(path)]


_CACHE: dict[tuple[FsPath, int], LoadedSeries | None] = {}


def cached_series(path: FsPath) -> LoadedSeries | None:
    """The series at ``path`` loaded (once per modification time in this process); None when it
    cannot be read or does not load (a broken series places nothing; `plans list` reports it)."""
    try:
        key = (path, path.stat().st_mtime_ns)
    except OSError:
        return None
    if key not in _CACHE:
        try:
            _CACHE[key] = load_series(path)
        except InvalidFile:
            _CACHE[key] = None
    return _CACHE[key]
