"""Kin of someone a note describes by a trade, a people or a house, in a small place: "the Uzbek
baker woman's daughter in Khantagy village", "ауылдағы наубайшы әйелдің қызы", "сын той продавщицы
из ларька у остановки в Коксу", "qishloqdagi novvoy ayolning qizi". In a village there is one Uzbek
baker woman, so her daughter is one person, though no role ("the imam") nor "the only" says so.

The describing words are in data/relatives.yaml (trades, peoples, persons, houses) and the
profiles' jobs and roles. The description is the kin word with the words that describe its
relative: before it, in the genitive, in Kazakh, Kyrgyz, Uzbek and English ("наубайшы әйелдің
қызы", "baker woman's daughter"); after it in Russian, English and Tajik ("сын той продавщицы",
"daughter of the Uzbek baker", "писари нонвой"). A trade, a people or a house must be among them:
"the woman's son" describes no one. Plural kin ("Uzbek women's daughters", "әйелдердің қыздары")
are no kin word of the profiles: a statement about many stays. The caller asks only in a sentence
that names a small place ("many fathers in the village work abroad" has no kin of a described one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

import yaml

from facilitator.anonymizer.profiles import cue_phrases
from facilitator.anonymizer.quasi_tails import OWNER

_WORD = re.compile(r"[^\W\d_][\w'’‘ʻ]*(?:-[\w'’‘ʻ]+)*")
_ASCII_ENDINGS = ("ning", "niń", "nyń", "dyń", "diń", "tyń", "tiń", "ı", "i", "y", "sy", "si", "ni", "ga")
_LINKS_AFTER = frozenset(
    {"the", "a", "an", "that", "this", "of", "local", "той", "этой", "местной", "местного", "нашей", "нашего"}
    | {"одной", "одного", "тамошней", "тамошнего"}
)
_MOST = 4
"""Words of a description on either side of the kin word."""


@cache
def _lists() -> dict[str, tuple[str, ...]]:
    text = (
        resources.files("facilitator.anonymizer")
        .joinpath("data", "relatives.yaml")
        .read_text(encoding="utf-8")
    )
    data = yaml.safe_load(text)
    lists = {
        key: tuple(str(w).casefold() for w in data[key]) for key in ("trades", "peoples", "persons", "houses")
    }
    lists["trades"] += cue_phrases("jobs") + cue_phrases("roles")
    return lists


@cache
def _kind(word: str) -> str:
    """ "trade", "people", "person", "house" or "" for one word (its parts, if hyphened: "узбечки-пекаря")."""
    lowered = word.casefold()
    if lowered.endswith(("'s", "’s")):
        lowered = lowered[:-2]
    for part in lowered.split("-"):
        for kind, stems in _lists().items():
            if any(_is(part, stem) for stem in stems if " " not in stem):
                return kind.rstrip("s") if kind != "peoples" else "people"
    return ""


def _is(word: str, stem: str) -> bool:
    if word == stem:
        return True
    if not word.startswith(stem):
        return False
    if stem.isascii():
        return len(stem) >= 4 and word[len(stem) :] in _ASCII_ENDINGS
    return len(word) - len(stem) <= 4


def kin_of_described(
    text: str, start: int, end: int, kin_words: Iterable[re.Match[str]]
) -> list[tuple[int, int]]:
    """(start, end) of each kin word with the words that describe its relative by a trade, a people
    or a house, in the sentence text[start:end]."""
    found = []
    for kin in kin_words:
        before = [m for m in _WORD.finditer(text, max(start, kin.start() - 80), kin.start())][-_MOST:]
        described: list[tuple[str, re.Match[str]]] = []
        for word in reversed(before):
            gap = text[word.end() : (described[0][1].start() if described else kin.start())]
            if gap.strip():
                break  # a comma or a dash ends the description
            kind = _kind(word.group())
            if not described and not (kind and OWNER.search(word.group())):
                break  # "наубайшы әйелдің қызы", "woman's daughter": the relative in the genitive
            if not kind:
                break
            described.insert(0, (kind, word))
        if any(kind in {"trade", "people", "house"} for kind, _word in described):
            found.append((described[0][1].start(), kin.end()))
            continue
        after: list[tuple[str, re.Match[str]]] = []
        last = kin.end()
        for word in _WORD.finditer(text, kin.end(), min(end, kin.end() + 80)):
            if text[last : word.start()].strip() or len(after) >= _MOST:
                break
            kind = _kind(word.group())
            if kind:
                after.append((kind, word))
            elif word.group().casefold() not in _LINKS_AFTER:
                break
            last = word.end()
        if any(kind in {"trade", "people", "house"} for kind, _word in after):
            found.append((kin.start(), max(word.end() for _kind_, word in after)))
    return found
