"""What a ``NameFinder`` knows of its roster and the lists (``FinderState``), which every pass reads:
the roster's names, short and pet forms, the listed names and places, a span for a found word, and
whether a word names a public figure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_forms import _nickname_of, _pet_forms
from facilitator.anonymizer.name_rules.name_lists import SURNAME, list_names, places
from facilitator.anonymizer.name_rules.namesakes import a_participant_there
from facilitator.anonymizer.name_rules.public_things import (
    _a_namesake,
    _came_after,
    _named_after,
    _public_form,
    _the_figures_first_name,
    honoured,
    initialled,
    not_the_figure,
)
from facilitator.anonymizer.name_rules.sentence_positions import Token, _beside, tokens
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span


class FinderState:
    def __init__(self, roster: Iterable[str] = (), use_lists: bool = True) -> None:
        self.roster: dict[str, str] = {}
        """skeleton of each roster word -> the key of its person (first word of the entry)."""
        self._short: dict[str, str] = {}
        """skeleton of a short form of a roster first name ("Слава") -> the key of its person."""
        for entry in roster:
            words = [t.text for t in tokens(entry)]
            if words:
                key = skeleton(words[0])
                for word in words:
                    self.roster[skeleton(word)] = key
                # "Вячеслав" on the roster is "Слава" in the notes (capitalised: see _match)
                for short in lexicon.diminutives().get(key, ()):
                    self._short.setdefault(skeleton(short), key)
        for short in list(self._short):
            if short in self.roster:
                del self._short[short]
        self._roster_bases = frozenset(self.roster)
        self._short_bases = frozenset(self._short)
        # a pet form that is a listed name ("Нұржан", "Эрик") is another person's name
        listed = list_names() if use_lists else frozenset()
        keys = frozenset(self.roster.values())
        # no roster, no pet forms (the union below copies the lists' tens of thousands of names)
        self._pets = _pet_forms(keys, self._roster_bases | self._short_bases | listed) if keys else {}
        """skeleton of a pet form made from a roster first name ("erjeke", "дико") -> its person."""
        self._pet_bases = frozenset(self._pets)
        self._use_lists = use_lists
        self._lists = list_names() if use_lists else frozenset()
        self._places = places()
        self._never: set[str] = set()
        self._maybe: set[str] = set()

    @property
    def list_bases(self) -> frozenset[str]:
        return self._lists

    def _nickname(self, shape: str) -> str:
        """ "Жаке", "Бауке", "Дәкемен", "Айка", "Нурчик", "Ботатай": a name's first syllable (a vowel
        and a glide too: Бау-, Ай-) and a diminutive (-ке/-ка, -ик, -ша, -чик, -тай), maybe a case."""
        return _nickname_of(shape, self._lists)

    def is_public(self, token: Token, before: Token | None, after: Token | None, text: str = "") -> bool:
        """A public figure ("Абая", "Dimash"), or a name in a public thing ("закон Салтанат")."""
        shape = skeleton(token.text)
        if text and shape in lexicon.card_brands():
            reach = max(0, token.start - 30)
            number_before = _CARD_NUMBER_BEFORE.search(text, reach, token.start)
            if number_before is not None or _CARD_NUMBER_AFTER.match(text, token.end):
                # "Humo 9860 1201 …", "корти Алиф 5058 …": a card's brand before its number, or in
                # brackets after it ("8600 3104 7721 5590 (Uzcard)")
                return True
        if _public_form(token.text, lexicon.public_people_for(token.text)):
            # "Абай Жумабаев из нашей группы": a public figure's first name before a surname not his
            # is a person named after him ("Абай Құнанбаев" is the poet); "Dımaş keldı", "Димаш бүгін
            # келмеді": a figure comes to no workshop, one of that name does
            return not (
                _named_after(token, after, text)
                or _came_after(text, token, after)
                or _a_namesake(token, before, after, text, self._lists)
                or not_the_figure(text, token.end)  # "Dimash (not the singer)": another of that name
                or initialled(text, token.end)  # "Димаш Б.": a participant with an initial
                or honoured(text, token.end)  # "Раҳмон ака", "Rahmon aka": the sports teacher
                or a_participant_there(token, before, text)  # "Манас 15 жашта", "сестра Томирис"
            )
        if base_of(token.text, lexicon.named_things()) is not None:
            near = {t.text.casefold() for t in (before, after) if t is not None}
            if near & lexicon.thing_words() or any(
                lexicon.normal_forms(word) & lexicon.thing_words() for word in near if not _is_latin(word)
            ):  # "закону Салтанат": the law in any case
                return True
        # "Мұхтар Әуезов", "Салтанат Нүкенова": a first name beside a public surname. A surname
        # beside one is not ("Jaqypov (Baıtursynov kóshesi)"), nor a first name with a case ending
        # before it: the case goes on the last word of a name ("Сұлтанға Бишімбаев ісінен").
        listed = base_of(token.text, self._lists)
        bare_after = after is not None and skeleton(after.text) in lexicon.public_people_for(after.text)
        kazakh_case = listed is not None and listed != shape and bare_after
        # the public name stands right beside it, or the word is in a quoted title beside it
        # («Джамиля» Айтматова, Абайдың «Адам бол»); "Qanat «Abaı …»" is not Qanat Abaı
        beside = [
            t
            for t in ((before,) if kazakh_case else (before, after))
            if t is not None and _beside(t, token, text)
        ]
        return (
            any(
                t.capitalised
                and _public_form(t.text, lexicon.public_people_for(t.text))
                and _the_figures_first_name(
                    token.text, t.text, t is after and text[token.end : t.start] == " "
                )
                for t in beside
            )
            and shape not in self._roster_bases
            and not SURNAME.match(token.text)
        )

    def public_spans(self, text: str) -> list[tuple[int, int]]:
        """Words of ``text`` that name public figures or public things (kept, even if NER says PER)."""
        words = list(tokens(text))
        found = []
        for index, token in enumerate(words):
            before = words[index - 1] if index else None
            after = words[index + 1] if index + 1 < len(words) else None
            if base_of(token.text, self._roster_bases, min_inflected=3) is None and self.is_public(
                token, before, after, text
            ):
                found.append((token.start, token.end))
        return found

    def _span(self, token: Token, source: str, base: str) -> Span:
        return Span(token.start, token.end, Kind.NAME, source, self.roster.get(base, base))


_CARD_NUMBER_AFTER = re.compile(
    r"(?:[ \t]+[^\W\d_]+){0,2}?[ \t]*[:–-]?[ \t]*\d{4}[ \t-]?\d{4}[ \t-]?\d{4}", re.IGNORECASE
)
"""A card's number a word or two on ("Humo | karta 9860 1201 3345 8876", "Алиф | 5058 2701 …")."""
_CARD_NUMBER_BEFORE = re.compile(r"\d{4}[ \t-]?\d{4}[ \t-]?\d{4}[ \t-]?\d{4}[ \t]*[(,–-]?[ \t]*\Z")
"""A card's sixteen digits right before, maybe a bracket or a comma between ("5590 (Uzcard)")."""
