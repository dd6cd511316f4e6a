"""The referral directory as CSV, for spreadsheets and for sharing between facilitators.

Import is all or nothing: every bad row is reported with its line and column, and nothing is
added unless the whole file is good.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from facilitator.aids.referrals import COLUMNS, KIND_TITLES, Service, ServiceKind
from facilitator.sessions.atomic import write_atomic
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.structured import read_file

MAX_BYTES = 1024 * 1024
MAX_CELL = 4000  # characters; a longer cell is a mistake (a whole document pasted in)
# OWASP CSV injection: a cell starting with these is a formula to Excel; it is written with a
# leading single quote, which import removes again (a round trip is lossless).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REQUIRED = ("name", "kind")
_KINDS = {kind.value: kind for kind in ServiceKind} | {
    title.casefold(): kind for kind, title in KIND_TITLES.items()
}


def export_csv(services: Iterable[Service], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for service in services:
        row = [getattr(service, name) for name in COLUMNS]
        cells = ["" if v is None else v.isoformat() if isinstance(v, date) else str(v) for v in row]
        writer.writerow([neutralise(cell) for cell in cells])
    write_atomic(path, buffer.getvalue().encode("utf-8-sig"))  # the BOM lets Excel read Cyrillic


def _is_formula(cell: str) -> bool:
    return cell.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(cell: str) -> str:
    """The cell as Excel must see it: a formula-like start gets a leading single quote."""
    return "'" + cell if _is_formula(cell) else cell


def restore(cell: str) -> str:
    """The inverse of ``neutralise``: the quote it added is removed, any other is kept."""
    return cell[1:] if cell.startswith("'") and _is_formula(cell[1:]) else cell


def read_csv(path: Path) -> list[Service]:
    """Every service in the file, or ``InvalidFile`` with every bad row (file:line: column: ...)."""
    name = str(path)
    raw = read_file(path)
    if len(raw) > MAX_BYTES:
        raise InvalidFile([FileError(name, 0, "", "file is larger than 1 MiB")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidFile(
            [FileError(name, line, "", "expected UTF-8 text (save the sheet as CSV UTF-8)")]
        ) from None
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))  # the file's own size bounds a cell
    reader = csv.reader(io.StringIO(text))
    try:
        return _read_rows(reader, name)
    except csv.Error as exc:
        raise InvalidFile([FileError(name, reader.line_num, "", f"not readable as CSV ({exc})")]) from None


def _read_rows(reader: Iterator[list[str]], name: str) -> list[Service]:
    header = [cell.strip().casefold() for cell in next(reader, [])]
    errors = _check_header(header, name)
    if errors:
        raise InvalidFile(errors)
    services = []
    for cells in reader:
        line = reader.line_num  # type: ignore[attr-defined]
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            errors.append(FileError(name, line, "", f"expected {len(header)} columns, got {len(cells)}"))
            continue
        values = dict(zip(header, (restore(c.strip()) for c in cells), strict=True))
        errors += [
            FileError(
                name, line, column, f"text too long: {len(value)} characters; expected at most {MAX_CELL}"
            )
            for column, value in values.items()
            if len(value) > MAX_CELL
        ]
        service = _row(values, name, line, errors)
        if service is not None:
            services.append(service)
    if errors:
        raise InvalidFile(errors)
    return services


def _check_header(header: list[str], name: str) -> list[FileError]:
    if not header:
        return [FileError(name, 1, "", f"empty file; expected a header row: {','.join(COLUMNS)}")]
    errors = [FileError(name, 1, column, "unknown column") for column in header if column not in COLUMNS]
    errors += [
        FileError(name, 1, column, "required column is missing")
        for column in REQUIRED
        if column not in header
    ]
    return errors


def _row(values: dict[str, str], name: str, line: int, errors: list[FileError]) -> Service | None:
    problems = []
    if not values.get("name"):
        problems.append(FileError(name, line, "name", "required, empty"))
    kind = _KINDS.get(values.get("kind", "").casefold())
    if kind is None:
        expected = ", ".join(k.value for k in ServiceKind)
        problems.append(
            FileError(name, line, "kind", f'expected one of {expected}, got "{values.get("kind", "")}"')
        )
    verified = None
    if values.get("last_verified"):
        try:
            verified = date.fromisoformat(values["last_verified"])
        except ValueError:
            got = values["last_verified"]
            problems.append(
                FileError(name, line, "last_verified", f'expected a date like 2026-11-23, got "{got}"')
            )
    errors.extend(problems)
    if problems or kind is None:
        return None
    return Service(
        name=values["name"],
        kind=kind,
        phone=values.get("phone", ""),
        hours=values.get("hours", ""),
        languages=values.get("languages", ""),
        cost=values.get("cost", ""),
        region=values.get("region", ""),
        notes=values.get("notes", ""),
        last_verified=verified,
    )
