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

The classes are unions over every branch, so a second look-ahead follows them: the pairs of first
characters the branches really begin with, one branch a first character (``[Уу](?:[Лл]|[Чч])|…``),
case-sensitive with every character ``re`` takes for a letter under IGNORECASE spelled out (the
letter's cases, ``re``'s own equivalences and the six odd characters such as the Kelvin sign), so
that ``re`` skips a branch on its first character without entering it.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python: no pairs (their classes could miss a case)
    _EXTRA_CASES = None

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


_Prefixes = set[tuple[tuple[Any, Any], ...]]


def _atoms(op: Any, av: Any) -> list[tuple[Any, Any]]:
    """One consuming item as the atoms a character there is one of (letters, ranges, categories)."""
    if op is sre.LITERAL:
        return [(op, av)]
    atoms = []
    for item_op, item_av in av:
        if item_op in (sre.LITERAL, sre.RANGE) or (item_op is sre.CATEGORY and item_av in _CATEGORIES):
            atoms.append((item_op, item_av))
        else:
            raise _Unknown
    return atoms


def _prefixes(items: list[Any], depth: int, ignorecase: bool, budget: list[int]) -> _Prefixes | None:
    """The beginnings of ``items``' matches, up to ``depth`` characters, as sequences of atoms (a
    sequence shorter than ``depth``: what follows it is not known); None if it never matches."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unknown
    if depth == 0 or not items:
        return {()}
    op, av = items[0]
    rest = list(items[1:])
    if op is sre.ASSERT_NOT and not list(av[1]):
        return None
    if op in _ZERO_WIDTH:
        return _prefixes(rest, depth, ignorecase, budget)
    if op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE and not ignorecase:
            raise _Unknown
        return _prefixes(list(av[-1]) + rest, depth, ignorecase, budget)
    arms: list[list[Any]]
    if op is sre.BRANCH:
        arms = [list(branch) + rest for branch in av[1]]
    elif op is sre.GROUPREF_EXISTS:
        arms = [list(av[1]) + rest, (list(av[2]) if av[2] is not None else []) + rest]
    elif op in _REPEATS:
        low, high, inner = av
        inner = list(inner)
        if low >= 1:
            again = [(op, (low - 1, high - 1, inner))] if high > 1 else []
            arms = [inner + again + rest]
        elif high >= 1:
            again = [(op, (0, high - 1, inner))] if high > 1 else []
            arms = [inner + again + rest, rest]
        else:
            arms = [rest]
    elif op in (sre.LITERAL, sre.IN):
        after = _prefixes(rest, depth - 1, ignorecase, budget)
        if after is None:
            return None
        return {(atom, *tail) for atom in _atoms(op, av) for tail in after}
    else:
        return {()}  # anything else: what follows is not known
    found: _Prefixes = set()
    possible = False
    for arm in arms:
        more = _prefixes(arm, depth, ignorecase, budget)
        if more is not None:
            possible = True
            found |= more
    return found if possible else None


def _spelled(atom: tuple[Any, Any], ignorecase: bool) -> str:
    """One atom as a case-sensitive class (a letter with every character ``re`` takes for it under
    IGNORECASE), or, for a range or a category, as it is under the pattern's flags."""
    op, av = atom
    if op is sre.LITERAL:
        letter = chr(av)
        if not ignorecase:
            return "[" + _char(av) + "]"
        same = re.compile(re.escape(letter), re.IGNORECASE)
        candidates = {letter, letter.lower(), letter.upper(), letter.title(), letter.casefold(), *_ODD_CASES}
        for code in (ord(letter), ord(letter.lower()[:1] or letter)):
            candidates |= {chr(c) for c in _EXTRA_CASES.get(code, ())}
        chars = sorted(c for c in candidates if len(c) == 1 and same.fullmatch(c))
        return "[" + "".join(_char(ord(c)) for c in chars) + "]"
    part = "".join(_class_items(sre.IN, [atom]))
    return f"(?i:[{part}])" if ignorecase else f"[{part}]"


def _pairs(prefixes: _Prefixes, ignorecase: bool) -> str | None:
    """The beginnings as a case-sensitive alternation, one branch a first atom (``re`` skips a
    branch whose first class does not hold the character at once)."""
    if _EXTRA_CASES is None:  # pragma: no cover
        return None
    by_first: dict[tuple[Any, Any], set[tuple[tuple[Any, Any], ...]]] = {}
    for prefix in prefixes:
        if not prefix:
            return None
        by_first.setdefault(prefix[0], set()).add(prefix[1:])
    branches = []
    for first, tails in sorted(by_first.items(), key=repr):
        head = _spelled(first, ignorecase)
        if () in tails:
            branches.append(head)
            continue
        seconds = sorted({_spelled(tail[0], ignorecase) for tail in tails})
        branches.append(head + ("(?:" + "|".join(seconds) + ")" if len(seconds) > 1 else seconds[0]))
    return "(?-i:" + "|".join(branches) + ")"


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
        prefixes = _prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)), 2, ignorecase, [_BUDGET])
        pairs = _pairs(prefixes, ignorecase) if prefixes else None
    except (_Unknown, re.error, RecursionError):
        pairs = None
    if pairs is not None:
        look = f"{look})(?={pairs}"
    try:
        fast = re.compile(f"(?={look})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # pragma: no cover - a pattern with global inline flags
        return pattern
    _GIVEN[fast] = pattern
    return fast


_ODD_CASES = ("\u0130", "\u03f4", "\u1e9e", "\u2126", "\u212a", "\u212b")
"""The characters whose lower case is a letter of which they are not the upper or title case
("K", the Kelvin sign, is "k"): every such character of Unicode (a test reads them all)."""


def unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``guarded`` was given (for tests that compare the two)."""
    return _GIVEN.get(pattern, pattern)


_GIVEN: dict[re.Pattern[str], re.Pattern[str]] = {}
