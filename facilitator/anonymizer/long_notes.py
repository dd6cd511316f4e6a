"""A note too long to be one typed in a session, read the strict way: every word no dictionary reads
as an ordinary word is removed.

A facilitator types a few thousand characters in a workshop, a few tens of thousands in a long
day. A note of more than LONG_NOTE characters is something else: a chat's export, a document or a
log pasted by mistake. Reading it word by word in context (the name finder, the neural model, the
descriptions) takes minutes for ten megabytes; the strict reading takes seconds and removes far more
(though not all the usual reading finds: a nickname that is an everyday word in small letters, the
words of a description): what it keeps is a word a dictionary knows (English, Russian, Kazakh),
spelt in lower case or opening a sentence, that no name list holds in any of its forms. Every
number goes, every capitalised word inside a sentence (a name, a place, a brand), every word of a
name list ("роман" as the name and as the novel alike), every word the dictionaries do not know (a
name with a case ending, a handle, a word with a look-alike letter or a zero-width character in it).
The removals are not reviewed one by one: the review says the note was read this way.

Cutting a note into its words needs no dictionary (the app's process does it); deciding on each
distinct word does (a worker process, where the dictionaries are loaded).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import cache
from typing import TYPE_CHECKING

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.normalize import _FORMAT_RANGES, _INVISIBLE, INVISIBLE
from facilitator.anonymizer.spans import Kind, Span
from facilitator.anonymizer.spoken import NUMBER_WORDS

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

LONG_NOTE = 1_000_000
"""Characters from which a note is read the strict way (about 400 pages: no note typed in a session)."""
LONG = "long"
"""The source of the spans of a note read the strict way."""
REMOVED = "[…]"
"""What the report prints for each of them, in every language (the report says why, once)."""


def read_strictly(text: str) -> bool:
    """Whether ``text`` is a note too long to be one typed in a session, read the strict way; such a
    note takes no part in the session's coreference: its removals are already all it needs."""
    return len(text) >= LONG_NOTE


_LETTERS = r"(?:[^\W_]++|[" + _FORMAT_RANGES + "])++"
"""Letters and digits, with any invisible character among them: a run of letters at a time (a
letter at a time took half as long again over a 10 MB note)."""
_LINK = r"(?<!\S)[^\s@/]*+[@/]\S*+"
"""A stretch between spaces with "@" or "/" in it (an e-mail, a handle, a link: "t.me/bekzat_01,"):
one word, which no dictionary knows."""
_WORD = re.compile(rf"({_LINK}|{_LETTERS}(?:['’ʼ‘`-]{_LETTERS})*+)")
"""A word: letters and digits, with an apostrophe or a hyphen inside ("o'g'li", "Кок-Арт"), and any
invisible character inside it (a zero-width space in "Ер<U+200B>лан"), which no dictionary knows: the
note is read as typed, not normalised; or a ``_LINK``."""
_PLAIN_WORD = re.compile(rf"({_LINK}|[^\W_]+(?:['’ʼ‘`-][^\W_]+)*)")
"""``_WORD`` in a note with no invisible character (twice as fast)."""
_OPENING = " \t\"'«»“”„‘’()[]*•–—-"
"""What may stand between a sentence's end and its first word (spaces, quotes, a dash, a bullet)."""
_ENDS = frozenset("\n.!?…:;")
_LINE_END = re.compile("\n")
_ABBREVIATION = 3
"""Letters at most of a word whose full stop is an abbreviation's, not a sentence's end."""
_JOINED = 3
"""Characters at most between two removed words, none a line end, for them to be one removal."""
_SELF = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d"})
"""English words written with a capital anywhere."""

Key = str
"""A word as written; a capitalised word that opens a sentence with a line end before it (no word
holds one): "\nРоман" opens a sentence, "Роман" does not."""
_OPENS = "\n"


