"""The finder's passes over places where a person stands: unsure positions, names only a dictionary
knows, names with an initial, short names in a Russian case, a person's places and apposed names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_passes.finder_state import FinderState
from facilitator.anonymizer.name_rules.dictionary_readings import _another_russian_word, _kazakh_word
from facilitator.anonymizer.name_rules.initials import INITIAL
from facilitator.anonymizer.name_rules.name_forms import _short_case_cues, _short_name_base
from facilitator.anonymizer.name_rules.name_lists import _name_word_base, name_words
from facilitator.anonymizer.name_rules.name_shapes import _surname_after
from facilitator.anonymizer.name_rules.name_sources import (
    AMBIGUOUS,
    NAME_ALONE,
    NAME_SHAPE,
    PERSON_PLACE,
    SURNAME_WORD,
    UNSURE_SOURCES,
)
from facilitator.anonymizer.name_rules.name_spans import _honorific_form
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname
from facilitator.anonymizer.name_rules.person_positions import (
    _a_list_of_three,
    _a_relatives_name,
    _absent_genitive,
    _from_a_group,
    _told_to,
)
from facilitator.anonymizer.name_rules.person_words import (
    _a_relative,
    _cue_words,
    _function_or_person_word,
    _grammar_words,
    _job_stems,
    _kin_form,
    _kin_nouns,
    _person_nouns,
    _relatives,
)
from facilitator.anonymizer.name_rules.sentence_positions import (
    _CLAUSE_END,
    _REGION_LETTERS,
    LINE_OPENING,
    Token,
    _a_person_pronoun_next,
    _alone,
    _clause_of_one,
    _lowercase_writer,
    _russian_sentence,
    _token,
    starts_sentence,
)
from facilitator.anonymizer.name_rules.speaker_labels import (
    _labels_a_quotation,
    _speaks_a_quotation,
    _verb_stems,
)
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.name_rules.words_as_words import _glosses, _my_word
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_BESIDE_ENDS = re.compile(r"[,)(.;:!?\n]")
"""Where what is set beside a name ends: a comma, a bracket, a sentence's or a line's end."""


def _russian_name_not_kin(lower: str) -> bool:
    """A word the Russian dictionary reads as a given name, though its skeleton is a relative's
    ("женя" is "жена"'s: я and а are one letter to a skeleton); not a relative as written."""
    if lower in _kin_nouns() or _is_latin(lower):
        return False
    known, name, _place = lexicon.russian(lower)
    return known and name >= 0.5


class PositionPasses(FinderState):
    def _unsure_positions(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
    ) -> list[Span]:
        """Words no rule took that may be a person, removed as unsure (listed first in the review),
        two classes measured on the development set's halves (docs/anonymization.md, "Unsure where
        a person may stand"): a listed name alone in its clause ("Жыргал, Каныбек, Мирлан…", "Erkin
        kelmedi. Bolat."), not one of a list of lower-case words ("Вера, надежда, любовь"); and a
        Russian noun in the nominative, or a word no dictionary reads, right after a first name in
        the same letter case, read as a surname ("вячеслав ткач", "Иван Кузнец"). Other classes
        measured (a name-word opening a sentence, a lower-case name-word in a lower-case writer's
        note, any capitalised word inside a sentence) cost more kept phrases than they found names."""
        if not self._use_lists:
            return []
        taken = sorted((s.start, s.end) for s in found)
        taken_starts = [t[0] for t in taken]
        lower_writer = _lowercase_writer(text) or any(
            s.source not in UNSURE_SOURCES and text[s.start : s.start + 1].islower() for s in found
        )
        first_ends = {
            s.end: s.key
            for s in found
            if s.source in ("names-list", "roster") and " " not in text[s.start : s.end]
        }
        added: list[Span] = []
        meanings = {gloss.start(2) for gloss in _glosses(text)}
        for index, (start, end, word) in enumerate(words):
            if start in meanings:
                continue  # "umid (hope)": the meaning the writer gave a word, no one alone in brackets
            # only two places are read: a clause of one word, and right after a first name
            after_first = index > 0 and words[index - 1][1] in first_ends
            if not after_first and not _clause_of_one(text, start, end):
                continue
            at = bisect.bisect_right(taken_starts, start) - 1
            if (at >= 0 and taken[at][1] > start) or (at + 1 < len(taken) and taken[at + 1][0] < end):
                continue
            if any(s <= start < e for s, e in public):
                continue
            lower = word.casefold()
            if len(word) < 3 or word.isupper() or lower in lexicon.not_names() or self._a_function_word(word):
                continue
            token = Token(start, end, word, starts_sentence(text, start))
            before = _token(words[index - 1]) if index else None
            after = _token(words[index + 1]) if index + 1 < len(words) else None
            listed = base_of(word, self._lists)
            alone = (
                listed is not None
                and (token.capitalised or lower_writer)
                and _alone(text, start, end, before, after)
            )
            if not alone and not (after_first and before is not None and _surname_after(text, before, token)):
                continue
            if base_of(word, self._places) is not None or self.is_public(token, before, after, text):
                continue
            if alone and listed is not None:
                added.append(self._span(token, NAME_ALONE, listed))
            elif before is not None:
                # the first name's person: one pseudonym for both ("Person A")
                added.append(Span(start, end, Kind.NAME, SURNAME_WORD, first_ends[before.end]))
        return added

    def _dictionary_only_names(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
    ) -> list[Span]:
        """A lower-case word that the Russian dictionary knows and reads only as a person's name or
        surname, in any case ("илья смутился", "девушка ильи", "позвали сашу", "цою посоветовал"):
        a person wherever it stands in a sentence of Russian. Not a name that is also a word of any
        language of the region (the name-words: "мой арман", "бакыт", "роман", "вера"), a Kazakh word,
        an honorific or relative ("решает бобо"), nor a word of a sentence written with the letters of
        Kazakh, Kyrgyz, Tajik or Uzbek ("дар бораи модар", "ба милиса намераванд": the Russian
        dictionary's names there are other languages' words). Unsure: removed, and reviewed first."""
        if not self._use_lists:
            return []
        covered = Cover((s.start, s.end) for s in found)
        in_public = Cover(public)
        added: list[Span] = []
        for index, (start, end, word) in enumerate(words):
            if not word.islower() or len(word) < 3 or "-" in word or _is_latin(word):
                continue
            if start in covered or start in in_public or _REGION_LETTERS & set(word):
                continue
            lower = word.casefold()
            normal = lexicon.russian_only_name(lower)
            if not normal or lower in lexicon.not_names() or self._a_function_word(word):
                continue
            if skeleton(lower) in name_words(False) or skeleton(normal) in name_words(False):
                continue  # "арману": a form of a name that is a word; not "костю" beside "кости"
            if _kazakh_word(lower) or _honorific_form(skeleton(lower)) or _a_relative(lower):
                continue
            if not _russian_sentence(text, start, end):
                continue
            token = Token(start, end, word, starts_sentence(text, start))
            before = _token(words[index - 1]) if index else None
            after = _token(words[index + 1]) if index + 1 < len(words) else None
            if base_of(word, self._places) is not None or self.is_public(token, before, after, text):
                continue
            span = self._span(token, NAME_SHAPE, skeleton(normal))
            added.append(span)
            if before is not None and before.start not in covered and text[before.end : start] == " ":
                # "паша кравец": a listed first name right before a surname is that person's
                first = base_of(before.text, self._lists)
                if first is not None and before.text.islower() and not self._a_function_word(before.text):
                    added.append(Span(before.start, before.end, Kind.NAME, NAME_SHAPE, span.key))
        return added

    def _names_with_an_initial(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
    ) -> list[Span]:
        """A capitalised listed name or name-word right before a surname's initial ("Роман К.
        сказал", "Вера Б. пришла", "Will R. asked"): a person, wherever it stands, opening a sentence
        too, where the name-word alone would be read as a word ("Роман К." beside "роман Толстого").
        The found name-or-word of it becomes a person's place (the name model's silence no longer
        drops it) and takes the initial; one not found is added. Not a public figure. Unsure: removed,
        and reviewed first."""
        if "." not in text:
            return found
        by_start = {s.start: s for s in found}
        covered = Cover((s.start, s.end) for s in found)
        in_public = Cover(public)
        kept = list(found)
        for index, (start, end, word) in enumerate(words):
            if not word[:1].isupper() or word.isupper() or len(word) < 3 or start in in_public:
                continue
            initial = INITIAL.match(text, end)
            if (
                initial is None
                or initial.end() - end != 3
                or text[initial.end() : initial.end() + 1].isalpha()
            ):
                continue  # one letter and a dot ("Роман К."), not "Роман К.Ж." nor an abbreviation
            span = by_start.get(start)
            if span is not None and span.source not in (AMBIGUOUS, NAME_ALONE):
                continue
            if span is None and start in covered:
                continue
            base = base_of(word, self._lists) or _name_word_base(word)
            if base is None or self._a_function_word(word):
                continue
            token = Token(start, end, word, starts_sentence(text, start))
            after = _token(words[index + 1]) if index + 1 < len(words) else None
            if self.is_public(token, None, after, text):
                continue
            person = Span(start, initial.end(), Kind.NAME, PERSON_PLACE, span.key if span else base)
            kept = [s for s in kept if s is not span] + [person]
        return kept

    def _short_name_cases(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
    ) -> list[Span]:
        """A lower-case Russian case form of a listed name of a short stem, which ``base_of`` reads
        only as written (too many words begin like one): "вики", "лену", "жеке", "димы" of Вика,
        Лена, Жека, Дима; "диасу" of Диас. A name where a person stands in a Russian sentence: after
        a person's preposition, a relative or a word a person owns ("у вики", "сестру лену", "номер
        димы"), before a verb of telling or of what is done to a person ("жеке позвонила", "диасу
        понравилось"). Not a name-word ("про розу"), nor a form the Russian dictionary reads as
        another word with no name among its readings ("на лене" is no place of a person anyway).
        Unsure: removed, and reviewed first."""
        if not self._use_lists:
            return []
        covered = Cover((s.start, s.end) for s in found)
        in_public = Cover(public)
        before_cues, after_cues = _short_case_cues()
        added: list[Span] = []
        for index, (start, end, word) in enumerate(words):
            if not word.islower() or not 4 <= len(word) <= 6 or _is_latin(word) or "-" in word:
                continue
            if start in covered or start in in_public or _REGION_LETTERS & set(word):
                continue
            base = _short_name_base(skeleton(word), self._lists)
            if base is None or base in name_words(False) or self._a_function_word(word):
                continue
            if _another_russian_word(word.casefold(), base):
                continue  # "девушка сама", "жила на ул.", "с жильём", "с пятью детьми"
            before = words[index - 1] if index else None
            after = words[index + 1] if index + 1 < len(words) else None
            cue = (
                before is not None and text[before[1] : start] == " " and before[2].casefold() in before_cues
            ) or (after is not None and text[end : after[0]] == " " and after[2].casefold() in after_cues)
            if not cue or not _russian_sentence(text, start, end):
                continue
            token = Token(start, end, word, starts_sentence(text, start))
            if self.is_public(token, None, None, text):
                continue
            added.append(self._span(token, NAME_SHAPE, base))
        return added

    def _person_places(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
    ) -> list[Span]:
        """Two more places only a person stands, for a listed name (or a name-word) no rule took,
        removed as unsure: someone spoken to, the name opening its sentence or quotation before a comma
        and a word that speaks to someone ("Бақыт, сен не ойлайсың?", "Umid, sen nima deysan?",
        "Will, what do you think?"; the profiles' ``addressed``); and the comitative written apart
        before a verb of talking or meeting ("Бакыт менен сүйлөштүм", "Umid bilan gaplashdim",
        "Арман мен кездестім"; ``with_words``, ``companion_verbs``), not "арман мен мақсат туралы
        сөйлестік" (a word of the topic, "about" between)."""
        if not self._use_lists:
            return []
        taken = {s.start for s in found}
        covered = Cover((s.start, s.end) for s in found)
        in_public = Cover(public)
        lower_writer = _lowercase_writer(text)
        addressed, with_words = union("addressed"), union("with_words")
        companions = _verb_stems("companion_verbs")
        blockers = union("word_after", "conjunctions")
        added: list[Span] = []
        name_shapes: dict[str, str] | None = None
        for index, (start, end, word) in enumerate(words):
            if start in taken or index + 1 >= len(words) or len(word) < 3 or "-" in word:
                continue
            if start in covered or start in in_public:
                continue
            listed = base_of(word, self._lists)
            base = listed or _name_word_base(word)
            if base is None and _an_unknown_word_spoken_to(text, words, index, addressed, self._nickname):
                # "«Дәке, сен өзің кеше жыладың ғой»": a pet form no list knows, spoken to
                added.append(Span(start, end, Kind.NAME, PERSON_PLACE, skeleton(word)))
                taken.add(start)
                continue
            if name_shapes is None:
                name_shapes = _name_shapes(text, found)
            cut = _a_name_cut_short_spoken_to(text, words, index, name_shapes)
            if cut is not None:
                # "«Куба, кой!» — деди Нурбек Кубанычбекке": a name of the note cut short, spoken to
                added.append(Span(start, end, Kind.NAME, PERSON_PLACE, cut))
                taken.add(start)
                continue
            if base is None or word.isupper() or self._a_function_word(word):
                continue
            after = words[index + 1]
            gap = text[end : after[0]]
            spoken_to = (
                listed is not None
                and (word[:1].isupper() or lower_writer)
                and gap.strip() == ","
                and self._opens_speech(text, start)
                and not _a_list_of_three(text, words, index)  # "Вера, надежда, любовь — вы знаете"
                and self._addressed_after(text, words, index + 1, addressed)
            )
            with_verb = (
                gap == " "
                and after[2].casefold() in with_words
                and skeleton(word) == base
                and self._companion_after(text, words, index + 2, companions, blockers)
            )
            said_to_be = (
                listed is not None
                and word[:1].isupper()
                and gap.strip() in ("—", "–", "-")
                and starts_sentence(text, start)
                and self._person_noun_after(text, words, index + 1)
                and not _my_word(word, listed)  # "Арманым — дәрігер болу": my dream
            )
            # "Динара, бухгалтер офиса, просит …", "Слава (русский парень из …) очень активный": a
            # name opening its sentence, set beside a job, a role or a word for a person
            apposed = (
                listed is not None
                and word[:1].isupper()
                and gap.strip() in (",", "(")
                and starts_sentence(text, start)
                and not _a_list_of_three(text, words, index)
                and self._set_beside_a_person(text, words, index, gap.strip(), taken)
            )
            # "Max — progress!! He told the group …": a name-word heading the note, and the next
            # sentence speaks of him
            heading = (
                listed is not None
                and word[:1].isupper()
                and gap.strip() in ("—", "–", "-")
                and word.casefold() not in union("abstract_names")
                and after[2].casefold() not in union("word_after")  # "Роза — это цветок. Она …"
                and LINE_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
                and _a_person_pronoun_next(text, end)
            )
            absent = listed is not None and _absent_genitive(text, words, index, listed)
            told = listed is not None and word[:1].isupper() and _told_to(text, words, index, listed)
            speaker = listed is not None and word[:1].isupper() and _speaks_a_quotation(text, end)
            from_group = listed is not None and word[:1].isupper() and _from_a_group(text, end)
            labelled = (
                listed is not None
                and (word[:1].isupper() or lower_writer)
                and ":" in text[end : end + 24]
                and self._opens_speech(text, start)
                and _labels_a_quotation(text, end)
                and word.casefold() not in union("label_words")
                and not _function_or_person_word(word, listed)
            )
            kin_named = (
                listed is not None
                and word[:1].isupper()
                and text[max(0, start - 3) : start].rstrip()[-1:] in ("—", "–", "-")  # cheap first
                and _a_relatives_name(text, start)
            )
            if not any(
                (
                    spoken_to,
                    with_verb,
                    said_to_be,
                    apposed,
                    heading,
                    absent,
                    told,
                    speaker,
                    from_group,
                    labelled,
                    kin_named,
                )
            ):
                continue
            token = Token(start, end, word, starts_sentence(text, start))
            before = _token(words[index - 1]) if index else None
            if base_of(word, self._places) is not None:
                continue
            if not kin_named and self.is_public(token, before, _token(after), text):
                continue  # "Амаки Дилшод - Раҳмон": a relative named after a public figure is a person
            added.append(self._span(token, PERSON_PLACE, base))
            taken.add(start)
        return added

    def _apposed(self, text: str, words: list[tuple[int, int, str]], found: list[Span]) -> list[Span]:
        """A name-or-word opening a sentence before a comma and a relative of a name of the note ("Роза,
        сестра Мирлана, пришла", "Роза, Мирланның әпкесі, келді"), before a comma or a bracket and a
        job, a role or a word for a person ("Слава (русский парень из …)"), or spoken to ("Гуля, скинь
        адрес", ``_addressed_after``) is a person: where the
        Russian name model's silence would drop it, it stands as a person's place."""
        if not any(s.source == AMBIGUOUS for s in found):
            return found
        taken = {s.start for s in found}
        index_of = {w[0]: i for i, w in enumerate(words)}
        kept = []
        for span in found:
            index = index_of.get(span.start)
            if (
                span.source == AMBIGUOUS
                and index is not None
                and index + 1 < len(words)
                and words[index][1] == span.end
                and text[span.end : words[index + 1][0]].strip() in (",", "(")
                and starts_sentence(text, span.start)
                and not _a_list_of_three(text, words, index)
                and (
                    self._set_beside_a_person(
                        text, words, index, text[span.end : words[index + 1][0]].strip(), taken
                    )
                    # "Гуля, скинь адрес": spoken to (as _person_places reads a name no rule took)
                    or (
                        text[span.end : words[index + 1][0]].strip() == ","
                        and self._addressed_after(text, words, index + 1, union("addressed"))
                    )
                )
            ):
                span = Span(span.start, span.end, span.kind, PERSON_PLACE, span.key)
            kept.append(span)
        return kept

    def _set_beside_a_person(
        self, text: str, words: list[tuple[int, int, str]], index: int, gap: str, taken: set[int]
    ) -> bool:
        """After ``words[index]`` and its ``gap`` ("," or "("): a job, a role or a word for a person
        ("Динара, бухгалтер офиса, …", "Слава (русский парень из …)"), or, after a comma, a relative of
        a name of the note ("Роза, сестра Мирлана", "Злата, сестра Тимура Галиева")."""
        return self._a_persons_word_beside(text, words, index + 1) or (
            gap == ","
            and self._relative_of_a_name_after(
                text, words, self._past_kin_modifier(text, words, index + 1), taken
            )
        )

    @staticmethod
    def _past_kin_modifier(text: str, words: list[tuple[int, int, str]], index: int) -> int:
        """``index``, or the word after it where it is a relative's modifier ("младший брат Кати")."""
        if (
            index + 1 < len(words)
            and words[index][2].casefold() in union("kin_modifiers")
            and text[words[index][1] : words[index + 1][0]] == " "
        ):
            return index + 1
        return index

    @staticmethod
    def _relative_of_a_name_after(
        text: str, words: list[tuple[int, int, str]], index: int, taken: set[int]
    ) -> bool:
        """The next two words are a relative and a name of the note, either way round, nothing between
        them ("сестра Мирлана", "Мирланның әпкесі", "Mirlan's sister" is one word less)."""
        pair = words[index : index + 2]
        if len(pair) < 2 or text[pair[0][1] : pair[1][0]] != " ":
            return False
        relatives = _relatives()
        first, second = pair
        kin_first = first[2].islower() and skeleton(first[2]) in relatives and second[0] in taken
        kin_second = second[2].islower() and skeleton(second[2]) in relatives and first[0] in taken
        return kin_first or kin_second

    @staticmethod
    def _a_persons_word_beside(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
        """A job, a role or a word for a person among the first two words of what is set beside a
        name (up to a comma or a closing bracket): "бухгалтер офиса", "русский парень из …"."""
        stop = _BESIDE_ENDS.search(text, words[index][0])
        limit = stop.start() if stop else len(text)
        nouns, stems = _person_nouns(), _job_stems()
        for _start, _end, word in (w for w in words[index : index + 2] if w[0] < limit):
            lower = word.casefold()
            if base_of(word, nouns, min_inflected=3) is not None or lower.startswith(stems):
                return True
        return False

    @staticmethod
    def _person_noun_after(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
        """A word for a person among the next three words of the clause ("— тихий парень", "— жаңа
        бала"): the word before the dash is said to be a person."""
        clause = _CLAUSE_END.search(text, words[index][0])
        limit = clause.start() if clause else len(text)
        nouns = _person_nouns()
        following = [w for w in words[index : index + 3] if w[0] < limit]
        return any(base_of(w[2], nouns, min_inflected=3) is not None for w in following)

    @staticmethod
    def _opens_speech(text: str, start: int) -> bool:
        """The word opens a sentence, a line, or what someone said (after a quotation mark or a dash)."""
        if starts_sentence(text, start):
            return True
        opening = text[max(0, start - 3) : start].rstrip(" \t")
        return bool(opening) and opening[-1] in "«\"“„'‘—–-:"

    @staticmethod
    def _addressed_after(
        text: str, words: list[tuple[int, int, str]], index: int, addressed: frozenset[str]
    ) -> bool:
        """One of the next five words of the sentence speaks to someone ("…, сен не ойлайсың?"), or the
        first is a Russian verb in the second person ("Гуля, скинь адрес", "Слава, можешь …")."""
        stop = re.compile(r"[.!?\n»”]").search(text, words[index - 1][1])
        limit = stop.start() if stop else len(text)
        if (
            index < len(words)
            and words[index][0] < limit
            and lexicon.russian_second_person(words[index][2].casefold())
        ):
            return True
        return any(w[2].casefold() in addressed for w in words[index : index + 5] if w[0] < limit)

    @staticmethod
    def _companion_after(
        text: str,
        words: list[tuple[int, int, str]],
        index: int,
        companions: tuple[str, ...],
        blockers: frozenset[str],
    ) -> bool:
        """A verb of talking or meeting among the next three words of the clause, with no word of a
        topic ("туралы", "haqida") or a second item ("және") before it."""
        clause = _CLAUSE_END.search(text, words[index - 1][1])
        limit = clause.start() if clause else len(text)
        for w in words[index : index + 3]:
            if w[0] >= limit or w[2].casefold() in blockers:
                return False
            if skeleton(w[2]).startswith(companions):
                return True
        return False

    @staticmethod
    def _a_function_word(word: str) -> bool:
        """A heading's, cue's or grammar word, a pronoun or conjunction, a relative or person noun:
        never a person by where it stands."""
        lower = word.casefold()
        return (
            lower in union("label_words")
            or lower in _cue_words()
            or lower in union("pronouns")
            or lower in union("conjunctions")
            or skeleton(word) in _grammar_words()
            or base_of(word, _person_nouns(), min_inflected=3) is not None
            or (bool(_kin_form(word)) and not _russian_name_not_kin(lower))
        )


def _name_shapes(text: str, found: list[Span]) -> dict[str, str]:
    """The skeletons of the words of the names found in the note, each to its name's key."""
    return {
        skeleton(part): s.key or skeleton(part)
        for s in found
        if s.kind is Kind.NAME
        for part in text[s.start : s.end].split()
    }


_VOWEL_SHAPES = frozenset("aeiouy")


def _kin_spoken_to(word: str) -> bool:
    """``word`` is a relative's word or an honorific ("Апа", "Әпке", "Көке"): whom it speaks to is
    no name, whatever its shape."""
    return skeleton(word) in _relatives() or word.casefold() in union("honorifics")


def _a_name_cut_short_spoken_to(
    text: str, words: list[tuple[int, int, str]], index: int, name_shapes: dict[str, str]
) -> str | None:
    """The key of the name of the note whose first syllables the word at ``index`` is, with a vowel
    after them, if the word opens a quotation, a sentence or the note, capitalised, before a comma or
    "!" ("«Куба, кой!» — деди Нурбек Кубанычбекке", "«Фара, хорош!» — кричали Фарруху"): that boy
    spoken to by his short name. Not a relative's word nor an honorific ("Апа, …")."""
    start, end, word = words[index]
    if not word[:1].isupper() or word.isupper() or text[end : end + 1] not in (",", "!"):
        return None
    shape = skeleton(word)
    if len(shape) < 4 or shape[-1] not in _VOWEL_SHAPES or _kin_spoken_to(word):
        return None
    stem = shape[:-1]
    name = next((n for n in sorted(name_shapes) if n.startswith(stem) and len(n) >= len(shape) + 2), None)
    if name is None:
        return None
    return name_shapes[name] if PositionPasses._opens_speech(text, start) else None


def _an_unknown_word_spoken_to(
    text: str,
    words: list[tuple[int, int, str]],
    index: int,
    addressed: frozenset[str],
    pet_form: Callable[[str], str],
) -> bool:
    """The word at ``index`` opens a quotation, a sentence or the note (``_opens_speech``),
    capitalised, before a comma and a word that speaks to someone ("«Эке, сен мага жооп бер»", "Dake,
    sen ozin aitshy"), and no dictionary, list of places or public figures knows it: a pet form of a
    name, spoken to. A word a dictionary knows is one where it has a pet form's shape (``pet_form``:
    "«Дәке, сен неге үндемейсің?»", Дәулет's, though "дәке" is gauze), unless it is a relative's or
    an honorific ("Әпке, сен …", "Көке, сен …"). Not "«Слушай, ты …»", "«Қой, сен …»" (words), "«Бро,
    ты …»" (a way of address)."""
    start, end, word = words[index]
    if len(word) < 3 or not word[:1].isupper() or word.isupper() or index + 1 >= len(words):
        return False
    following = words[index + 1]
    if text[end : following[0]].strip() != "," or following[2].casefold() not in addressed:
        return False
    if not PositionPasses._opens_speech(text, start):
        return False
    lower, shape = word.casefold(), skeleton(word)
    if _kin_spoken_to(word):
        return False
    if lower in lexicon.english_words() or _kazakh_word(lower) or lexicon.russian(lower)[0]:
        return bool(pet_form(shape))
    return could_be_a_nickname(word) and not lexicon.public_people_for(word) & {shape}
