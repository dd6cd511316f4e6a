"""The referral directory as CSV, for spreadsheets and for sharing between facilitators.

Import reads what Excel writes: UTF-8 (with or without a BOM) or a local encoding such as cp1251
(detected with charset-normalizer), "," or ";" between cells (csv.Sniffer), dates as 2026-11-23 or
23.11.2026. It is all or nothing: every bad row is reported with its line and column, and nothing
is added unless the whole file is good.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

from facilitator.aids.places import country_code, find_town, normalise
from facilitator.aids.referrals import (
    CSV_COLUMNS,
    KIND_TITLES,
    BuiltInChanged,
    Directory,
    Merged,
    Service,
    ServiceKind,
)
from facilitator.sessions.atomic import write_atomic
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.hidden_characters import hidden_character, invisible_character, refused
from facilitator.sessions.structured import read_file

MAX_BYTES = 1024 * 1024
MAX_CELL = 4000  # characters; a longer cell is a mistake (a whole document pasted in)
# OWASP CSV injection: a cell starting with these is a formula to Excel; it is written with a
# leading single quote, which import removes again (a round trip is lossless).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REQUIRED = ("name", "kind")
LIKELY_ENCODINGS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "cp1252", "utf_16", "utf_32")
"""What a spreadsheet in Central Asia saves CSV as when not UTF-8 (a guess among these only)."""
DELIMITERS = ",;\t"
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")
_NATIONWIDE = re.compile(r"\s*[(,\-–—]?\s*(national|nationwide|по всей стране|республика)\s*\)?\s*$", re.I)
_KINDS = {kind.value: kind for kind in ServiceKind} | {
    title.casefold(): kind for kind, title in KIND_TITLES.items()
}


def export_csv(services: Iterable[Service], path: Path, replace: bool = True) -> None:
    """The sheet as CSV at ``path`` (atomically).
    ``replace``: False keeps a file made at ``path`` meanwhile (``WriteFailed``), as ``write_atomic``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for service in services:
        row = [getattr(service, name) for name in CSV_COLUMNS]
        cells = ["" if v is None else v.isoformat() if isinstance(v, date) else str(v) for v in row]
        writer.writerow([neutralise(cell) for cell in cells])
    body = buffer.getvalue().encode("utf-8-sig")  # the BOM lets Excel read Cyrillic
    write_atomic(path, body, replace=replace)


def _is_formula(cell: str) -> bool:
    return cell.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(cell: str) -> str:
    """The cell as Excel must see it: a formula-like start gets a leading single quote."""
    return "'" + cell if _is_formula(cell) else cell


def restore(cell: str) -> str:
    """The inverse of ``neutralise``: the quote it added is removed, any other is kept."""
    return cell[1:] if cell.startswith("'") and _is_formula(cell[1:]) else cell


def import_csv(path: Path, directory: Directory) -> Merged:
    """The services in the file merged into ``directory`` (all rows or none), or ``InvalidFile``
    naming every bad row, a row that would change a built-in service among them."""
    return merge_rows(str(path), read_csv_rows(path), directory)


def merge_rows(name: str, rows: list[tuple[int, Service]], directory: Directory) -> Merged:
    """The rows ``read_csv_rows`` read from the file ``name`` merged into ``directory`` (as
    ``import_csv``)."""
    try:
        return directory.merge(service for _line, service in rows)
    except BuiltInChanged as exc:
        raise InvalidFile(
            [
                FileError(
                    name,
                    rows[clash.index][0],
                    clash.field,
                    f'would change the built-in service "{clash.built_in}", which stays as shipped; '
                    "give yours another name to add it as a service of your own",
                )
                for clash in exc.clashes
            ]
        ) from None


def read_csv(path: Path) -> list[Service]:
    """Every service in the file, or ``InvalidFile`` with every bad row (file:line: column: ...)."""
    return [service for _line, service in read_csv_rows(path)]


def read_csv_rows(path: Path) -> list[tuple[int, Service]]:
    """Every service in the file with its line (as the import's messages name it), or
    ``InvalidFile`` (as ``read_csv``)."""
    name = str(path)
    raw = read_file(path, MAX_BYTES)  # a bigger file is refused without being read whole
    if len(raw) > MAX_BYTES:
        raise InvalidFile([FileError(name, 0, "", "file is larger than 1 MiB")])
    text = decode(raw, name)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))  # the file's own size bounds a cell
    if "\r" in text and "\n" not in text:  # an old Mac's line ends: a lone CR each
        text = text.replace("\r", "\n")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter(text))
    try:
        return _read_rows(reader, name)
    except csv.Error:  # the csv module's words name its own options: said in the app's
        message = "not readable as CSV: a quote or a line break is out of place (save the sheet as CSV again)"
        raise InvalidFile([FileError(name, reader.line_num, "", message)]) from None


