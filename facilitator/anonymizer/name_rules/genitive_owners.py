"""A name in the Turkic genitive opening a sentence or a clause, right before a relative or what a
person owns: "Аянның анасы …", "Dıastyń nómiri 8701…", "Жалғастың телеграмы t.me/…", Karakalpak
"Өтегенниң әкеси …". The word before the genitive ending is a listed first name, though it is also
a word of the dictionary (жалғас: a sequel; өтеген: paid): a word would own no mother, no number and
no account. Capitalised only (a lower-case word in that position is the second look's, unsure).
So is a listed first name opening a clause before a dash or a colon and a document's word ("Өтеген —
паспорт AB…", "Жалғас: ИИН …"), as a list of who brings which paper is written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.grammar_forms import _GENITIVE
from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.name_rules.name_sources import PERSON_PLACE
from facilitator.anonymizer.name_rules.person_words import _relatives
from facilitator.anonymizer.name_rules.sentence_positions import _CLAUSE_OPENERS
from facilitator.anonymizer.profiles import cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_KARAKALPAK = ("ниң", "диң", "тиң")
"""The Karakalpak genitive after a front vowel, written with "и" ("Өтегенниң", "Бердақтың")."""
_ENDINGS = tuple(sorted({*_GENITIVE, *_KARAKALPAK}, key=len, reverse=True))
_OWNER = re.compile(
    r"(?<![\w'’-])((?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎ])[^\W\d_]{2,}(?:" + "|".join(_ENDINGS) + r"))[ \t]+([^\W\d_]+)",
    re.IGNORECASE,
)
_LEAST = 3
"""Letters the name needs before its ending: "Аян" and more."""


@cache
def _owned() -> frozenset[str]:
    """Words for what a person owns or a relative, in lower case."""
    return frozenset(w.casefold() for w in union("owned_after", "person_before")) | frozenset(
        cue_phrases("kin")
    )


def _opens(text: str, start: int) -> bool:
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    return not opening or opening[-1] in _CLAUSE_OPENERS


def genitive_owner_spans(text: str, found: list[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """The names in the genitive before a relative or a thing of a person, opening their clause,
    that no span of ``found`` or public name touches (unsure: removed, reviewed first)."""
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    added = []
    for owner in _OWNER.finditer(text):
        word, owned = owner.group(1), owner.group(2)
        if not owned.islower() or taken.overlaps(owner.start(1), owner.end(1)):
            continue
        if owned.casefold() not in _owned() and skeleton(owned) not in _relatives():
            continue
        lower = word.casefold()
        ending = next(e for e in _ENDINGS if lower.endswith(e))
        base = word[: len(word) - len(ending)]
        key = skeleton(base)
        if key in lexicon.public_people_for(base):
            continue  # "Abaıdyń anasy", "Áýezovtiń romany": a public figure's
        if (
            len(base) >= _LEAST
            and _opens(text, owner.start(1))
            and (key in first_names() or (_a_russian_noun(base) and _a_relative(owned)))
        ):
            # "Утюгтің шешесі хабарласты": a Russian noun with a Kazakh genitive owns no mother; a
            # boy called so does (not "Автобустың нөмірі", "Мектептің директоры")
            added.append(Span(owner.start(1), owner.end(1), Kind.NAME, PERSON_PLACE, key))
    return added


def _a_russian_noun(base: str) -> bool:
    """The Russian dictionary knows ``base`` (Cyrillic) as a thing's or a being's noun
    only."""
    lower = base.casefold()
    if not lower.isalpha() or lower.isascii() or not lexicon.russian(lower)[0]:
        return False  # "Досымның інісі": a Kazakh word (my friend), which the Russian dictionary only guesses
    return lexicon.russian_thing_or_beast(lower)


@cache
def _trades() -> frozenset[str]:
    return frozenset(skeleton(w) for w in (*cue_phrases("jobs"), *cue_phrases("roles")))


def _a_relative(owned: str) -> bool:
    """A relative's word (no job's nor role's: "директоры", "мұғалімі" belong to a school too)."""
    shape = skeleton(owned)
    return shape in _relatives() and not any(
        shape.startswith(trade) for trade in _trades() if len(trade) >= 4
    )


_BEFORE_PAPERS = re.compile(
    r"(?<![\w'’-])((?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎ])[^\W\d_]{2,})[ \t]*[—–:-][ \t]*([^\W\d_][\w.-]*)"
)


@cache
def _papers() -> frozenset[str]:
    """The profiles' words for a document, and the IIN's and PINFL's names, in lower case."""
    return frozenset(w.casefold().rstrip(".") for w in cue_phrases("document_cues")) | {
        "иин",
        "жсн",
        "пинфл",
        "pinfl",
    }


def named_before_papers(text: str, found: list[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """A listed first name opening its clause right before a dash or a colon and a document's word
    ("Өтеген — паспорт AB4927905"), that no span of ``found`` or public name touches."""
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    added = []
    for named in _BEFORE_PAPERS.finditer(text):
        word = named.group(1)
        if named.group(2).casefold().rstrip(".") not in _papers() or taken.overlaps(*named.span(1)):
            continue
        key = skeleton(word)
        if (
            key in first_names()
            and key not in lexicon.public_people_for(word)
            and _opens(text, named.start(1))
        ):
            added.append(Span(named.start(1), named.end(1), Kind.NAME, PERSON_PLACE, key))
    return added
