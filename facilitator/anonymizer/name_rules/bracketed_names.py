"""A word explained by a full name in brackets right after it ("Кот (Котов Лёва) и Гусь", "Шмель
(Артём Шмелёв) опоздал"): the facilitator gives a nickname its owner, so the word is that person,
under the same key, though it is a word of the dictionary. The brackets hold the found name and
nothing else (two words at least, or a name and an initial). Not a relative, a word for a person,
a role or a job ("Отчим (Голубев Н.)", "Директор (Иванова А.)"), a place ("Токмок (Венера
Ивановна)"), a heading's word, a pronoun, a word of grammar or a public name.

names.py asks it after the second look.
"""

from __future__ import annotations

import re

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import places
from facilitator.anonymizer.name_rules.person_words import _a_relative, _grammar_words, _person_nouns
from facilitator.anonymizer.name_rules.word_bases import base_of
from facilitator.anonymizer.profiles import cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

NICKNAME_BRACKETED = "nickname-bracketed"
_BRACKETED = re.compile(r"(?<![\w-])(?P<word>[^\W\d_][\w'’-]*)[ \t]*\((?P<inside>[^()\n]{3,60})\)")
_PART = re.compile(r"[^\W\d_][\w'’.-]*")


def bracketed_nicknames(text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
    """The words right before a bracket that holds only a name found (see the module)."""
    if "(" not in text:
        return []
    names = sorted((s for s in found if s.kind is Kind.NAME), key=lambda s: s.start)
    taken = Cover([(s.start, s.end) for s in found])
    in_public = Cover(public)
    added: list[Span] = []
    for bracket in _BRACKETED.finditer(text):
        parts = list(_PART.finditer(text, bracket.start("inside"), bracket.end("inside")))
        if len(parts) < 2 or text[bracket.start("inside") : bracket.end("inside")].strip(" \t") != text[
            parts[0].start() : parts[-1].end()
        ]:
            continue  # one word, or more than a name ("(Иван, 16 лет)")
        inside = [n for n in names if bracket.start("inside") <= n.start and n.end <= bracket.end("inside")]
        covered = Cover([(n.start, n.end) for n in inside])
        if not inside or not all(p.start() in covered for p in parts):
            continue
        start, end = bracket.span("word")
        word = bracket.group("word")
        if start in taken or start in in_public or not _a_nickname(word):
            continue
        added.append(Span(start, end, Kind.NAME, NICKNAME_BRACKETED, inside[0].key))
    return added


def _a_nickname(word: str) -> bool:
    """``word`` may be a person's nickname: capitalised, not in capitals, no relative, word for a
    person, role, job, place, heading's or grammar word, pronoun or word that is never a name."""
    lower = word.casefold()
    if len(word) < 3 or not word[:1].isupper() or word.isupper():
        return False
    if lower in union("label_words") or lower in union("pronouns") or lower in lexicon.not_names():
        return False
    shape = skeleton(word)
    if shape in _grammar_words() or _a_relative(word) or base_of(word, _person_nouns(), min_inflected=3):
        return False
    if any(lower.startswith(stem) for stem in (*cue_phrases("roles"), *cue_phrases("jobs")) if len(stem) >= 4):
        return False
    return base_of(word, places()) is None and base_of(word, lexicon.region_places()) is None
