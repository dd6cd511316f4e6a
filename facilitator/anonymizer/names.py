"""Find people's names: the roster, lists of Central Asian names, surname patterns, Russian NER.

Each found name gets a key (its skeleton base), so "Ерлан", "Ерлану" and "Yerlan" are one person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from facilitator.anonymizer.skeleton import ENDINGS, skeleton
from facilitator.anonymizer.spans import Kind, Span

TOKEN = re.compile(r"[^\W\d_](?:[\w’'ʼ-]*[^\W\d_])?", re.UNICODE)
_POSSESSIVE = re.compile(r"(?:['’]s)$", re.IGNORECASE)
SURNAME = re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:ов|ова|ев|ева|ёв|ёва|улы|ұлы|уулу|кызы|қызы|ович|овна|евич|евна|ovich|ovna|evich|evna"
    r"|ova|ov|eva|ev|uly|uulu|kyzy|qyzy)$"
)
# words that end like surnames but are not names (capitalised at the start of a sentence)
_NOT_SURNAMES = frozenset(
    skeleton(w) for w in ("Готов", "Готова", "Здоров", "Здорова", "Каков", "Таков", "Кыргызы")
)
MIN_LIST_NAME = 3
AMBIGUOUS = "name-or-word"


@cache
def _word_list(filename: str) -> frozenset[str]:
    text = resources.files("facilitator.anonymizer").joinpath("data", filename).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(skeleton(line) for line in lines if line)


def list_names() -> frozenset[str]:
    return _word_list("first_names.txt") | _word_list("surnames.txt")


@cache
def name_words(latin: bool) -> frozenset[str]:
    """Names that are also words, written in Latin (``latin``) or in Cyrillic script.

    The script matters: "Вера" is a word in Russian, "Vera" in English text is a name.
    """
    return frozenset(word for word, _section, in_latin in _name_word_lines() if in_latin == latin)


@cache
def regional_name_words() -> frozenset[str]:
    """Name-words of Kazakh, Kyrgyz, Uzbek and Tajik: in Russian text these are names ("Жасур")."""
    regional = ("kazakh", "kyrgyz", "uzbek")
    return frozenset(word for word, section, _latin in _name_word_lines() if section.startswith(regional))


def _name_word_lines() -> list[tuple[str, str, bool]]:
    """(skeleton, section, written in Latin) for each line of name_words.txt."""
    text = (
        resources.files("facilitator.anonymizer")
        .joinpath("data", "name_words.txt")
        .read_text(encoding="utf-8")
    )
    lines: list[tuple[str, str, bool]] = []
    section = ""
    for line in text.splitlines():
        if line.startswith("# ==="):
            section = line.strip("# =").strip().casefold()
            continue
        word = line.split("#", 1)[0].strip()
        if word:
            lines.append((skeleton(word), section, _is_latin(word)))
    return lines


def _is_latin(word: str) -> bool:
    return word[:1].isascii()


def places() -> frozenset[str]:
    return _word_list("places.txt")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str) -> Iterator[Token]:
    for match in TOKEN.finditer(text):
        word = _POSSESSIVE.sub("", match.group())
        yield Token(match.start(), match.start() + len(word), word)


def base_of(word: str, bases: frozenset[str], min_inflected: int = 4) -> str | None:
    """The name in ``bases`` that ``word`` is a form of (an inflection or a spelling), if any.

    Short names match only as written: "Ли" is a name, "Лиза" is not "Ли" with an ending.
    """
    shape = skeleton(word)
    if shape in bases:
        return shape
    endings = ENDINGS if not _is_latin(word) else LATIN_ENDINGS  # "Friday" is not "Frida" + -y
    for cut in range(len(shape) - 1, min_inflected - 1, -1):
        stem, ending = shape[:cut], shape[cut:]
        if ending in endings:
            if stem in bases:
                return stem
            for vowel in ("a", "e"):  # Дильноза -> Дильнозы, Дильнозой
                if stem + vowel in bases:
                    return stem + vowel
    return None


LATIN_ENDINGS = frozenset({"", "s"})
PARTICLES = frozenset(skeleton(w) for w in ("o'g'li", "ogli", "ugli", "ўғли", "угли", "qizi", "қизи", "кизи"))
INITIAL = re.compile(r"\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.")


class NameFinder:
    def __init__(self, roster: Iterable[str] = (), use_lists: bool = True) -> None:
        self.roster: dict[str, str] = {}
        """skeleton of each roster word -> the key of its person (first word of the entry)."""
        for entry in roster:
            words = [t.text for t in tokens(entry)]
            if words:
                key = skeleton(words[0])
                for word in words:
                    self.roster[skeleton(word)] = key
        self._roster_bases = frozenset(self.roster)
        self._lists = list_names() if use_lists else frozenset()
        self._use_keep = use_lists
        self._places = places()

    @property
    def list_bases(self) -> frozenset[str]:
        return self._lists

    def find(self, text: str) -> list[Span]:
        words = list(tokens(text))
        found: list[Span] = []
        for token in words:
            span = self._match(token)
            if (
                span is None
                and found
                and found[-1].end >= token.start - 1
                and skeleton(token.text) in PARTICLES
            ):
                span = Span(token.start, token.end, Kind.NAME, "names-list", found[-1].key)
            if span is not None:
                initial = INITIAL.match(text, span.end)  # "Yerlan B."
                if initial:
                    span = Span(span.start, initial.end(), span.kind, span.source, span.key)
                found.append(span)
        return merge_adjacent(found, text)

    def _match(self, token: Token) -> Span | None:
        base = base_of(token.text, self._roster_bases, min_inflected=3)
        if base is not None:
            return Span(token.start, token.end, Kind.NAME, "roster", self.roster[base])
        shape = skeleton(token.text)
        if base_of(token.text, self._places) is not None:
            return None  # "Almaty", "Актобеде": a place, not "Alma" with a case ending
        base = base_of(token.text, self._lists)
        keep = name_words(_is_latin(token.text)) if self._use_keep else frozenset()
        if base is not None and base_of(token.text, keep) is not None:
            if not token.capitalised:
                return None  # "вера", "арманы", "қуаныш": words here, not names
            # capitalised, it may still be a word ("Вера в себя…"): the NER decides if it can,
            # else privacy first (removed, and shown in the review where it can be kept)
            return Span(token.start, token.end, Kind.NAME, AMBIGUOUS, base)
        if base is not None and len(base) >= MIN_LIST_NAME and (token.capitalised or len(base) >= 4):
            return Span(token.start, token.end, Kind.NAME, "names-list", base)
        if token.capitalised and SURNAME.match(token.text) and shape not in _NOT_SURNAMES:
            return Span(token.start, token.end, Kind.NAME, "surname-pattern", shape)
        return None


def merge_adjacent(spans: list[Span], text: str) -> list[Span]:
    """ "Иванова Мария Петровна" is one person: join name spans separated only by spaces."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.kind is Kind.NAME and merged[-1].kind is Kind.NAME:
            gap = text[merged[-1].end : span.start]
            if gap.strip() == "" and "\n" not in gap and len(gap) <= 2:
                previous = merged[-1]
                key = previous.key if previous.source == "roster" or span.source != "roster" else span.key
                source = "roster" if "roster" in (previous.source, span.source) else previous.source
                merged[-1] = Span(previous.start, span.end, Kind.NAME, source, key)
                continue
        merged.append(span)
    return merged
