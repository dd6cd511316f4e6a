"""A word the Russian dictionary reads only as a thing's or a beast's noun, written with a capital
twice or more in one note and never in small letters there: what the group calls a boy ("Пончик и
батон опоздали … Пончик потом весь день молчал", "Тюлень, Барсук и Кит — трое из одной школы. Кит
записывает всё"). Russian writes such a noun with a capital only at a sentence's start, so one of its
places must be inside a sentence or before a verb of speech. Not a place, a relative, a word for a
person, a heading's word, a public name, nor a word in quotes (a title: «Снежный ком»)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import a_listed_place
from facilitator.anonymizer.name_rules.name_sources import PLACED_NICKNAME
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname
from facilitator.anonymizer.name_rules.person_words import _relatives
from facilitator.anonymizer.name_rules.sentence_positions import OPENING_QUOTES, Token, tokens
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_RUSSIAN_WORD = re.compile(r"[А-ЯЁ][а-яё]{2,}")
_QUOTES = frozenset(OPENING_QUOTES)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def repeated_things(text: str, found: Sequence[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """The places of such words that no span of ``found`` nor a public name touches."""
    capitalised: dict[str, list[Token]] = defaultdict(list)
    small: set[str] = set()
    for token in tokens(text):
        if _RUSSIAN_WORD.fullmatch(token.text):
            capitalised[token.text].append(token)
        elif token.text.islower():
            small.add(token.text)
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    added: list[Span] = []
    for word, places in capitalised.items():
        if len(places) < 2 or word.casefold() in small:
            continue
        free = [t for t in places if not taken.overlaps(t.start, t.end)]
        if not any(not t.initial or _said_after(text, t.end) for t in free):
            # "Вопрос был: … Вопрос от Кайрата": a sentence's first word each time; "Кирилл Зима
            # пришёл … Зима у нас суровая": inside a sentence only in a name found already
            continue
        if any(text[t.start - 1 : t.start] in _QUOTES for t in places) or not _a_things_name(word):
            continue
        added += [
            Span(t.start, t.end, Kind.NAME, PLACED_NICKNAME, skeleton(word))
            for t in places
            if not taken.overlaps(t.start, t.end)
        ]
    return added


def _said_after(text: str, end: int) -> bool:
    """A verb of speech, of coming or of a person's doing right after the word ("Пончик показал")."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).casefold() in union("speech", "came", "person_after")


def _a_things_name(word: str) -> bool:
    """The dictionary knows ``word`` only as a thing or a beast, and it may be a nickname: no place,
    relative, word for a person, heading's word or public name (``could_be_a_nickname``)."""
    lower = word.casefold()
    known, _name, place = lexicon.russian(lower)
    if not known or place > 0 or not lexicon.russian_thing_or_beast(lower):
        return False
    if skeleton(word) in _relatives() or a_listed_place(word):
        return False
    return could_be_a_nickname(word)