class StrictReading:
    """A long note cut into its words: which words it holds (``words``), and, once each is decided
    (kept or not: ``kept_word``, in a worker process), the stretches removed (``spans``). Cutting
    needs no dictionary, so the app's process cuts while workers decide."""

    def __init__(self, text: str) -> None:
        cut = _WORD if _INVISIBLE.search(text) else _PLAIN_WORD
        self._text = text
        self._parts = cut.split(text)  # a gap, a word, a gap, …, a gap
        gaps, words = self._parts[0::2], self._parts[1::2]
        self._keys: list[Key] = list(words)
        self._every: set[Key] | None = None
        for index in [i for i, word in enumerate(words) if word[0].isupper()]:  # asked only of these
            if _opens(gaps[index], words[index - 1] if index else ""):
                self._keys[index] = _OPENS + words[index]

    def words(self) -> set[Key]:
        """Every distinct word of the note that may stay (``may_stay``), for a dictionary to decide on."""
        return {key for key in self._distinct() if may_stay(key)}

    def _distinct(self) -> set[Key]:
        if self._every is None:
            self._every = set(self._keys)
        return self._every

    def spans(self, kept: Set[Key]) -> list[Span]:
        """The removals: each run of words not in ``kept`` one span (kind QUASI, source LONG), joined
        over a gap of at most _JOINED characters within a line; an honorific right after a removed
        word goes with it ("[…] апай", "[…] opa" would say who is meant)."""
        import numpy as np

        parts, keys = self._parts, self._keys
        stays = np.frombuffer(bytearray(map(kept.__contains__, keys)), dtype=bool)
        titles = {key for key in kept if _honorific(key)}
        for index in _where(titles, keys):
            if index and not stays[index - 1] and _joins(parts[2 * index]):
                stays[index] = False
        # a phone said in words ("восемь семьсот семь …", "plus nine nine six …"): a run of numbers
        numbers = {key for key in self._distinct() if _number_word(key)}
        run: list[int] = []
        for index in [*_where(numbers, keys), -2]:
            if run and index == run[-1] + 1 and _joins(parts[2 * index]):
                run.append(index)
                continue
            if len(run) >= _SAID_NUMBER:
                stays[run] = False
            run = [index]
        return _removals(self._text, parts, stays)


def _where(among: Set[Key], keys: list[Key]) -> list[int]:
    """Where in ``keys`` a key of ``among`` stands, in order."""
    import numpy as np

    if not among:
        return []
    return np.flatnonzero(np.frombuffer(bytes(map(among.__contains__, keys)), dtype=bool)).tolist()


def _removals(text: str, parts: list[str], stays: NDArray[np.bool_]) -> list[Span]:
    """The spans of the words of ``parts`` (a gap, a word, …, a gap: ``StrictReading``) that do not
    stay, a run of them over gaps that join (``_joins``) one span; worked out on arrays (a loop over
    each word of a 10 MB note took two seconds after the workers had finished)."""
    import numpy as np

    words = len(stays)
    if stays.all():
        return []
    # where each part starts and ends: part 2i is the gap before word i, part 2i + 1 the word
    bounds = np.zeros(len(parts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)), out=bounds[1:])
    removed = ~stays
    # the gap before word i joins it to word i - 1: short, and no line ends in it (no word holds one)
    joins = (bounds[1::2] - bounds[0:-1:2])[:words] <= _JOINED
    lines = np.fromiter((m.start() for m in _LINE_END.finditer(text)), dtype=np.int64)
    gaps = (np.searchsorted(bounds, lines, side="right") - 1) // 2  # every line end is in a gap
    joins[gaps[gaps < words]] = False
    joined = removed.copy()
    joined[1:] &= removed[:-1] & joins[1:]
    joined[0] = False
    firsts = np.flatnonzero(removed & ~joined)
    lasts = np.flatnonzero(removed & ~np.append(joined[1:], False))
    return [
        Span(start, end, Kind.QUASI, LONG)
        for start, end in zip(bounds[2 * firsts + 1].tolist(), bounds[2 * lasts + 2].tolist(), strict=True)
    ]


def _number_word(key: Key) -> bool:
    """A number, in figures or in words ("семьсот", "double", "plus")."""
    word = key.removeprefix(_OPENS)
    if not word.isalpha() and any(c.isdigit() for c in word):  # letters alone hold no digit
        return True
    return word.casefold() in NUMBER_WORDS


_SAID_NUMBER = 4
"""Numbers in a row (in words or figures) that are read as one said aloud (a phone), and removed."""


def _joins(gap: str) -> bool:
    """Two removed words with ``gap`` between them are one removal."""
    return len(gap) <= _JOINED and "\n" not in gap