def decode(raw: bytes, name: str) -> str:
    """The file's text: UTF-8 (a BOM is fine), else the encoding charset-normalizer finds (cp1251
    from a Russian-locale Excel), else ``InvalidFile``."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=list(LIKELY_ENCODINGS)).best()
    if best is None or best.encoding is None:
        raise InvalidFile(
            [FileError(name, line, "", "the text encoding is not recognised (save the sheet as CSV UTF-8)")]
        )
    return str(best)


def delimiter(text: str) -> str:
    """The character between cells: what csv.Sniffer finds in the first lines, unless the header
    row splits into our column names only with another one (notes full of ";" in a "," file)."""
    lines = text.splitlines()
    header = lines[0] if lines else ""
    try:
        sniffed = str(csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=DELIMITERS).delimiter)
    except csv.Error:
        sniffed = ","
    candidates: list[str] = [sniffed, *DELIMITERS]
    for mark in candidates:
        if {"name", "kind"} <= {cell.strip().strip('"').casefold() for cell in header.split(mark)}:
            return mark
    return sniffed


def parse_date(text: str) -> date | None:
    """2026-11-23, 23.11.2026 (Excel in a Russian locale) or 23/11/2026; None if none of these."""
    for shape in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), shape).date()
        except ValueError:
            continue
    return None


def _read_rows(reader: Iterator[list[str]], name: str) -> list[tuple[int, Service]]:
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
        hidden = [(column, refused(value) or _invisible(column, value)) for column, value in values.items()]
        errors += [FileError(name, line, column, problem) for column, problem in hidden if problem]
        if any(problem for _column, problem in hidden):
            continue  # refused: a handout must show what the sheet says, nothing else
        errors += [
            FileError(
                name, line, column, f"text too long: {len(value)} characters; expected at most {MAX_CELL}"
            )
            for column, value in values.items()
            if len(value) > MAX_CELL
        ]
        service = _row(values, name, line, errors)
        if service is not None:
            services.append((line, service))
    if errors:
        raise InvalidFile(errors)
    return services


def _check_header(header: list[str], name: str) -> list[FileError]:
    if not header:
        return [FileError(name, 1, "", f"empty file; expected a header row: {','.join(CSV_COLUMNS)}")]
    errors = [FileError(name, 1, column, "unknown column") for column in header if column not in CSV_COLUMNS]
    errors += [
        FileError(name, 1, column, "required column is missing")
        for column in REQUIRED
        if column not in header
    ]
    errors += [  # two columns of one name: one of them would be dropped without a word
        FileError(name, 1, column, f"column appears {header.count(column)} times; expected once")
        for column in dict.fromkeys(header)
        if column and header.count(column) > 1
    ]
    return errors


def _invisible(column: str, value: str) -> str | None:
    """A zero-width or other invisible character: refused (a service would look like another,
    a phone would not dial); in free text the joiner of an emoji ("👨\u200d👩\u200d👧") is kept."""
    problem = invisible_character(value, "" if column in ("name", "phone") else "\u200d")
    return None if problem is None else f"{problem}, which makes the text look like other text; remove it"


_SHORT_NUMBER = re.compile(r"(?<![\d+])\d{3,6}(?![\d-])")
"""A short number standing alone: 150, 102, 1414 ("102 (24/7)" holds one)."""


class PhoneProblem(Enum):
    """Why a service's phone is refused (the sheet's editor words each in the UI's language)."""

    INVISIBLE = "invisible"
    """A hidden or invisible character (a control, a direction mark, a zero-width space): the
    number would look right and not dial."""
    NOT_A_NUMBER = "not-a-number"
    """No phone number to dial in it."""


def phone_problem(phone: str, country: str) -> PhoneProblem | None:
    """The one check of a service's phone, for the CSV import and the sheet's editor alike: None
    when it is empty, or holds a number to dial (a short one like 150, or one that Google's
    phonenumbers reads as possible in ``country``). A remark beside the number ("102 (24/7)",
    "доб. 12") is the sheet's own business."""
    if not phone:
        return None
    if hidden_character(phone) is not None or invisible_character(phone) is not None:
        return PhoneProblem.INVISIBLE
    import phonenumbers

    matches = phonenumbers.PhoneNumberMatcher(phone, country or "KZ", leniency=phonenumbers.Leniency.POSSIBLE)
    if _SHORT_NUMBER.search(phone) or matches.has_next():
        return None
    return PhoneProblem.NOT_A_NUMBER


def _phone_problem(phone: str, country: str) -> str | None:
    """Why ``phone`` holds no phone number to dial, for the import's message, or None (a hidden
    character is said by the import's check of every cell, before this one)."""
    if phone_problem(phone, country) is not PhoneProblem.NOT_A_NUMBER:
        return None
    return f'expected a phone number like +7 7132 55 11 22 or a short number like 150, got "{phone}"'


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
        verified = parse_date(values["last_verified"])
        if verified is None:
            got = values["last_verified"]
            problems.append(
                FileError(
                    name,
                    line,
                    "last_verified",
                    f'expected a date like 23.11.2026 or 2026-11-23, got "{got}"',
                )
            )
        elif verified > date.today() + timedelta(days=1):  # a typo (2062 for 2026) would never age
            problems.append(
                FileError(
                    name,
                    line,
                    "last_verified",
                    f"{verified.isoformat()} is in the future; expected the day the service was last checked",
                )
            )
    region = values.get("region", "")
    country = ""
    if values.get("country"):
        country = country_code(values["country"]) or values["country"].upper()
        if not re.fullmatch(r"[A-Z]{2}", country):
            got = values["country"]
            problems.append(
                FileError(
                    name, line, "country", f'expected a two-letter code like KZ, KG, UZ or TJ, got "{got}"'
                )
            )
    town = find_town(region)
    if country and town is not None and town.country != country:
        problems.append(
            FileError(name, line, "region", f'"{region}" is a town in {town.country}, not in {country}')
        )
    if not country:
        country, region = _country_in_region(region)
    phone_problem = _phone_problem(values.get("phone", ""), country)
    if phone_problem is not None:
        problems.append(FileError(name, line, "phone", phone_problem))
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
        region=region,
        notes=values.get("notes", ""),
        last_verified=verified,
        country=country,
        description=values.get("description", ""),
    )


def _country_in_region(region: str) -> tuple[str, str]:
    """(country, region) for a region that names a whole country ("Kazakhstan (national)"):
    the country, and no region. Otherwise ("", region) as it was."""
    code = country_code(_NATIONWIDE.sub("", region)) if normalise(region) else None
    return (code, "") if code else ("", region)
