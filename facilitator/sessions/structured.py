"""Read YAML (and JSON, a subset of it) safely, keeping the line of every key and item.

Limits are checked before anything is built: file size, nesting depth, anchors and aliases
(the "billion laughs"), several documents, duplicate keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from facilitator.sessions.errors import FileError, InvalidFile, format_path
from facilitator.sessions.errors import read_file as read_file  # where it was first
from facilitator.sessions.hidden_characters import hidden_character, refused, without_direction_controls

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 12

Path = tuple[str | int, ...]

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Document:
    """Parsed data plus the 1-based line of each path in it."""

    name: str
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    warnings: list[FileError] = field(default_factory=list)
    """What was read with a change (a direction control removed), for the reader to pass on."""
    drop_direction: bool = False

    def error(self, path: Path, message: str) -> FileError:
        """An error about the field at ``path``, with its line."""
        return FileError(self.name, self.line_of(path), format_path(path), message)

    def line_of(self, path: Path) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line:
                return line
        return 1


def read_document(
    raw: bytes, name: str, max_bytes: int = MAX_BYTES, drop_direction: bool = False
) -> Document:
    """Parse ``raw`` (the bytes of file ``name``); raise ``InvalidFile`` listing every problem.

    ``drop_direction``: a direction control in a value is removed, with a warning in
    ``Document.warnings``, instead of refused (the app's own session files: a note may hold one)."""
    if len(raw) > max_bytes:
        message = f"file is {size_in_words(len(raw))}; expected at most {size_in_words(max_bytes)}"
        raise _invalid(name, 0, message)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _invalid(name, line, "expected UTF-8 text; the file has another encoding") from None
    text = _joined_surrogates(text)
    try:
        _check_events(text, name)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise _invalid(name, 1, "file is empty; expected a mapping of keys")
            document = Document(name, None, drop_direction=drop_direction)
            errors: list[FileError] = []
            _index(node, (), document, errors, name)
            if errors:
                raise InvalidFile(errors)
            document.data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problem = exc.problem or exc.context or "not valid YAML"
        raise _invalid(name, line, f"syntax error: {problem}") from None
    except yaml.reader.ReaderError as exc:  # a control character: no mark, but a position
        line = text[: exc.position].count("\n") + 1
        message = (
            f"a control character (#x{exc.character:04x}) that text files do not contain: is it damaged?"
        )
        raise _invalid(name, line, message) from None
    except yaml.YAMLError as exc:
        raise _invalid(name, 0, f"syntax error: {exc}") from None
    except RecursionError:
        raise _invalid(name, 0, "nesting too deep") from None
    return document


def size_in_words(size: int) -> str:
    """``size`` in bytes as a person reads it: "8 MiB", "1.1 MiB", "1024 KiB" (just over 1 MiB, in
    KiB: "1.0 MiB" would read as within a limit of 1 MiB)."""
    mib = size / 1024 / 1024
    if size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MiB"
    return f"{mib:.1f} MiB" if mib >= 1.05 else f"{size // 1024} KiB"


_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE
)
"""A character beyond U+FFFF escaped as JSON writes it, "\\ud83d\\ude00" (Python's ``json.dump``
does by default), and not after an escaped backslash ("\\\\ud83d" is a backslash and text)."""


def _joined_surrogates(text: str) -> str:
    """``text`` with each escaped surrogate pair written as its one character: JSON allows them, the
    YAML reader refuses them (on the same line: every line number stays)."""
    if "\\u" not in text:
        return text

    def join(found: re.Match[str]) -> str:
        high, low = int(found.group(2), 16), int(found.group(3), 16)
        return found.group(1) + chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    return _SURROGATE_PAIR.sub(join, text)


def _invalid(name: str, line: int, message: str) -> InvalidFile:
    return InvalidFile([FileError(name, line, "", message)])


def _check_events(text: str, name: str) -> None:
    depth = 0
    documents = 0
    for event in yaml.parse(text, Loader=_Loader):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _invalid(name, line, "anchors and aliases (& and *) are not allowed")
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _invalid(name, line, "expected one document; found a second '---'")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _invalid(name, line, f"nesting deeper than {MAX_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _index(node: yaml.Node, path: Path, document: Document, errors: list[FileError], name: str) -> None:
    document.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        if document.drop_direction and isinstance(node.value, str):
            _drop_direction(node, path, document)
        _check_text(node, path, errors, name)
    elif isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            key_path = (*path, key)
            if isinstance(key_node, yaml.ScalarNode) and _check_text(key_node, key_path, errors, name):
                continue
            if key in seen:
                line = key_node.start_mark.line + 1
                errors.append(FileError(name, line, format_path(key_path), "duplicate key"))
                continue
            seen.add(key)
            _index(value_node, key_path, document, errors, name)
            document.lines[key_path] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index(item, (*path, index), document, errors, name)


def _drop_direction(node: yaml.ScalarNode, path: Path, document: Document) -> None:
    """Remove the direction controls of a value (before it is built), with a warning naming the
    line and the field, never the text."""
    cleaned = without_direction_controls(node.value)
    if cleaned == node.value:
        return
    problem = hidden_character(node.value)
    node.value = cleaned
    message = f"{problem}; removed it"
    document.warnings.append(FileError(document.name, node.start_mark.line + 1, format_path(path), message))


def _check_text(node: yaml.ScalarNode, path: Path, errors: list[FileError], name: str) -> bool:
    """A NUL, control or direction character in a text (escaped in quotes, "\\u202e", or
    written as it is) is refused with the line and the field: True when it was."""
    problem = refused(str(node.value))
    if problem is None:
        return False
    errors.append(FileError(name, node.start_mark.line + 1, format_path(path), problem))
    return True
