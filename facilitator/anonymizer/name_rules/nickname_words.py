"""Whether a word may be what a group calls a boy: one test for the rules that take an everyday
word as a nickname by what stands around it (a bracket with his real name, a dash, a verb of
speech after a thing's noun)."""

from __future__ import annotations

from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import a_listed_place, first_names
from facilitator.anonymizer.name_rules.person_words import (
    _a_relative,
    _grammar_words,
    _job_stems,
    _kin_nouns,
    _person_nouns,
)
from facilitator.anonymizer.name_rules.word_bases import base_of
from facilitator.anonymizer.profiles import cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton


def could_be_a_nickname(word: str, lower_ok: bool = False, quoted_speaker: bool = False) -> bool:
    """``word`` may be a person's nickname: three letters or more, capitalised (or, with
    ``lower_ok``, in small letters), not in capitals; not a relative, a kin word, a word for a person
    or how one is addressed ("мама", "братан", "бро"), a role, a job, a place, a heading's word, a
    word of grammar, a pronoun or a conjunction of the region's languages ("мен": Kazakh and Kyrgyz
    "I", to the Russian dictionary the genitive of "мена"), a public figure or a word that is never
    a name.

    With ``quoted_speaker`` (the word a note tagged as a quotation says is speaking), a place in small
    letters may be what a boy is called ("шелек: «…»": a place does not speak)."""
    lower = word.casefold()
    if len(word) < 3 or not (word[:1].isupper() or lower_ok) or word.isupper():
        return False
    if lower in union("label_words", "pronouns", "conjunctions", "honorifics", "address_kin"):
        return False
    if lower in lexicon.not_names() or lower in _kin_nouns():
        return False
    shape = skeleton(word)
    if shape in lexicon.public_people_for(word):
        return False  # "композитор Вагнер и Гитлер": a public figure
    if shape in _grammar_words() or _a_relative_by_its_letters(word):
        return False
    if base_of(word, _person_nouns(), min_inflected=3):
        return False
    if lower.startswith(_job_stems()):
        return False
    return (quoted_speaker and word[:1].islower()) or not a_listed_place(word)


def _a_relative_by_its_letters(word: str) -> bool:
    """A relative in any form (``_a_relative``), but not a listed first name that is no relative's
    word as written, only like one in its letters ("Женя" is no form of "жена")."""
    lower = word.casefold()
    if skeleton(word) in first_names() and lower not in _kin_nouns() and lower not in cue_phrases("kin"):
        return False
    return _a_relative(word)


@cache
def _bodies() -> frozenset[str]:
    return frozenset(skeleton(word) for word in union("organisations", "institutions") if " " not in word)


def names_a_body(word: str) -> bool:
    """``word`` is a form of a word for a body of people (the profiles' ``organisations`` and
    ``institutions``: "группа", "центр", "команда", "фонд"), which speaks and agrees as a person
    does ("Группа согласилась", "Центр ответил")."""
    return base_of(word, _bodies(), min_inflected=3) is not None
