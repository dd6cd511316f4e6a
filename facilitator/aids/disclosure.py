"""Does a note read like a disclosure of harm? A small word list in data, in en, ru and kk.

A match only makes the notes box offer "Mark for follow-up?"; the facilitator decides. Nothing
here stores or logs the note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from facilitator.content import CONTENT_DIR

WORDS_FILE = CONTENT_DIR / "safety" / "disclosure-words.yaml"


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


@dataclass(frozen=True)
class _Phrases:
    """The list's phrases by their first word, so that a note is read word by word. (A pattern of
    7,000 phrases took half a second to compile, on the console's thread, as the first note was
    typed: keys typed meanwhile were late, or lost to a key-remapping typist.)

    A phrase starts where no letter or digit stands before it; its words are separated by any
    white space in the note; its last word may go on (a phrase "бьет" is found in "бьется")."""

    single: frozenset[str]
    """One-word phrases: found at the start of a note's word."""
    longer: dict[str, tuple[tuple[str, ...], ...]]
    """The rest of each longer phrase, by its first word (which stands whole in the note)."""
    longest: int

    @classmethod
    def of(cls, phrases: list[str]) -> _Phrases:
        single: set[str] = set()
        longer: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            first, *rest = phrase.split(" ")
            if rest:
                longer.setdefault(first, []).append(tuple(rest))
            else:
                single.add(first)
        longest = max((len(word) for word in single), default=0)
        return cls(frozenset(single), {k: tuple(v) for k, v in longer.items()}, longest)

    def found_in(self, folded: str) -> bool:
        words = _CHUNK.findall(folded)
        for index, chunk in enumerate(words):
            for at in range(len(chunk)):
                if at and _WORD.match(chunk[at - 1]):
                    continue  # a phrase starts where no letter or digit stands before it
                head = chunk[at:]
                if any(head[:n] in self.single for n in range(1, min(len(head), self.longest) + 1)):
                    return True
                if any(self._follows(words, index + 1, rest) for rest in self.longer.get(head, ())):
                    return True
        return False

    @staticmethod
    def _follows(words: list[str], index: int, rest: tuple[str, ...]) -> bool:
        """Whether the note's words from ``index`` are ``rest``, the last one begun only."""
        following = words[index : index + len(rest)]
        if len(following) < len(rest):
            return False
        return following[:-1] == list(rest[:-1]) and following[-1].startswith(rest[-1])


_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"\w")


@cache
def _matcher(path: Path = WORDS_FILE) -> _Phrases:
    """The list's phrases, ready to read a note. The built-in list's phrases are kept in the data
    folder's cache of checked files for its exact bytes: the live session's first note is checked
    without pydantic and YAML (about 20 MB the live session then never holds); a changed byte checks
    the file in full again, with every error."""
    from facilitator.paths import checked_cache_dir
    from facilitator.sessions import checked_cache
    from facilitator.sessions.errors import read_file

    raw = read_file(path)
    folder = checked_cache_dir() if path == WORDS_FILE else None
    label = f"disclosure-phrases {path.name}"
    return _Phrases.of(checked_cache.remember(folder, label, [raw], lambda: _phrases(raw, path), _as_phrases))


def _phrases(raw: bytes, path: Path) -> list[str]:
    """Every phrase of the list (checked in full: YAML and pydantic), folded, longest first."""
    from facilitator.aids.disclosure_words import (  # pydantic: not before a note
        WORDS_FORMAT,
        DisclosureWords,
        combined_phrases,
    )
    from facilitator.sessions.validation import parse_checked

    words, _document = parse_checked(raw, str(path), DisclosureWords, WORDS_FORMAT)
    listed = [p for phrases in words.words.values() for p in phrases]
    built = [p for combos in words.combined.values() for slots in combos for p in combined_phrases(slots)]
    phrases = {_fold(" ".join(p.split())) for p in listed + built if p.strip()}
    return sorted(phrases, key=lambda phrase: (-len(phrase), phrase))


def _as_phrases(value: object) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise TypeError("not a list of phrases")
    return list(value)


def prepare() -> None:
    """Read the list now (a tenth of a second; half a second the first time on a laptop), so that
    the first note is not kept waiting for it."""
    _matcher()


def reads_like_disclosure(text: str) -> bool:
    """True when ``text`` holds a word or phrase of the list (any language, any case)."""
    return _matcher().found_in(_fold(text))
