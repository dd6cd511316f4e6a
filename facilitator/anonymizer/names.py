"""Find people's names: the roster, name lists, the dictionary, and the word's place in its sentence.

Each found name gets a key (its skeleton base), so "Ерлан", "Ерланнан", "Yerlan" and "Erlanǵa" are
one person. A word is judged by several signals, none alone:
- the roster, then public figures and places (kept), then the name lists;
- a name that is also a word ("Вера", "арман", "Mark") by its context: lower case is a word;
  capitalised inside a sentence, or followed by "said"/"сказал"/"деді", it is a name; at the start
  of a sentence the dictionary decides, and what stays unsure is removed and reviewed first;
- a capitalised word inside a sentence that no dictionary knows as a common word is a proper noun,
  and if it is not a place, a public figure or an institution, it is treated as a person;
- surname and patronymic shapes, honorifics glued with a hyphen ("Қайрат-аға", "Aibek-bro"),
  patronymic particles ("ұлы", "уулу", "o‘g‘li"), initials ("Yerlan B.").

``NameFinder.find`` runs the passes of name_passes/ (classes over the finder's state, joined here)
and the rules of name_rules/ (functions and patterns, one kind a module).
"""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer.name_passes.latin_russian_passes import LatinRussianPasses
from facilitator.anonymizer.name_passes.list_matching import ListMatching
from facilitator.anonymizer.name_passes.position_passes import PositionPasses
from facilitator.anonymizer.name_passes.second_look import SecondLook
from facilitator.anonymizer.name_passes.speaker_passes import SpeakerPasses
from facilitator.anonymizer.name_rules.bracketed_names import (
    aged_names,
    apposed_names,
    bracketed_nicknames,
    joined_nicknames,
    nicknames_after_names,
)
from facilitator.anonymizer.name_rules.counted_lists import counted_name_spans
from facilitator.anonymizer.name_rules.dash_definitions import (
    dash_defined_names,
    speaking_things,
    tagged_quote_speakers,
)
from facilitator.anonymizer.name_rules.dialogue_speakers import dialogue_speakers
from facilitator.anonymizer.name_rules.dictionary_readings import _common_word
from facilitator.anonymizer.name_rules.genitive_owners import genitive_owner_spans, named_before_papers
from facilitator.anonymizer.name_rules.grammar_forms import _number_follows
from facilitator.anonymizer.name_rules.initials import (
    INITIAL,
    _initials_of_names,
    _with_initials,
    _with_lower_initials,
    _with_single_initials,
)
from facilitator.anonymizer.name_rules.meanings_given import glossed_in_quotes
from facilitator.anonymizer.name_rules.name_lists import first_names, name_words
from facilitator.anonymizer.name_rules.name_shapes import _family_names_after
from facilitator.anonymizer.name_rules.name_sources import _SHAPE_SOURCES, _WORDS_TOO, AMBIGUOUS, PERSON_PLACE
from facilitator.anonymizer.name_rules.name_spans import (
    _with_genitive_apart,
    _with_honorific,
    _with_honorific_before,
    _with_possessive,
    _with_title,
    merge_adjacent,
    with_number_tag,
    with_size_word,
)
from facilitator.anonymizer.name_rules.numbered_things import numbered_after
from facilitator.anonymizer.name_rules.pairs_acting import pairs_acting_together
from facilitator.anonymizer.name_rules.person_positions import (
    _PHONE_AFTER,
    _acting_text,
    _paired_with,
    and_own_relative,
    subject_of_a_persons_verb,
)
from facilitator.anonymizer.name_rules.public_things import _a_character_there
from facilitator.anonymizer.name_rules.repeated_things import repeated_things
from facilitator.anonymizer.name_rules.sentence_positions import (
    _WORD_ONLY,
    Token,
    _in_a_link,
    _next_token,
    _said,
    _there_after,
    _token,
    _words,
    starts_sentence,
)
from facilitator.anonymizer.name_rules.speaker_labels import (
    _first_person_quoted,
    _speaker_label,
    with_chat_display_name,
)
from facilitator.anonymizer.name_rules.split_names import syllable_split_names
from facilitator.anonymizer.name_rules.surnames_first import family_names_before
from facilitator.anonymizer.name_rules.thanks_alone import thanks_alone, thanks_said
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.name_rules.words_as_words import _possessed, spoken_of
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_ENGLISH_PRONOUNS = frozenset({"I", "i"})
"""The English "I" (and its lower-case slip): never a name nor a part of one."""


