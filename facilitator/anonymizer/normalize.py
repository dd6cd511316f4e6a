"""Text as the detectors read it, with a map back to the note as typed.

Typing (and pasting) leaves traps that hide an identifier from a detector: zero-width characters
inside a phone number or an IIN, a soft hyphen or a direction mark inside a name, full-width
digits, a Latin "a" typed in a Cyrillic name. Detectors read the normalised text; every span they
find is mapped back to the characters of the note as typed, so the review highlights, and the
export removes, exactly those.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_FORMAT_RANGES = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
"""Every format character (Unicode category Cf, as Python 3.11's ``unicodedata`` has it): zero-width
spaces and joiners, the soft hyphen, the direction marks, embeddings, overrides and isolates
(U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), tags. None of them shows as a letter, so each can
sit inside a name ("Ai<U+202E>dar") and keep a detector from reading it."""
INVISIBLE = frozenset(
    chr(code)
    for first, last in re.findall(r"(.)(?:-(.))?", _FORMAT_RANGES)
    for code in range(ord(first), ord(last or first) + 1)
)
# letters that look the same in Latin and Cyrillic: a word written mostly in one script is read in it
_LATIN_TO_CYRILLIC = dict(zip("aeopcxyABEKMHOPCTXi", "аеорсхуАВЕКМНОРСТХі", strict=True))
_CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in _LATIN_TO_CYRILLIC.items()}
_LATIN_TO_CYRILLIC.update({"ə": "ә", "Ə": "Ә"})
"""The schwa of the old Kazakh Latin and of Azerbaijani keyboards, typed for "ә" in a Cyrillic word
("жəне", "Əсел"): read as the Cyrillic letter; a Latin word keeps it."""
_MIXED_WORD = re.compile(r"(?<!\w)(?=\w*[a-zA-ZəƏ])(?=\w*[\u0400-\u04ff])\w+")
"""A whole word (as ``\\w+`` reads it) holding a Latin and a Cyrillic letter: only these are read
letter by letter (a call for every word of a 10 MB note took seconds)."""


@dataclass(frozen=True)
class Normalized:
    text: str
    """The text the detectors read."""
    drops: tuple[int, ...]
    """For each character dropped from the original (an invisible one), in order, the index in
    ``text`` of the first character after it: how many kept characters stand before it. Empty when
    nothing was dropped. (An index a character of a 10 MB note took seconds and hundreds of MB.)"""
    original_length: int

    def span_back(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of the original that ``text[start:end]`` was made from."""
        if not self.drops:
            return start, end
        if start >= len(self.text):
            return self.original_length, self.original_length
        first = self._back(start)
        last = self._back(end - 1) + 1 if end > start else first
        return first, last

    def _back(self, index: int) -> int:
        """The index in the original of ``text[index]``: it, and every character dropped before it."""
        return index + bisect.bisect_right(self.drops, index)


_INVISIBLE = re.compile("[" + _FORMAT_RANGES + "]")
_MIXED = re.compile(r"[^\W\d_a-zA-ZəƏ][a-zA-ZəƏ]|[a-zA-ZəƏ][^\W\d_a-zA-ZəƏ]")
# one character for one: full-width letters and digits, odd spaces and dashes, as NFKC reads them
# ("№" stays: it marks a document or a school number)
_COMPATIBLE = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_COMPATIBLE.update({code: " " for code in (0x00A0, 0x2007, 0x202F, 0x3000, *range(0x2000, 0x200B))})
_COMPATIBLE.update({code: "-" for code in (0x2010, 0x2011, 0x2012, 0x2212, 0xFE63)})
_COMPATIBLE.update({0x2018: "‘", 0x02BC: "ʼ"})
_ANY_COMPATIBLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_COMPATIBLE)) + "]")
"""A character ``_COMPATIBLE`` changes: most notes hold none, and a C scan for one is many times
faster than ``str.translate`` through a dict over every character of a long note."""


def normalize(text: str) -> Normalized:
    # one character for one, so every offset stays where it was
    folded = text.translate(_COMPATIBLE) if _ANY_COMPATIBLE.search(text) else text
    drops: tuple[int, ...] = ()
    if _INVISIBLE.search(folded):
        drops = tuple(match.start() - dropped for dropped, match in enumerate(_INVISIBLE.finditer(folded)))
        folded = _INVISIBLE.sub("", folded)
    # after the invisible characters are gone: "Ерл\u200baн" with a Latin "a" is one word too
    if _MIXED.search(folded):
        folded = _one_script_per_word(folded)  # one character for one: ``drops`` still hold
    if "`" in folded or "´" in folded:
        folded = _GRAVE_APOSTROPHE.sub("'", folded)  # one character for one
    if _O_FOR_ZERO.search(folded):
        folded = _O_FOR_ZERO.sub("0", folded)  # one character for one
    return Normalized(folded, drops, len(text))


_O_FOR_ZERO = re.compile(r"(?<=\d)[OoОо](?=\d)")
"""A Latin or Cyrillic letter O typed for a zero between two digits ("8 7О1 202 33 44"): read as the
digit, so a phone or a number typed so is found whole."""


_GRAVE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[`´](?=[^\W\d_])")
"""A grave or an acute accent typed between two letters for the Uzbek apostrophe ("tug`ilgan",
"Ulug`bek", "Yo´ldosheva", on a keyboard without ʻ): read as the apostrophe ' that the rules know."""


def _one_script_per_word(text: str) -> str:
    """ "Ерлaн" with a Latin "a" is read as "Ерлан" (same length: offsets are kept)."""

    def fold(match: re.Match[str]) -> str:
        word = match.group()
        cyrillic = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
        latin = sum(1 for c in word if (c.isascii() and c.isalpha()) or c in "əƏ")
        if not cyrillic or not latin:
            return word
        table = _LATIN_TO_CYRILLIC if cyrillic >= latin else _CYRILLIC_TO_LATIN
        return "".join(table.get(c, c) for c in word)

    return _MIXED_WORD.sub(fold, text)


def fold(text: str) -> str:
    """``text`` in lower case for finding cue words, one character for one ("ß" stays "ß", not
    "ss"), so an offset found in it is an offset of ``text``."""
    lowered = text.casefold()
    if len(lowered) == len(text):
        return lowered
    return "".join(_fold_char(char) for char in text)


def stands_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is whole words: no letter or digit touches it on either side ("ave" in
    "leave" is not)."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def ends_with_words(text: str, phrase: str) -> bool:
    """``text`` ends with ``phrase`` as whole words ("… real name" ends with "name", not "ame")."""
    return text.endswith(phrase) and stands_alone(text, len(text) - len(phrase), len(text))


def _fold_char(char: str) -> str:
    for folded in (char.casefold(), char.lower()):
        if len(folded) == 1:
            return folded
    return char
