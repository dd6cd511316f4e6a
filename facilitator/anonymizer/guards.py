"""Long alternations made cheap to search: a look-ahead of the characters a match can begin with.

Python's ``re`` tries every branch of an alternation at every character it searches (with
IGNORECASE, each branch's first letter is compared case-folded: no quick skip), so a pattern of a
hundred job words costs a hundred comparisons a character of a note. ``guarded(pattern)`` puts in
front of it a look-ahead of the first few characters any of its matches begins with, one character
class a position (``(?=[жрв…][аеo…])``): most positions fail on it at once. The classes are read off
the pattern's own parse, and are a superset of what can stand there (a class under IGNORECASE
matches what the same letters do; tests/anonymizer/test_guards.py checks this for every letter of
the guarded patterns against every code point), so the guarded pattern finds exactly what the
pattern finds: the look-ahead only turns away positions where no match can start.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

_DEPTH = 3
"""Characters of a match's beginning the look-ahead checks."""

_BUDGET = 20_000
"""Branches and optional parts read at most: past it the pattern is left as it is."""

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class _Unknown(Exception):
    """The pattern holds something the guard does not read: it is left as it is."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class_items(op: Any, av: Any) -> list[str]:
    """One consuming item (a letter or a class) as the parts of a character class."""
    if op is sre.LITERAL:
        return [_char(av)]
    parts = []
    for item_op, item_av in av:
        if item_op is sre.LITERAL:
            parts.append(_char(item_av))
        elif item_op is sre.RANGE:
            parts.append(_char(item_av[0]) + "-" + _char(item_av[1]))
        elif item_op is sre.CATEGORY and item_av in _CATEGORIES:
            parts.append(_CATEGORIES[item_av])
        else:  # a negated class, a category of another kind
            raise _Unknown
    return parts


def _joined(heads: list[set[str]], more: list[set[str]] | None) -> list[set[str]] | None:
    return None if more is None else heads + more


def _union(branches: list[list[set[str]] | None]) -> list[set[str]] | None:
    """Position by position, what any of the branches can hold (as far as all of them are known);
    a branch that never matches (None) holds nothing."""
    possible = [b for b in branches if b is not None]
    if not possible:
        return None
    shortest = min(len(b) for b in possible)
    return [set().union(*(b[k] for b in possible)) for k in range(shortest)]


def _heads(items: list[Any], depth: int, ignorecase: bool, budget: list[int]) -> list[set[str]] | None:
    """For the sequence ``items``, the classes of its first ``depth`` characters (fewer where what
    comes next is not known): position k holds every character a match can have there; None if
    the sequence never matches (it holds "(?!)")."""
    heads: list[set[str]] = []
    items = list(items)
    while items and len(heads) < depth:
        op, av = items[0]
        rest = items[1:]
        if op is sre.ASSERT_NOT and not list(av[1]):
            return None  # "(?!)": nothing matches here
        if op in _ZERO_WIDTH:
            items = rest  # zero-width: the next item takes the same character
            continue
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, inner = av
            if add_flags & re.IGNORECASE and not ignorecase:
                raise _Unknown  # a case-insensitive part of a case-sensitive pattern
            items = list(inner) + rest
            continue
        if op is sre.BRANCH:
            budget[0] -= len(av[1])
            if budget[0] < 0:
                raise _Unknown
            branches = [_heads(list(b) + rest, depth - len(heads), ignorecase, budget) for b in av[1]]
            return _joined(heads, _union(branches))
        if op is sre.GROUPREF_EXISTS:  # "(?(village)…|…)": either
            _group, yes, no = av
            budget[0] -= 2
            arms = [list(yes) + rest, (list(no) if no is not None else []) + rest]
            branches = [_heads(arm, depth - len(heads), ignorecase, budget) for arm in arms]
            return _joined(heads, _union(branches))
        if op in (sre.LITERAL, sre.IN):
            heads.append(set(_class_items(op, av)))
            items = rest
            continue
        if op in _REPEATS:
            low, high, inner = av
            inner = list(inner)
            if low >= 1 and (len(inner) != 1 or inner[0][0] not in (sre.LITERAL, sre.IN)):
                # at least once: the repeated part begins what is left
                return _joined(heads, _heads(inner, depth - len(heads), ignorecase, budget))
            if low == 0:
                # optional: a match begins with the part or with what follows it
                budget[0] -= 1
                if budget[0] < 0:
                    raise _Unknown
                again = [(op, (0, high - 1, inner))] if high > 1 else []
                branches = [
                    _heads(inner + again + rest, depth - len(heads), ignorecase, budget),
                    _heads(rest, depth - len(heads), ignorecase, budget),
                ]
                return _joined(heads, _union(branches))
            parts = set(_class_items(*inner[0]))
            heads += [parts] * min(low, depth - len(heads))
            if high != low:
                break  # what follows starts at an unknown place
            items = rest
            continue
        break  # anything else: what follows is not known
    return heads


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead of the characters its matches begin with (the same matches);
    ``pattern`` itself where no beginning is known (an alternative that may match nothing)."""
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    try:
        heads = _heads(list(sre_parse.parse(pattern.pattern, pattern.flags)), _DEPTH, ignorecase, [_BUDGET])
    except (_Unknown, re.error, RecursionError):
        return pattern
    if not heads or any(r"\w" in parts or r"\S" in parts or r"\D" in parts for parts in heads[:1]):
        return pattern  # nothing known, or a first character that could be almost anything
    look = "".join("[" + "".join(sorted(parts)) + "]" for parts in heads)
    try:
        return re.compile(f"(?={look})(?:{pattern.pattern}){_END}", pattern.flags)
    except re.error:  # pragma: no cover - a pattern with global inline flags
        return pattern


_END = "(?#guarded)"


def unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``guarded`` was given (for tests that compare the two)."""
    if not pattern.pattern.endswith(_END):
        return pattern
    text = pattern.pattern[: -len(_END) - 1]
    return re.compile(text[text.index(")(?:") + 4 :], pattern.flags)
