"""A second opinion on single words: a small logistic model that reads a word, its letters' shape,
its endings, its neighbours and which of our lists hold it, and gives the chance it is part of a
person's name. It is trained on the development notes (scripts/train_token_model.py), never on the
held-out notes, and it only adds: a word it is fairly sure of that no rule removed is removed as
unsure (``MODEL_NAME``), so the review lists it first and the facilitator keeps it with one key.

The rules were written one failure at a time; what they miss on notes they have never seen is a long
tail of positions no rule names ("Кабан пришёл", "Джокер пришёл вовремя"). The model weighs the same clues
all at once, so it reaches some of that tail; docs/anonymization.md gives its figures, measured on
notes it was not trained on.

Features are hashed (crc32, ``DIMENSION`` buckets); the weights are one float32 array, zlib-packed,
in data/token_model.bin.
"""

from __future__ import annotations

import math
import re
import sys
import zlib
from array import array
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from importlib import resources

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.dictionary_readings import no_word_reads
from facilitator.anonymizer.name_rules.name_forms import pet_form_shapes
from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover

DIMENSION = 1 << 20
THRESHOLD = 0.84
"""Chosen on the development notes alone, each fifth of them read by a model trained on the other
four fifths (docs/anonymization.md, "A word model as a second opinion", "More notes to learn
from", "Countries kept", "Initials without a dot" and "Names that are words, asked of the model").
Below it, words our own tests keep came in: a capitalised word opening a sentence ("Iron is what
the poster was about", "Nobody's friend", "Қабылан (жыртқыш аң) …"). 0.8 until the model learnt
notes_bq to notes_bs and whether capitals mark names around a word (12,417 notes), which gave
"Қабылан" 0.826; out of fold on those notes, 0.83 finds 1 name of 19,995 fewer than 0.8 and keeps
the same phrases. 0.84 since the model learnt notes_cq to notes_ct (17,167 notes, notes_cp not
learnt: scripts/train_token_model.py), which gave "Iron is what the poster was about" 0.836; on
the development notes 0.84 finds 2 names of 29,146 fewer than 0.83 and keeps the same phrases."""
THRESHOLD_SMALL = 0.7
"""The same for a word in small letters, more often a word than a name ("красный бакен", "s velika";
"бөлме нұрға толы"). 0.9 until the model learnt notes_bk to notes_bp (11,667 notes), then 0.92
("бакен" had 0.905). With 13,917 notes the model is surer of its small words: out of fold (each
fifth read by a model trained on the other four), 0.7 finds 21 names of 22,667 more than 0.92 and
loses 1 phrase of 21,621 (a quoted question, "«әйел ақша тапса, …»", 0.744); 0.6 found 5 more and
lost 4 more (docs/anonymization.md, "Phones dictated in the region's languages; the word model's
bars again"). At 0.7 "бакен" would go: a word right after a Russian adjective is guessed no name
(anonymizer._qualified_thing)."""
THRESHOLD_NAME_WORD = 0.96
"""The bar for a name that is also a word ("азамат бүгін келмеді", "jasur yana kech qoldi", "ask
almas tmrw") in small letters, where no rule decided it; a capitalised one is left to the rules.
Chosen on the development notes alone (docs/anonymization.md, "Names that are words, asked of the
model"): out of fold on 12,417 notes, 6 names of 19,995 more and no phrase lost. Lower bars found
more and cost phrases our tests keep: 0.85 (and 0.95 capitalised) found 22 more and lost 11
phrases of 20,158, and "азаматқа құқық берілді" (0.949), "бақыттың кілті білімде" (0.885),
"Sultan endi murajaıda" (0.971)."""
THRESHOLD_UNKNOWN = 0.5
"""The bar for a word in small letters that no list holds and no dictionary reads ("ернияз",
"балғынбек": names the lists lack, typed fast). 0.7 until 13,917 notes: out of fold on them, 0.5
finds 9 names more and loses no phrase; 0.3 found 2 more and lost 1."""
CONTEXT = 12
"""How many words either side ``cased_around`` looks at."""
MODEL_FILE = "token_model.bin"

WORD = re.compile(r"\w+(?:['’`ʼ-]\w+)*")
_BREAK = re.compile(r"[.!?\n:]")
_UPPER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһіўҳҷӣӯ]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_RUNS = re.compile(r"(.)\1+")


@lru_cache(maxsize=65_536)
def shape(word: str) -> str:
    """X for a capital, x for a small letter, d for a digit, other characters as they are; runs of
    one kind folded ("Ерлан" -> "Xx", "ULAN" -> "X", "t.me" -> "x.x")."""
    out = []
    for char in word:
        if char.isdigit():
            out.append("d")
        elif char.isalpha():
            out.append("X" if char.isupper() else "x")
        else:
            out.append(char)
    return _RUNS.sub(r"\1", "".join(out))


