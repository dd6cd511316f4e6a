"""What a detector found: a stretch of text, its kind, and which detector said so."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate


class Kind(StrEnum):
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    IIN = "iin"
    DOCUMENT = "document"
    """A passport or ID card number."""
    PLATE = "plate"
    """A car's registration plate."""
    CARD = "card"
    ADDRESS = "address"
    HANDLE = "handle"
    BIRTHDATE = "birthdate"
    QUASI = "quasi"
    """A description that singles out one person in a small place ("the only midwife in X")."""


# when two detections overlap, the stronger kind wins (then the longer span)
PRIORITY = {
    Kind.EMAIL: 9,
    Kind.CARD: 8,
    Kind.IIN: 8,
    Kind.DOCUMENT: 8,
    Kind.PHONE: 7,
    Kind.PLATE: 6,
    Kind.HANDLE: 6,
    Kind.BIRTHDATE: 6,
    Kind.ADDRESS: 5,
    Kind.NAME: 4,
    Kind.QUASI: 3,
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: Kind
    source: str
    """The detector: "roster", "names-list", "surname-pattern", "ner", "pattern", "review"."""
    key: str = ""
    """For names: who it is (the same person gets the same key, so the same pseudonym)."""

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def resolve(spans: list[Span], text: str | None = None) -> list[Span]:
    """Non-overlapping spans, keeping the strongest, then longest, of each overlapping group. With
    ``text``, an address that a stronger span overlaps in part, or a name a longer name does, keeps
    what lies outside it ("тел +7-701-225-67-14 үйі Жібек жолы көшесі 41": the phone's last digits
    read as the house's number opened the address; the street after them is still an address;
    "Bekzod akaning" beside "akaning o'g'li Sherzod": Bekzod is still a name)."""
    ranked = sorted(spans, key=lambda s: (-PRIORITY[s.kind], -(s.end - s.start), s.start))
    starts: list[int] = []  # the kept spans, disjoint, in text order: a span can only overlap
    kept: list[Span] = []  # the one kept just before it or just after it
    for span in ranked:
        at = bisect.bisect_left(starts, span.start)
        before = at > 0 and kept[at - 1].end > span.start
        if before or (at < len(kept) and kept[at].start < span.end):
            following = kept[at - 1 if before else at :]
            if text is not None and span.kind in _PIECED and _pieced_by(span, following):
                for piece in _outside(span, following, text):
                    index = bisect.bisect_left(starts, piece.start)
                    starts.insert(index, piece.start)
                    kept.insert(index, piece)
            continue
        starts.insert(at, span.start)
        kept.insert(at, span)
    return kept


_PIECE_EDGES = " \t\n,.;:-–—()"


def _outside(span: Span, following: Sequence[Span], text: str) -> Iterator[Span]:
    """The stretches of ``span`` that none of ``following`` (disjoint, in text order, from the first
    that may overlap it) covers, trimmed of spaces and punctuation, each holding a word of four
    letters or more for an address, two for a name (``_PIECE_WORD``): what is left of it once a
    stronger span has taken its part."""
    at = span.start
    pieces = []
    for other in following:
        if other.start >= span.end:
            break
        pieces.append((at, max(at, other.start)))
        at = max(at, other.end)
    pieces.append((at, span.end))
    for start, end in pieces:
        part = text[start:end]
        start += len(part) - len(part.lstrip(_PIECE_EDGES))
        end -= len(part) - len(part.rstrip(_PIECE_EDGES))
        if start < end and _PIECE_WORD[span.kind].search(text, start, end):
            yield Span(start, end, span.kind, span.source, span.key)


_PIECE_WORD = {Kind.ADDRESS: re.compile(r"[^\W\d_]{4,}"), Kind.NAME: re.compile(r"[^\W\d_]{2,}")}
"""What a piece left of a span must hold to stay one: an address a word of four letters or more, a
name a word ("Bekzod" of "Bekzod akaning" where "akaning o'g'li Sherzod" took the rest)."""
_PIECED = frozenset(_PIECE_WORD)


def _pieced_by(span: Span, following: Sequence[Span]) -> bool:
    """Whether what ``span`` overlaps of ``following`` leaves it its rest: anything, for an address;
    only other names or an address, for a name (an e-mail's local part is one reading of
    "ерлан.ахметов" lost to another, not a person beside it; "… кв. 15, Хамидову Даврону": the
    address took the surname as its last word, the given name after it is still the addressee's)."""
    if span.kind is Kind.ADDRESS:
        return True
    overlapping = [other for other in following if other.start < span.end]
    return all(other.kind in (Kind.NAME, Kind.ADDRESS) for other in overlapping)


def spliced(text: str, spans: Iterable[Span], replacement: Callable[[Span], str]) -> str:
    """``text`` with each of ``spans`` (left to right, not overlapping) replaced by what
    ``replacement`` gives for it."""
    parts = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(replacement(span))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


class Cover:
    """The positions inside any of some half-open stretches ``(start, end)``: ``at in cover`` is
    ``any(s <= at < e for s, e in stretches)``, by bisection rather than a pass over all of them
    (a piece's words are checked against its spans one by one: thousands of words, tens of spans)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, stretches: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(stretches)
        self._starts = [start for start, _end in ordered]
        self._reach: list[int] = list(accumulate((end for _start, end in ordered), max))
        """The furthest end of the stretches up to each one, in order of their starts."""

    def __contains__(self, at: int) -> bool:
        index = bisect.bisect_right(self._starts, at)
        return index > 0 and self._reach[index - 1] > at

    def overlaps(self, start: int, end: int) -> bool:
        """Some stretch overlaps ``[start, end)``: ``any(s < end and start < e for s, e in
        stretches)``."""
        index = bisect.bisect_left(self._starts, end)
        return index > 0 and self._reach[index - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Some stretch holds ``[start, end)``: ``any(s <= start and end <= e for s, e in
        stretches)``."""
        index = bisect.bisect_right(self._starts, start)
        return index > 0 and self._reach[index - 1] >= end
