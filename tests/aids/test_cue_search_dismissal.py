"""F2 finds the cue for a participant who dismisses the session ("это всё ерунда", "бұл бос сөз",
"this is nonsense") as a facilitator types it, in everyday words, in each language.

The phrasings below were written from general knowledge of how young men brush a workshop off,
before the cue's own text was written, and are not copied from the cue files; the search gets
there with the cue's own words, stemming (Snowball) and its treatment of words common to many cues.
"""

from __future__ import annotations

import pytest

from facilitator.aids.cue_set import load_cue_set

DISMISSAL = "this-is-nonsense"
TOP = 3
"""The cue must be among the first few the panel lists: the facilitator picks it in two keys."""

PHRASINGS = {
    "ru": [
        "это всё ерунда",
        "ерунда какая-то",
        "чушь",
        "да это всё чушь",
        "бред",
        "пустая трата времени",
        "зачем нам это",
        "глупости",
        "ерунду говорите",
        "это всё фигня",
        "ничего это не изменит",
        "кому это нужно",
    ],
    "kk": [
        "бұл бос сөз",
        "бос сөз",
        "мұның бәрі бос сөз",
        "бекер уақыт",
        "уақытты босқа өткізу",
        "бұл ешкімге керек емес",
        "мағынасыз",
        "түкке тұрғысыз",
        "ақымақтық",
        "бос әңгіме",
        "бұның бәрі бекер",
        "не керек бұл",
    ],
    "en": [
        "this is nonsense",
        "this is all nonsense",
        "rubbish",
        "what a load of rubbish",
        "waste of time",
        "pointless",
        "this is stupid",
        "who cares",
        "it's all nonsense anyway",
        "why are we even doing this",
        "this is silly",
        "total waste of our time",
    ],
}
MUST_FIND = {
    "ru": ["это всё ерунда", "ерунда какая-то", "пустая трата времени", "ерунду говорите"],
    "kk": ["бұл бос сөз", "бос сөз", "мұның бәрі бос сөз", "уақытты босқа өткізу"],
    "en": ["this is nonsense", "this is all nonsense", "rubbish", "waste of time", "pointless"],
}
"""The phrasings the drive named, and the plainest of each language: each must find the cue. The
rest are counted (``hits``). Measured: before, 0 of 12 in each language (the search wanted every
word in one cue, and no cue had these words); now ru 7, kk 7, en 9. The misses are words no cue
has ("чушь", "глупости", "мағынасыз", "ақымақтық", "stupid", "silly"): no stemmer reaches them."""
HITS_AT_LEAST = 7

CUES = load_cue_set()


def found(query: str) -> bool:
    return DISMISSAL in CUES.search(query)[:TOP]


def hits(language: str) -> int:
    return sum(found(query) for query in PHRASINGS[language])


@pytest.mark.parametrize(
    ("language", "query"), [(language, q) for language, qs in MUST_FIND.items() for q in qs]
)
def test_the_named_phrasings_find_the_dismissal_cue(language: str, query: str) -> None:
    assert found(query), CUES.search(query)[:TOP]


@pytest.mark.parametrize("language", sorted(PHRASINGS))
def test_most_everyday_phrasings_find_it(language: str) -> None:
    assert len(PHRASINGS[language]) >= 10
    assert hits(language) >= HITS_AT_LEAST, [q for q in PHRASINGS[language] if not found(q)]


@pytest.mark.parametrize("query", ["фемин", "western idea", "батыс", "мама"])
def test_other_searches_do_not_bring_it_up(query: str) -> None:
    assert DISMISSAL not in CUES.search(query)[:TOP]