def _honorific(key: Key) -> bool:
    """A word for a person that follows a name, in any case form ("апайдың", "opadan", "ağaı";
    ``name_spans._honorific_form``)."""
    from facilitator.anonymizer.name_rules.name_spans import _honorific_form
    from facilitator.anonymizer.skeleton import skeleton

    return not key.startswith(_OPENS) and _honorific_form(skeleton(key))


def _opens(gap: str, before: str) -> bool:
    """Whether a word after ``gap`` (what stands between it and the word ``before``; none at the
    note's start) opens a sentence. A full stop after a word of three letters or fewer ends none:
    "ул. Абая", "с. Талгар", "Ж. Сапаров" (a sentence that does end so costs its next word)."""
    rest = gap.rstrip(_OPENING)
    if not rest:
        return not before
    return rest[-1] in _ENDS and not (rest[-1] == "." and len(before) <= _ABBREVIATION)


def long_note_spans(text: str) -> list[Span]:
    """The removals of a long note read the strict way (see the module), in this process: the
    dictionaries are loaded here."""
    reading = StrictReading(text)
    return reading.spans(set(kept_words(reading.words())))


def kept_words(keys: Iterable[Key]) -> list[Key]:
    """Those of ``keys`` that stay (``kept_word``): asked of a worker process, its dictionaries loaded."""
    return [key for key in keys if kept_word(key)]


def may_stay(key: Key) -> bool:
    """What ``kept_word`` asks first, with no dictionary: no digit nor invisible character, and in
    lower case or opening a sentence."""
    word = key.removeprefix(_OPENS)
    # letters alone hold no digit, no invisible character (a format character is no letter), no @ or /
    if not word.isalpha() and any(c.isdigit() or c in INVISIBLE or c in "@/" for c in word):
        return False
    return not word[0].isupper() or key.startswith(_OPENS) or word.casefold() in _SELF


def kept_word(key: Key) -> bool:
    """Whether a word (``Key``) stays in a note read the strict way: a word of a dictionary, with no
    digit, in lower case or opening a sentence, that is no form of a listed name."""
    from facilitator.anonymizer.coreference import ordinary_word
    from facilitator.anonymizer.name_rules.name_lists import written_like_a_name

    if not may_stay(key):
        return False
    word = key.removeprefix(_OPENS)
    lower = word.casefold()
    if not ordinary_word(lower):
        return False
    if key.startswith(_OPENS) and len(word) > 2 and (_name_or_place(word) or _pet_form(word)):
        # a capital that opens a sentence may be a name's ("Сейфуллина", "Makhabatnyń", "Кочкор"):
        # a form of any listed name or place goes, a word or not ("Машина", "Жаңа")
        return False
    if lower.isascii() and lower in lexicon.english_words():
        # an English word is a name only as a name is spelt ("mark", "bill"): "to" is no "То"
        return lower not in _ascii_names()
    return not written_like_a_name(lower)


def _name_or_place(word: str) -> bool:
    """``word`` (capitalised) is a form of a listed name or place, or a small place of the region."""
    from facilitator.anonymizer.name_rules.name_lists import list_names, places
    from facilitator.anonymizer.name_rules.word_bases import base_of

    return any(
        base_of(word, known) is not None for known in (list_names(), places(), lexicon.region_places())
    )


def _pet_form(word: str) -> bool:
    """A capitalised word that may be a name, a pet form or a Russian name in a case: four letters
    in -ке ("Саке", "Жаке"), or a word the Russian dictionary reads as a name at times ("Льву")."""
    lower = word.casefold()
    if len(lower) == 4 and lower.endswith(("ке", "ke")):
        return True
    share = lexicon.russian_word_name_share(lower) if not lower.isascii() else None
    return share is not None and share >= _NAME_AT_TIMES


_NAME_AT_TIMES = 0.1
"""The share of a word's Russian readings that are a name from which a sentence's first word goes."""


@cache
def _ascii_names() -> frozenset[str]:
    """Every listed first name and surname as ASCII spells it, lower case."""
    from facilitator.anonymizer.kazakh_spellings import to_ascii
    from facilitator.anonymizer.name_rules.name_lists import _list_lines

    return frozenset(to_ascii(name).casefold() for name in _list_lines())
