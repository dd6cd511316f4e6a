"""Turn pydantic's validation errors into messages a facilitator can act on."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from facilitator.sessions.errors import FileError, InvalidFile, format_path
from facilitator.sessions.structured import MAX_BYTES, Document, Path, read_document

M = TypeVar("M", bound=BaseModel)


def check_format(document: Document, version: int) -> None:
    """A top-level mapping with ``format: version``; a newer format is refused with a clear word."""
    data = document.data
    if not isinstance(data, dict):
        raise InvalidFile([FileError(document.name, 1, "", "expected a mapping of keys at the top")])
    if "format" not in data:
        message = f"required, missing (use: format: {version})"
        raise InvalidFile([FileError(document.name, 1, "format", message)])
    found = data["format"]
    line = document.line_of(("format",))
    if isinstance(found, int) and not isinstance(found, bool) and found > version:
        message = (
            f"this file uses format {found}, written by a newer version of Facilitator; "
            f"this version reads format {version}. Update the app to open it."
        )
        raise InvalidFile([FileError(document.name, line, "format", message)])
    if found != version or isinstance(found, bool):
        raise InvalidFile([FileError(document.name, line, "format", f"expected {version}, got {found!r}")])


def parse_checked(
    raw: bytes,
    name: str,
    model: type[M],
    version: int,
    max_bytes: int = MAX_BYTES,
    drop_direction: bool = False,
) -> tuple[M, Document]:
    """Read ``raw`` (file ``name``), check its ``format``, validate it as ``model``.

    Returns the object and the document (for further checks with lines), or raises ``InvalidFile``.
    """
    document = read_document(raw, name, max_bytes, drop_direction)
    check_format(document, version)
    _refuse_long_lists(model, document)
    checked, errors = validate_model(model, document)
    if checked is None:
        raise InvalidFile(errors)
    return checked, document


def _refuse_long_lists(model: type[M], document: Document) -> None:
    """A top-level list longer than the model allows (a plan of 10,000 steps) is refused at once,
    with one message, before each of its items is checked (which took half a minute and printed
    an error for every item)."""
    data = document.data
    if not isinstance(data, dict):
        return
    for field, info in model.model_fields.items():
        most = next((getattr(m, "max_length", None) for m in info.metadata if hasattr(m, "max_length")), None)
        value = data.get(field)
        if isinstance(most, int) and isinstance(value, list) and len(value) > most:
            raise InvalidFile([document.error((field,), f"expected at most {most} items, got {len(value)}")])


def validate_model(model: type[M], document: Document) -> tuple[M | None, list[FileError]]:
    """Validate ``document.data`` as ``model``; return the object or every error with its line."""
    try:
        return model.model_validate(document.data), []
    except ValidationError as exc:
        raw = exc.errors()
        # pydantic also calls a list "too short" when its items failed: report the items only
        nested = [tuple(error["loc"]) for error in raw]
        raw = [
            error
            for error in raw
            if not (error["type"] == "too_short" and _has_nested(tuple(error["loc"]), nested))
        ]
        errors = [_to_file_error(error, model, document) for error in raw]
        # a value that fits no member of a union (a number or a whole number) gets one message
        first: dict[tuple[int, str], FileError] = {}
        for error in errors:
            first.setdefault((error.line, error.path), error)
        return None, sorted(first.values(), key=lambda e: (e.line, e.path))


def _has_nested(loc: tuple[object, ...], others: Sequence[tuple[object, ...]]) -> bool:
    return any(len(other) > len(loc) and other[: len(loc)] == loc for other in others)


def _data_path(loc: tuple[Any, ...], data: Any) -> Path:
    """The path in the data: pydantic also puts union member names (``str``, ...) in ``loc``."""
    path: list[str | int] = []
    current = data
    for part in loc:
        if (isinstance(current, dict) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        ):
            current = current[part]
        elif isinstance(current, dict | list) or not _is_union_tag(part):
            path.append(part)  # a missing or extra key: the error is about this very part
            current = None
            continue
        else:
            continue
        path.append(part)
    return tuple(path)


def _to_file_error(error: Any, model: type[BaseModel], document: Document) -> FileError:
    loc: Path = _data_path(tuple(error["loc"]), document.data)
    kind = error["type"]
    if kind == "missing":
        parent = loc[:-1]
        return FileError(document.name, document.line_of(parent), format_path(loc), "required, missing")
    if kind == "extra_forbidden":
        message = f"unknown key{_suggestion(model, loc)}"
        return FileError(document.name, document.line_of(loc), format_path(loc), message)
    return FileError(document.name, document.line_of(loc), format_path(loc), _message(error))


def _is_union_tag(part: object) -> bool:
    # pydantic adds the member type name (e.g. 'str', 'function-before[...]') to union locations
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "bool", "none"})


def _message(error: Any) -> str:
    kind = error["type"]
    got = _show(error.get("input"))
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind in {"string_type", "str_type"}:
        return f"expected text, got {got}"
    if kind == "bool_type":
        return f"expected true or false, got {got}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"expected a whole number, got {got}"
    if kind in {"float_type", "float_parsing", "finite_number"}:
        return f"expected a number, got {got}"
    if kind in {"enum", "literal_error"}:
        return f"expected one of {ctx.get('expected', '')}, got {got}"
    if kind == "string_pattern_mismatch":
        return f"expected an id of lower-case letters, digits and '-', got {got}"
    if kind == "string_too_short":
        return "expected text, got an empty value"
    if kind == "string_too_long":
        return f"text too long; expected at most {ctx.get('max_length')} characters"
    if kind in {"tuple_type", "list_type"}:
        return f"expected a list, got {got}"
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return f"expected a mapping of keys, got {got}"
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        return "expected at least one item" if least == 1 else f"expected at least {least} items"
    if kind == "too_long":
        return f"expected at most {ctx.get('max_length')} items"
    if kind in {"less_than_equal", "greater_than_equal"}:
        bound = ctx.get("le", ctx.get("ge"))
        word = "at most" if kind == "less_than_equal" else "at least"
        shown = int(bound) if isinstance(bound, float) and bound.is_integer() else bound
        return f"expected {word} {shown}, got {got}"
    return f"not a valid value here, got {got}"


def _show(value: object) -> str:
    """``value`` as it was typed, or what it is in plain words: never Python's own spelling of it
    ("datetime.date(2024, 1, 1)", "b'hello'")."""
    import datetime

    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime.date):  # YAML reads 2024-01-01 unquoted as a date: as typed
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return "binary data"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return f'"{text}"'
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return "a value of another kind"


def _suggestion(model: type[BaseModel], loc: Path) -> str:
    fields = _fields_at(model, loc[:-1])
    if not fields:
        return ""
    key = str(loc[-1])
    close = difflib.get_close_matches(key, fields, n=1)
    if close:
        return f'; did you mean "{close[0]}"?'
    return "; expected one of " + ", ".join(sorted(fields))


def _fields_at(model: type[BaseModel], parent: Path) -> list[str]:
    """The field names of the model found at ``parent`` (walking nested models and lists)."""
    current: Any = model
    for part in parent:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part) if _is_model(current) else None
        if info is None:
            return []
        current = _inner_model(info.annotation)
    return list(current.model_fields) if _is_model(current) else []


def _is_model(candidate: object) -> bool:
    return isinstance(candidate, type) and issubclass(candidate, BaseModel)


def _inner_model(annotation: Any) -> Any:
    if _is_model(annotation):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        inner = _inner_model(arg)
        if inner is not None:
            return inner
    return None