_INITIAL_REST = re.compile(r"\.(?:[ \t]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?")
"""The rest of initials after a name that took their first capital as a word ("Досанова Ә|.Б.")."""


class NameFinder(SpeakerPasses, LatinRussianPasses, PositionPasses, SecondLook, ListMatching):
    def find(self, text: str, public: list[tuple[int, int]] = ()) -> list[Span]:  # type: ignore[assignment]
        words = [w for w in _words(text) if not _in_a_link(text, w[0], w[1])]
        found: list[Span] = []
        never = self._never
        in_public = Cover(public)
        # a word is judged once per text read (a piece of a long note) with the same neighbours;
        # not across texts: some rules look further than the neighbours (a Tajik letter within 80
        # characters, a title quoted earlier), so a verdict kept from another piece would make a
        # note's spans depend on which pieces one process read before (worker pool against one
        # process, tests/anonymizer/test_parallel.py)
        judged: dict[tuple[object, ...], tuple[int, str, str] | None] = {}
        for index, (start, end, word) in enumerate(words):
            if word in never or (word not in self._maybe and self._never_a_name(word)):
                continue  # most words: a lower-case word no list knows, whatever its neighbours
            if start in in_public:
                continue
            token = Token(start, end, word, starts_sentence(text, start))
            before = _token(words[index - 1]) if index and not token.initial else None
            after = _token(words[index + 1]) if index + 1 < len(words) else None
            context = (
                word,
                token.initial,
                before.text if before else None,
                after.text if after else None,
                text[before.end : start].strip() if before else None,
                text[end : after.start].strip() if after else None,
                _number_follows(text, end),
                _acting_text(text, end, after),
                _PHONE_AFTER.match(text, end) is not None,
                token.capitalised and and_own_relative(text, end),
            )
            if context not in judged:
                match = self._match(token, before, after, text)
                judged[context] = (
                    None if match is None else (match.end - match.start, match.source, match.key)
                )
            verdict = judged[context]
            span = None
            if verdict is not None:
                span = Span(start, start + verdict[0], Kind.NAME, verdict[1], verdict[2])
                if (
                    verdict[1] in (AMBIGUOUS, "names-list")
                    and token.initial
                    and base_of(word, name_words(_is_latin(word))) is not None
                    and self._listed_with_words(text, end)
                    and not and_own_relative(text, end)  # "Almas and his cousin": "his" says a person
                ):
                    span = None  # "Вера и надежда", "Nur, jaryq, úmit": a name-word in a list of words
            # "Асанов Ерлан ұлы", "Alisher o‘g‘li"; not "и" ("and", though Tajik "ӣ" reads the same),
            # nor the English "I" (its skeleton is "и"'s), nor a word on the next line (the word's
            # own tests last: most words follow no name)
            if (
                span is None
                and found
                and found[-1].end >= token.start - 1
                and "\n" not in text[found[-1].end : token.start]
                and skeleton(token.text) in union("particles")
                and word.casefold() not in union("conjunctions")
                and word not in _ENGLISH_PRONOUNS
            ):
                span = Span(token.start, token.end, Kind.NAME, found[-1].source, found[-1].key)
            if span is not None:
                initial = INITIAL.match(text, span.end)  # "Yerlan B."
                if (
                    initial is None
                    and text[span.end - 2 : span.end - 1] == " "
                    and text[span.end - 1].isupper()
                ):
                    initial = _INITIAL_REST.match(text, span.end)  # "Досанова Ә.Б.": its lone capital
                if initial:
                    span = Span(span.start, initial.end(), span.kind, span.source, span.key)
                found.append(span)
        found = self._without_lower_case_words(text, found)
        found = self._without_latin_russian_common_words(text, words, found)
        # "Вера: «я боюсь»": a name-word as a speaker's label before "I" is a person where the name
        # model's silence would drop a name-or-word
        found = [
            Span(s.start, s.end, s.kind, PERSON_PLACE, s.key)
            if s.source == AMBIGUOUS
            and _first_person_quoted(text, s.end)
            and _speaker_label(text, s.start, s.end)
            else s
            for s in found
        ]
        found += self._speaker_labels(text, found, public)
        found += self._chat_senders(text, found, public)  # "[19:31] Гург: ҳаст соати 7"
        found += self._speakers(text, words, found, public)
        found += self._russian_in_latin(text, words, found, public)
        found = self._without_latin_russian_words(text, words, found)
        found += self._described_speakers(text, found, public)
        found += self._called_names(text, found, public)
        found += self._split_names(text, found, public)
        found += counted_name_spans(text, found, public)  # "серик асхат бекзат ушеуи келмеди"
        found += genitive_owner_spans(text, found, public)  # "Жалғастың телеграмы t.me/…"
        found += named_before_papers(text, found, public)  # "Өтеген — паспорт AB…"
        found += dash_defined_names(text, found, public)  # "Пряник — новенький, 15 лет"
        found += speaking_things(text, found, public)  # "кабачок неожиданно признался"
        found += pairs_acting_together(text, found, public)  # "болт пен балға төбелесті"
        speakers = tagged_quote_speakers(text, found, public)  # "[цитата] мышык: «…»"
        if speakers:  # the tag's reading replaces a reading of the same word as a name or a word
            extents = {(s.start, s.end) for s in speakers}
            found = [s for s in found if (s.start, s.end) not in extents] + speakers
        found += dialogue_speakers(text, found, public)  # "javo: «…». sako: «kulsa kulsin»"
        found += repeated_things(text, found, public)  # "Пончик и батон опоздали … Пончик молчал"
        found = self._equated_nicknames(text, found, public)
        # what the second look finds makes other forms of it names too ("kairat said … kairat's tg")
        for _round in range(3):
            added = self._second_look(text, words, found, public)
            if not added:
                break
            found += added
        found += _family_names_after(text, words, found, public)
        found += family_names_before(text, words, found, public)  # "Калиев Нурсултан"
        found += bracketed_nicknames(text, found, public)  # "Кот (Котов Лёва) и Гусь"
        found += nicknames_after_names(text, found, public)  # "Doniyor (Messi)"
        found += aged_names(text, found, public)  # "(Свят, 16 лет)"
        found += apposed_names(text, found, public)  # "the neighbours' boy, Kara-Mysyk, hits …"
        found += joined_nicknames(text, found, public)  # "… и Гусь", "Бахыта или Мелкого"
        found = _with_initials(text, found)
        found = _with_single_initials(text, found)
        found += _initials_of_names(text, words, found)
        found += self._unsure_positions(text, words, found, public)
        found += self._dictionary_only_names(text, words, found, public)
        found += self._short_name_cases(text, words, found, public)
        found = self._names_with_an_initial(text, words, found, public)
        found += self._person_places(text, words, found, public)
        found = self._apposed(text, words, found)
        # "«Бақыт — отбасы»", "my arman is …": the word itself, though a person's name too
        found = [s for s in found if s.source not in _WORDS_TOO or not spoken_of(text, s.start, s.end)]
        # "«Vogel» по-немецки «птица»": a quoted word translated, whatever the source
        found = [s for s in found if s.source == "roster" or not glossed_in_quotes(text, s.start, s.end)]
        # "Ромео в фильме …", "«Саша там главный»" after a film named: a character, whatever the source
        found = [
            s for s in found if " " in text[s.start : s.end] or not _a_character_there(text, s.start, s.end)
        ]
        # "Напр. Байылдыр — там всего 40 дворов": a word a dash and "there" speak of is a place
        found = [s for s in found if not (s.source in _SHAPE_SOURCES and _there_after(text, s.end))]
        # "Ҳуҷра №7", "Кабинет № 12": the noun of a numbered thing
        found = [s for s in found if not (s.source in _SHAPE_SOURCES and numbered_after(text, s.end))]
        thanks = (thanks_alone, thanks_said)
        found = [s for s in found if s.source == "roster" or not any(t(text, s.start, s.end) for t in thanks)]
        return merge_adjacent(
            sorted(
                (
                    _with_honorific_before(
                        _with_honorific(
                            _with_title(
                                _with_genitive_apart(
                                    _with_possessive(
                                        with_number_tag(
                                            with_chat_display_name(
                                                with_size_word(_with_lower_initials(s, text), text), text
                                            ),
                                            text,
                                        ),
                                        text,
                                    ),
                                    text,
                                ),
                                text,
                            ),
                            text,
                        ),
                        text,
                    )
                    for s in found
                ),
                key=lambda s: s.start,
            ),
            text,
        )

    def _without_lower_case_words(self, text: str, found: list[Span]) -> list[Span]:
        """A roster name that is also a common word, in lower case, where the note writes that
        name with a capital elsewhere: the writer capitalises the name, so this is the word ("Will
        said he will try", "Вера пришла, вера в себя")."""
        written = [s for s in found if s.source == "roster" and text[s.start : s.start + 1].isupper()]
        capital = {s.key for s in written}
        if not capital:
            return found
        roster_starts = {s.start for s in found if s.source == "roster"}
        # the roster words written with a capital: "Aigul Asanova" (of the roster's Asanov's family)
        # does not capitalise his first name, "erlan"
        capital_words = frozenset(
            base_of(w, self._roster_bases, min_inflected=3)
            for s in written
            for w in _WORD_ONLY.findall(text, s.start, s.end)
        )
        kept = []
        for span in found:
            word = text[span.start : span.end]
            if (
                span.source == "roster"
                and span.key in capital
                and base_of(word, self._roster_bases, min_inflected=3) in capital_words
                and word.islower()
                and (
                    _common_word(word, text, span.start, span.end)
                    or base_of(word, name_words(_is_latin(word))) is not None
                )
                and not _said(_next_token(text, span.end))
                # "алмас телефонға қарап отырды", "qanat ta, almas ta … kórgen": a person
                and not subject_of_a_persons_verb(text, span.start, span.end)
                and not _paired_with(text, span.start, span.end, roster_starts)
            ):
                if skeleton(word) == span.key or _possessed(word, span.key):
                    continue  # "he will try", "менің арманым": the word as it is, or "my", "his"
                # "мираспен екеуі таласты" beside "Мирастың": a case form (with, to, of) is unsure
                span = Span(span.start, span.end, span.kind, AMBIGUOUS, span.key)
            kept.append(span)
        return kept

    def _split_names(self, text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
        """Two short lower-case words, a space apart, that together are a listed first name, right
        before a verb of a person or a word of absence ("far hod came late", "jam shed said",
        "dil shod absent"): voice typing split a name it does not know into words it does. The
        verbs are where it looks (a pattern over the note), so most notes cost one search. Unsure:
        removed, and reviewed first."""
        if not self._use_lists:
            return []
        taken = Cover([(s.start, s.end) for s in found] + list(public))
        in_public = Cover(public)
        added: list[Span] = []
        for pair in _split_name_pattern().finditer(text):
            first, second = pair.group(1), pair.group(2)
            key = skeleton(first + second)
            if (
                len(key) >= _SPLIT_LEAST
                and key in first_names()
                and pair.start() not in taken
                and skeleton(first) not in union("name_parts")
            ):
                added.append(
                    Span(pair.start(), pair.end(), Kind.NAME, PERSON_PLACE, self.roster.get(key, key))
                )
        added += [  # "Ба кыт сказал", "запятая Эр мек запятая": the same in Cyrillic dictation
            Span(start, end, Kind.NAME, PERSON_PLACE, self.roster.get(key, key))
            for start, end, key in syllable_split_names(text)
            if not in_public.overlaps(start, end)
        ]
        return added


_SPLIT_LEAST = 6
"""Letters (of its skeleton) a name needs to be looked for split in two: a short one is two words
too often ("ali son", "is lam")."""


@cache
def _split_name_pattern() -> re.Pattern[str]:
    """Two short lower-case Latin words before a verb of a person or a word of absence in Latin."""
    after = sorted(w for w in union("person_after", "absent_after") if w.isascii() and w.isalpha())
    return re.compile(rf"(?<![\w'’-])([a-z]{{2,5}}) ([a-z]{{2,6}})(?= (?:{'|'.join(after)})(?![\w'’]))")
