"""Names as English voice typing leaves them in a dictated note.

Dictation software knows English words and English names, not the region's names; it writes what it
hears, and the facilitator dictating often corrects it aloud. Two habits of such notes:

- **A name's ending heard as an English word** (``heard_endings``): the Turkic endings -bek, -bay,
  -jan, -gul come out as "back"/"beck", "by"/"bye", "john", "gull", and the rest of the name as a
  short English word before it ("Ali back", "New Beck", "I back" for Alibek, Nurbek, Aibek). Two
  words, the second one such an ending, that sound together like a name of the session are that
  person.
- **A self-correction** (``corrected_names``): "X sorry Y", "X — I mean Y", "X that's Y", '"X" = Y',
  where Y is a person's name found in the note and X, one or two words right before the cue, begins with Y's
  sounds ("Jasper sorry Jasurbek", "Oscar I mean Askar"): X is the dictation's spelling of Y, so it
  is that person too. Ordinary English stays: "pushed back sorry Timur said" (back is not Timur's
  sound), "sorry I was late", "I mean it" (no name after the cue).

Both compare a loose sound (``sound``): the skeleton, vowels as one, an "r" after a vowel dropped
(English ears lose it: "new" for "Nur", "Darren" for "Dauren"), "w" a vowel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span

HEARD_ENDINGS = {
    "back": "bek",
    "beck": "bek",
    "bake": "bek",
    "bek": "bek",
    "by": "bay",
    "bye": "bay",
    "buy": "bay",
    "bay": "bay",
    "john": "jan",
    "jon": "jan",
    "jan": "jan",
    "gull": "gul",
    "goal": "gul",
    "gul": "gul",
}
"""English words voice typing writes for a Turkic name's ending, and the ending they stand for."""

_FIRST_PART = 5
"""Letters at most of the word before a heard ending: a name's first syllable or two ("Ali", "new",
"I"), not an English verb or noun of a sentence ("pushed back")."""

_CUE_WORDS = r"sorry|I mean|I meant|or rather|that's|that is|no wait"
"""What a speaker says to correct herself: "Jasper sorry Jasurbek", "Oscar I mean Askar"."""


@cache
def _ending_pair() -> re.Pattern[str]:
    """A short word and a heard ending right before a verb of a person, a word of absence or a
    self-correction ("New Beck said", "Ali back sorry"): where a person stands, not "I back the
    plan", "the new back door"."""
    endings = "|".join(sorted(HEARD_ENDINGS, key=len, reverse=True))
    verbs = union("person_after", "absent_after")
    after = "|".join(sorted(w for w in verbs if w.isascii() and w.isalpha() and w not in _NOT_VERBS))
    return re.compile(
        rf"(?<![\w'’-])([A-Za-z]{{1,{_FIRST_PART}}}) ({endings})(?=,? (?:{after}|{_CUE_WORDS})(?![\w'’]))",
        re.IGNORECASE,
    )


_NOT_VERBS = frozenset({"from", "himself", "herself"})
"""Words of the profiles' ``person_after`` that follow a thing's noun as well ("back from")."""

_CORRECTION = re.compile(
    rf"\b(?:([A-Za-z]+) )?([A-Za-z]+)(?:,|[ \t]+[—–-])? (?:{_CUE_WORDS}),? (?=\w)",
    re.IGNORECASE,
)
"""One or two words, then a cue of a speaker correcting herself (maybe after a comma or a dash:
"Darren — I mean Dauren"), then (maybe) a name."""
_EQUATED = re.compile(r"[\"“'‘](?:([A-Za-z]+) )?([A-Za-z]+)[\"”'’][ \t]*=[ \t]*(?=\w)")
"""One or two words in quotation marks set equal to a name: a dictation's spelling the writer
corrects ('"Jan does" = Zhandos')."""

_CUES = ("sorry", "mean", "rather", "that", "wait", "=")
_SAME_SOUNDS = 3
"""Sounds (``sound``) a corrected word shares with the name at its start: "jas" of Jasper and
Jasurbek, "Vbk"… of "I back" and Aibek; fewer is chance ("so sorry Sanzhar")."""

_SOFT_C = re.compile(r"c(?=[eiy])")
_VOWELS = re.compile(r"[aeiouy]+")
_AFTER_VOWEL = re.compile(r"(?<=V)[rh]+")


@lru_cache(maxsize=10_000)
def sound(word: str) -> str:
    """``word`` as an English ear hears it, loosely: its skeleton with a "c" before e, i, y as "s",
    "ck"/"c"/"q" as "k", "z" as
    "s", "zh"/"dzh"/"j" as "j", "w" as "u", each run of vowels one "V", an "r" or "h" after a vowel
    dropped, a doubled sound once: "Darren", "Dauren" -> "dVn"; "new bek", "Nurbek" -> "nVbVk"."""
    shape = skeleton(word.replace(" ", "").replace("w", "u").replace("W", "u"))
    shape = _SOFT_C.sub("s", shape)  # "Ice cool" for Aisulu: a "c" before e, i, y is an "s"
    for old, new in (("dzh", "j"), ("zh", "j"), ("ck", "k"), ("c", "k"), ("q", "k"), ("z", "s")):
        shape = shape.replace(old, new)
    shape = _VOWELS.sub("V", shape)
    shape = _AFTER_VOWEL.sub("", shape)
    return re.sub(r"(.)\1+", r"\1", shape)


def heard_endings(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each short word and heard ending a space apart that sound together
    like one of ``names`` (the session's names): "Ali back" for Alibek."""
    folded = text.casefold()
    if not any(f" {ending}" in folded for ending in HEARD_ENDINGS):
        return []
    by_sound = {sound(name): name for name in names if len(name) >= 4}
    found = []
    for m in _ending_pair().finditer(text):
        first, ending = m.group(1), m.group(2)
        if not (first.islower() or first.istitle() or first == "I"):
            continue
        name = by_sound.get(sound(first + HEARD_ENDINGS[ending.casefold()]))
        if name is not None:
            found.append((m.start(), m.end(), name))
    return found


def corrected_names(text: str, spans: Sequence[Span]) -> list[tuple[int, int, Span]]:
    """(start, end, name's span) of the words a speaker corrected into a person's name found in
    ``text`` ("Jasper sorry Jasurbek": Jasper, with Jasurbek's span), where they begin with the
    name's sounds and with a capital, as voice typing writes what it took for a name ("I back",
    "Oscar"); no pronoun ("She sorry Shakhzod"), no lower-case word ("pushed back sorry Bekzod")."""
    folded = text.casefold()
    if not any(cue in folded for cue in _CUES):
        return []
    pronouns = union("pronouns")
    names = {span.start: span for span in spans if span.kind is Kind.NAME}
    found = []
    for m in (*_CORRECTION.finditer(text), *_EQUATED.finditer(text)):
        span = names.get(m.end())
        if span is None:
            continue
        name = sound(text[span.start : span.end].split()[0])
        # two words first ("Ali back"), then the last one alone ("Jasper")
        for start in (m.start(1), m.start(2)):
            words = text[start : m.end(2)].split() if start >= 0 else ()
            if not words or not words[0][:1].isupper() or any(w.casefold() in pronouns for w in words):
                continue
            heard = sound(text[start : m.end(2)])
            if len(heard) >= _SAME_SOUNDS and heard[:_SAME_SOUNDS] == name[:_SAME_SOUNDS]:
                found.append((start, m.end(2), span))
                break
    return found
