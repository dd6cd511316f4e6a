"""Names voice typing split into syllables, in Cyrillic.

Russian dictation software knows Russian words, not the region's names: it writes a name it does
not know as the pieces it hears, the first one with a capital as it does for a name ("Ба кыт
сказал", "Аза мат плакал", "так записываю Нурбек Асанов запятая Эр мек запятая …", "Мир лан
Турдубаев родился"). A short word with a capital and a lower-case word right after it that together
are a listed first name (4 letters and more) are that person:
- inside a sentence, where a word with a capital is a name (after "точка" or "запятая" said aloud);
- opening a sentence, only before a verb of a person, an honorific or a surname ("Ни на что не
  смотрит", "Я на работе" stay: "Нина" and "Яна" are names, "на" a word);
- in lower case, only before a verb of a person ("ба кыт сказал").
The pairs are found by patterns over the note (the lower-case one only before a verb); each is one
set look-up."""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer.name_rules.name_lists import SURNAME, first_names
from facilitator.anonymizer.name_rules.sentence_positions import starts_sentence
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton

_LOWER = "а-яёәғқңөұүһіўҳҷӣӯ"
_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ"
_PAIR = re.compile(rf"(?<![\w-])([{_UPPER}][{_LOWER}]{{0,3}}) ([{_LOWER}]{{2,7}})(?![\w-])")
"""A short word with a capital (a name's first syllable or two) and a lower-case word after it."""


@cache
def _lower_pair() -> re.Pattern[str]:
    """Two short lower-case Cyrillic words right before a verb of a person."""
    verbs = sorted(w for w in union("person_after") if w.isalpha() and not w.isascii())
    return re.compile(
        rf"(?<![\w-])([{_LOWER}]{{1,4}}) ([{_LOWER}]{{2,7}})(?= (?:{'|'.join(verbs)})(?![\w-]))"
    )


_NEXT_WORD = re.compile(r",? ([\w-]+)")
_LEAST = 4
"""Letters (of its skeleton) the joined name needs: "Яна", "Ия" are two words too often."""


@cache
def _strong_after() -> frozenset[str]:
    """Words after a name that say a person stands there: a verb of a person, an honorific."""
    return frozenset(w.casefold() for w in union("person_after", "honorifics"))


def _surname_after(text: str, end: int) -> int:
    """The end of a surname right after ``end`` ("Мир лан Турдубаев"), or ``end``."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(0)[0] != " " or SURNAME.match(after.group(1)) is None:
        return end
    return after.end()


def _person_follows(text: str, end: int) -> bool:
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in _strong_after()


def syllable_split_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each short word with a capital and the lower-case word after it that
    join into a listed first name where a name stands ("Эр мек запятая", "Ба кыт сказал"), with a
    surname right after it ("Мир лан Турдубаев")."""
    found = []
    for pattern, capital in ((_PAIR, True), (_lower_pair(), False)):
        for pair in pattern.finditer(text):
            first, second = pair.group(1), pair.group(2)
            key = skeleton(first + second)
            if len(key) < _LEAST or key not in first_names():
                continue
            end = _surname_after(text, pair.end())  # one span with it: "Бек жан Турдубаев"
            placed = end > pair.end() or _person_follows(text, pair.end())
            if placed or (capital and not starts_sentence(text, pair.start())):
                found.append((pair.start(), end, key))
    return found
