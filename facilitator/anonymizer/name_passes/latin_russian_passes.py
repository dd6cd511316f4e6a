"""The finder's passes over Russian typed in Latin letters: the names in it, and its common words
taken back from what the lists found."""

from __future__ import annotations

import bisect

from facilitator.anonymizer.name_passes.finder_state import FinderState
from facilitator.anonymizer.name_rules.latin_russian import (
    _CLAUSE_MARK,
    _latin_relative,
    _latin_russian_common,
    _latin_russian_note,
    _latin_russian_verb,
    _latin_sentences,
    _russian_word_in_latin,
)
from facilitator.anonymizer.name_rules.name_lists import _name_in_russian, _name_word_base
from facilitator.anonymizer.name_rules.name_sources import NAME_SHAPE, PERSON_PLACE
from facilitator.anonymizer.name_rules.person_positions import _AGE
from facilitator.anonymizer.name_rules.sentence_positions import TOKEN, Token, _opens_clause, starts_sentence
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Span


class LatinRussianPasses(FinderState):
    def _russian_in_latin(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
    ) -> list[Span]:
        """In a sentence of Russian typed in Latin letters (``_latin_russian_sentence``), a lower-case
        word that no rule has found is a person: before a verb of a person ("adilet privel",
        "kuba skazal"), after a verb whose object is a person ("privel kubu"), unless the profiles'
        ``latin_not_persons`` ("mama skazala", "privel druga"); a listed name, or a form of one with a
        Latin case ending ("adiletu bylo", "u adileta"), after "u", "s", "k" or before such a verb, or
        inflected anywhere in it, unless it is a Russian word ("roman", "vera"). Unsure: removed, and
        reviewed first."""
        if not self._use_lists:
            return []
        taken = Cover([(s.start, s.end) for s in found])
        in_public = Cover(public)
        verbs, objects = union("latin_person_verbs"), union("latin_object_verbs")
        before, not_persons = union("latin_person_before"), union("latin_not_persons")
        function = union("latin_function_words", "latin_weak_words")
        added: list[Span] = []
        for sentence in _latin_sentences(text, words, _latin_russian_note(text)):
            for index, (start, end, word) in enumerate(sentence):
                lower = word.casefold()
                if not word.islower() or len(word) < 3 or start in taken or start in in_public:
                    continue
                if lower in function or lower in verbs or "-" in word or lower in not_persons:
                    continue  # "sam ugovarivaet" (he himself), though Sam is a name
                nxt = sentence[index + 1][2].casefold() if index + 1 < len(sentence) else ""
                prev = sentence[index - 1][2].casefold() if index > 0 else ""
                glued = index + 1 < len(sentence) and text[end : sentence[index + 1][0]] == " "
                base, inflected = self._latin_russian_name(lower)
                # a verb of the subject right after it, or after one filler ("adilet tozhe skazal",
                # "bolat i timur skazali"): found by the dictionary, not only the profiles' list
                acts = glued and (nxt in verbs or _latin_russian_verb(nxt))
                # and after two ("miras opyat ne prishel")
                for filler in (1, 2):
                    if acts or index + filler + 1 >= len(sentence):
                        break
                    if sentence[index + filler][2].casefold() not in function:
                        break
                    acts = _latin_russian_verb(sentence[index + filler + 1][2].casefold())
                # after a relative in Latin letters ("kredit na mamu saule", "sestru aizhan")
                kin = base is not None and prev not in function and _latin_relative(prev)
                if base is not None and (inflected or prev in before or acts or prev in objects or kin):
                    added.append(self._span(Token(start, end, word), PERSON_PLACE, base))
                    continue
                # a short stem's case form ("dime", "s ayanom", "andreyu") only where a person stands:
                # after "s", "u", "k", right before a verb of a person, or before an age ("dime 16")
                short = None if base is not None else self._latin_russian_short_name(lower)
                aged = _AGE.match(text, end) is not None
                said = glued and (nxt in verbs or _latin_russian_verb(nxt))
                if short is not None and (prev in before or said or prev in objects or aged):
                    added.append(self._span(Token(start, end, word), PERSON_PLACE, short))
                    continue
                if len(word) < 4 or _russian_word_in_latin(lower):
                    continue
                speaks = glued and nxt in verbs and (_opens_clause(text, start) or prev in function)
                if speaks or prev in objects:
                    accusative = prev in objects and lower.endswith("u")  # "privel kubu": Kuba
                    key = skeleton(lower[:-1] + "a") if accusative else skeleton(lower)
                    added.append(self._span(Token(start, end, word), NAME_SHAPE, key))
        return added

    def _without_latin_russian_words(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span]
    ) -> list[Span]:
        """In a sentence of Russian typed in Latin letters, a capitalised word that no list holds as
        a name, found only for its capital, is a Russian word once put in Cyrillic where it opens the
        sentence ("Otpravit' otchet", "Otmetit' kak vybyl"; not "sestru Lenu" inside one), or a place
        after a preposition of
        place ("rabotaet v Seule", "priehal iz Turcii"; the profiles' ``latin_place_before``): not a
        person."""
        by_start = {s.start: s for s in found if s.source in ("capitalised", "capitalised-start")}
        if not by_start:
            return found
        places_before = union("latin_place_before")
        # "Ostalnoe potom.", "Zhaloby: 3", "Poetomu perenesli": a Latin word opening a sentence or a
        # line, no name of a list, that put back in Cyrillic is a Russian word, in a sentence too
        # short to count its Russian function words
        dropped = {
            s.start
            for s in by_start.values()
            if s.source == "capitalised-start"
            and _is_latin(text[s.start : s.end])
            and TOKEN.fullmatch(text, s.start, s.end) is not None
            and base_of(text[s.start : s.end], self._lists) is None
            and _name_word_base(text[s.start : s.end]) is None
            and _russian_word_in_latin(text[s.start : s.end].casefold())
        }
        for sentence in _latin_sentences(text, words):
            for index, (start, end, word) in enumerate(sentence):
                span = by_start.get(start)
                if span is None or span.end != end or not word[:1].isupper() or word.isupper():
                    continue
                lower = word.casefold()
                if base_of(word, self._lists) is not None or _name_word_base(word) is not None:
                    continue
                prev = sentence[index - 1][2].casefold() if index > 0 else ""
                opening = starts_sentence(
                    text, start
                )  # a capital inside one is the writer's own: "sestru Lenu"
                if (opening and _russian_word_in_latin(lower)) or prev in places_before:
                    dropped.add(start)
        # a short sentence of a note written so ("Ostalnoe lichno.", "Raskrytiya: 5"): its opening word
        openers = [
            s
            for s in by_start.values()
            if s.start not in dropped
            and _is_latin(text[s.start : s.end])
            and " " not in text[s.start : s.end]
            and starts_sentence(text, s.start)
        ]
        if openers and _latin_russian_note(text):
            for span in openers:
                word = text[span.start : span.end]
                if (
                    word[:1].isupper()
                    and not word.isupper()
                    and base_of(word, self._lists) is None
                    and _name_word_base(word) is None
                    and _russian_word_in_latin(word.casefold())
                ):
                    dropped.add(span.start)
        return [s for s in found if s.start not in dropped] if dropped else found

    def _without_latin_russian_common_words(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span]
    ) -> list[Span]:
        """In a note of Russian typed in Latin letters (``_latin_russian_note``), a lower-case listed
        name the Russian dictionary reads as a word once put in Cyrillic ("tema": тема, a short form
        of Artyom; "avguste": in August) is the word, as the same in Cyrillic is ("тема", "вера"),
        unless a verb of a person follows it or a person's preposition stands before it ("tema
        skazal", "u temy": ``_russian_in_latin`` decides those)."""
        candidates = [
            s
            for s in found
            if s.source == "names-list"
            and text[s.start : s.end].isalpha()
            and text[s.start : s.end].islower()
            and _is_latin(text[s.start : s.end])
            and _latin_russian_common(text[s.start : s.end])
        ]
        if not candidates or not _latin_russian_note(text):
            return found
        starts = [w[0] for w in words]
        before, verbs = union("latin_person_before"), union("latin_person_verbs")
        fillers = union("latin_function_words", "latin_weak_words")
        dropped = set()
        for span in candidates:
            at = bisect.bisect_left(starts, span.start)
            prev = words[at - 1][2].casefold() if at > 0 else ""
            # the words after it in its own clause ("v avguste, on ne hochet": "hochet" is his verb)
            clause_end = _CLAUSE_MARK.search(text, span.end)
            stop = clause_end.start() if clause_end is not None else len(text)
            following = [w[2].casefold() for w in words[at + 1 : at + 4] if w[0] < stop]
            while following and following[0] in fillers and following[0] not in verbs:
                following = following[1:]  # "dana opyat ne prishla"
            acts = bool(following) and (following[0] in verbs or _latin_russian_verb(following[0]))
            if not acts and prev not in before:
                dropped.add(span.start)
        return [s for s in found if s.start not in dropped]

    def _latin_russian_short_name(self, lower: str) -> str | None:
        """The listed name a lower-case Latin word is with a Russian case ending, read on the letters
        as typed where the skeleton leaves too short a stem: "dime" (Dima), "ayanom" (Ayan),
        "andreyu" (Andrei, the stem's "y" its "й"); none for a name Russian reads as a word."""
        for ending in sorted(union("latin_endings"), key=len, reverse=True):
            stem = lower[: -len(ending)]
            if not lower.endswith(ending) or len(stem) < 3:
                continue
            soft = stem[:-1] + "i" if stem.endswith("y") else stem + "i"
            for candidate in (stem, stem + "a", soft):
                base = skeleton(candidate)
                if base in self._lists and _name_in_russian(base):
                    return base
        return None

    def _latin_russian_name(self, lower: str) -> tuple[str | None, bool]:
        """The listed name a lower-case Latin word is, maybe with a Russian case ending in Latin
        letters ("adiletu" is Adilet), and whether it had one; none for a name Russian reads as a
        word ("roman", "vera": the name-words' Russian sections)."""
        shape = skeleton(lower)
        candidates = [(shape, False)]
        for ending in frozenset(skeleton(e) for e in union("latin_endings")):
            if shape.endswith(ending) and len(shape) - len(ending) >= 4:
                candidates.append((shape[: -len(ending)], True))
                candidates.append((shape[: -len(ending)] + "a", True))
                # the Russian diminutive -к- before the ending: "aselku", "aigulka" (Аселька), not a
                # Russian word's own "k" ("s velika": velik, a bike)
                stem = lower[: -len(ending)] if lower.endswith(ending) else ""
                diminutive = shape[: -len(ending)].endswith("k") and not _russian_word_in_latin(stem)
                if diminutive and len(shape) - len(ending) >= 5:
                    candidates.append((shape[: -len(ending) - 1], True))
        for base, inflected in candidates:
            if base in self._lists and _name_in_russian(base):
                return base, inflected
        return None, False