def _script(word: str) -> str:
    if _CYRILLIC.search(word):
        return "c"
    return "l" if _LATIN.search(word) else "o"


@cache
def _lists() -> tuple[tuple[str, frozenset[str]], ...]:
    """The word lists by their letter in ``listed``."""
    return (
        ("K", lexicon.kazakh_skeletons()),
        ("E", frozenset(skeleton(w) for w in lexicon.english_words())),
        ("N", frozenset(skeleton(w) for w in lexicon.not_names())),
        ("W", lexicon.word_list("name_words.txt")),
        ("S", lexicon.word_list("surnames.txt")),
    )


@cache
def _places() -> frozenset[str]:
    return lexicon.places() | lexicon.word_list("cities.txt") | lexicon.region_places()


@cache
def listed(word: str) -> tuple[str, str]:
    """Whether ``word`` is a listed first name (itself, or its stem before an ending of up to four
    letters), and which of the word lists hold it: K Kazakh, E English, N never a name, W a name
    that is a word, S a surname."""
    names = first_names()
    key = skeleton(word)
    if key in names:
        as_name = "exact"
    else:
        as_name = next((f"stem{k}" for k in range(1, 5) if len(key) - k >= 3 and key[:-k] in names), "no")
    return as_name, "".join(letter for letter, words in _lists() if key in words)


@cache
def _name_openings() -> frozenset[str]:
    """The first two to six letters of each listed first name (skeletons)."""
    return frozenset(name[:size] for name in first_names() for size in range(2, 7) if len(name) > size)


@cache
def _a_title_or_pet_form(word: str) -> bool:
    """An honorific or title ("Mrs", "ағай"), or a Kazakh and Kyrgyz pet form, a name's opening and
    -ке/-еке ("Бауке", "Temireke"): the rules decide those by the roster and what stands around
    them, and leave one that is no participant's."""
    key = skeleton(word)
    if key in union("honorifics") or key in union("honorifics_before"):
        return True
    stem = key[:-3] if key.endswith("eke") else key[:-2] if key.endswith("ke") else ""
    return len(stem) >= 2 and (stem in _name_openings() or stem in first_names())


@cache
def _a_place(word: str) -> bool:
    """A listed place, town or city, itself or before a case ending of up to four letters."""
    places = _places()
    key = skeleton(word)
    return any(key[: len(key) - k] in places for k in range(5) if len(key) - k >= 4)


def may_be_name(word: str) -> bool:
    """The words the model is asked about at ``THRESHOLD``: capitalised, or a listed name in any
    case; never a single letter (a class's, an initial's: the rules read those), a listed place, nor
    a name that is also a word (name_words.txt: "Роман", "Азамат", "Umid"), which is asked at its
    own, higher bar (``a_name_word``)."""
    return _asked(word) and not a_name_word(word)


def _asked(word: str) -> bool:
    if len(word) < 2 or _UPPER.match(word) is None:
        return False
    as_name, _held = listed(word.casefold())
    return (word[0].isupper() or as_name != "no") and not _a_place(word) and not _a_title_or_pet_form(word)


@lru_cache(maxsize=65_536)
def unread_word(word: str) -> bool:
    """A word in small letters, four letters or more and no digit, that no list holds and no
    dictionary reads (``no_word_reads``): a name the lists lack, or a typo; asked at
    ``THRESHOLD_UNKNOWN``. Not a pet form ("бауке", "санжик", "мурик"): the session's rules make
    those the person whose name they shorten."""
    return (
        len(word) >= 4
        and word[0].islower()
        and not any(char.isdigit() for char in word)
        and not _asked(word)
        and not _a_place(word)
        and not _a_title_or_pet_form(word)
        and skeleton(word) not in pet_form_shapes()
        and no_word_reads(word.casefold())
    )


def a_name_word(word: str) -> bool:
    """A name that is also a word (name_words.txt: "Азамат", "Umid", "Дастан"): the rules decide it
    by what stands around it; where none did, the model is asked at ``THRESHOLD_NAME_WORD``."""
    return "W" in listed(word.casefold())[1]


def _opens_sentence(text: str, words: list[tuple[str, int, int]], index: int) -> bool:
    """``words[index]`` is the text's first word or a full stop, a line's end or a colon is before it."""
    return index == 0 or _BREAK.search(text[words[index - 1][2] : words[index][1]]) is not None


def cased_around(text: str, words: list[tuple[str, int, int]]) -> list[bool]:
    """For each word, whether its writer uses capitals for names near it: a capitalised word that
    opens no sentence within ``CONTEXT`` words either side, the word itself aside. Notes typed fast
    on a phone are all in small letters ("бүгін дастан өзі келіп"), where a small letter says
    nothing; one or two words in small letters amid capitalised names are more likely words."""
    marks = [0]
    for index, (word, _start, _end) in enumerate(words):
        marks.append(marks[-1] + int(word[0].isupper() and not _opens_sentence(text, words, index)))
    last = len(words)
    around = []
    for index in range(last):
        count = marks[min(last, index + CONTEXT + 1)] - marks[max(0, index - CONTEXT)]
        count -= marks[index + 1] - marks[index]
        around.append(count > 0)
    return around


