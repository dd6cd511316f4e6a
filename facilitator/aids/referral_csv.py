"""The referral directory as CSV, for spreadsheets and for sharing between facilitators.

Import is all or nothing: every bad row is reported with its line and column, and nothing is
added unless the whole file is good.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from facilitator.aids.referrals import COLUMNS, KIND_TITLES, Service, ServiceKind
from facilitator.sessions.atomic import write_atomic
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.structured import read_file

MAX_BYTES = 1024 * 1024
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
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else str(v) for v in row])
    write_atomic(path, buffer.getvalue().encode("utf-8-sig"))  # the BOM lets Excel read Cyrillic


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
    reader = csv.reader(io.StringIO(text))
    header = [cell.strip().casefold() for cell in next(reader, [])]
    errors = _check_header(header, name)
    if errors:
        raise InvalidFile(errors)
    services = []
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            errors.append(FileError(name, line, "", f"expected {len(header)} columns, got {len(cells)}"))
            continue
        service = _row(dict(zip(header, (c.strip() for c in cells), strict=True)), name, line, errors)
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