def features(text: str, words: list[tuple[str, int, int]], index: int, cased: bool = True) -> list[int]:
    """The hashed features of ``words[index]`` (word, start, end) in ``text``; ``cased`` is
    ``cased_around``'s answer for it."""
    word, start, _end = words[index]
    low = word.casefold()
    before = words[index - 1][0] if index > 0 else "<s>"
    after = words[index + 1][0] if index + 1 < len(words) else "</s>"
    before2 = words[index - 2][0].casefold() if index > 1 else "<s>"
    after2 = words[index + 2][0].casefold() if index + 2 < len(words) else "</s>"
    gap = text[words[index - 1][2] : start] if index > 0 else "\n"
    opening = _opens_sentence(text, words, index)
    form = shape(word)
    as_name, held = listed(low)
    low_before, low_after = before.casefold(), after.casefold()
    names = (
        "b",
        "w=" + low,
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "p3=" + low[:3],
        "sh=" + form,
        f"init={int(opening)}|{form}",
        "pw=" + low_before,
        "nw=" + low_after,
        "pw2=" + before2,
        "nw2=" + after2,
        "ps3=" + low_before[-3:],
        "ns3=" + low_after[-3:],
        "psh=" + shape(before),
        "nsh=" + shape(after),
        "sc=" + _script(word),
        "gaz=" + as_name,
        f"gaz|sh={as_name}|{form}",
        "lists=" + held,
        f"lists|sh={held}|{form}",
        f"gaz|lists={as_name}|{held}",
        "pgaz=" + listed(low_before)[0],
        "ngaz=" + listed(low_after)[0],
        "gap=" + gap.strip()[:2],
        f"len={min(len(word), 12)}",
        f"pw|sh={low_before}|{form}",
        f"nw|sh={low_after}|{form}",
        f"cased|sh={int(cased)}|{form}",
        f"cased|lists={int(cased)}|{held}|{form[:1]}",
    )
    return [zlib.crc32(name.encode("utf-8")) % DIMENSION for name in names]


def words_of(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` with letters in them, as (word, start, end)."""
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(text) if _UPPER.search(m.group())]


@cache
def weights() -> array[float]:
    """The trained weights of data/token_model.bin (``unpacked``)."""
    packed = resources.files("facilitator.anonymizer").joinpath("data", MODEL_FILE)
    try:
        data = packed.read_bytes()
    except OSError:
        data = b""
    return unpacked(data)


def unpacked(data: bytes) -> array[float]:
    """``DIMENSION`` float32 weights from their zlib-packed bytes; all zero if the bytes are missing
    or damaged, so the model then adds nothing and the rules stand alone."""
    found = array("f")
    try:
        found.frombytes(zlib.decompress(data))
    except (zlib.error, ValueError):
        found = array("f")
    if len(found) != DIMENSION:
        return array("f", bytes(4 * DIMENSION))
    if sys.byteorder == "big":  # written little-endian
        found.byteswap()
    return found


def chance(features_of_word: list[int]) -> float:
    """The model's chance that a word with these features is part of a person's name."""
    table = weights()
    total = sum(table[index] for index in features_of_word)
    if total == 0.0:
        return 0.0  # no weights (a missing or damaged model file): no opinion, the rules stand alone
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def bar(word: str) -> float | None:
    """The chance at which the model's guess removes ``word``, or None where it is not asked:
    ``THRESHOLD`` for a capitalised word, ``THRESHOLD_SMALL`` for one in small letters,
    ``THRESHOLD_NAME_WORD`` for a name that is a word in small letters (a capitalised one is left to
    the rules), ``THRESHOLD_UNKNOWN`` for a word no dictionary reads (``unread_word``)."""
    if not _asked(word):
        return THRESHOLD_UNKNOWN if unread_word(word) else None
    if a_name_word(word):
        return None if word[0].isupper() else THRESHOLD_NAME_WORD
    return THRESHOLD if word[0].isupper() else THRESHOLD_SMALL


def likely_names(text: str, taken: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[int, int]]:
    """The (start, end) of each word in ``text`` the model gives at least its ``bar``, but for those
    overlapping a stretch of ``taken`` (found already: the model is not asked about them)."""
    words = words_of(text)
    cased = cased_around(text, words)
    found = Cover(taken)
    for index, (word, start, end) in enumerate(words):
        if found.overlaps(start, end):
            continue
        needed = bar(word)
        if needed is not None and chance(features(text, words, index, cased[index])) >= needed:
            yield start, end
