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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.dictionary_readings import (
    _a_russian_verb,
    _a_word,
    _an_abstract_or_heading,
    _an_adjective,
    _another_russian_word,
    _any_kazakh_word,
    _common_word,
    _english_cues,
    _kazakh_dictionary_name,
    _kazakh_skeleton,
    _kazakh_word,
    _no_subject_in_russian,
    _not_a_name,
    _unknown_word,
)
from facilitator.anonymizer.name_rules.grammar_forms import (
    _AGE_AFTER,
    _COPULA_AFTER,
    _NUMBER_WORD,
    _QUOTE_AFTER,
    _TAJIK_PLURAL,
    _TO_BE,
    _a_wish,
    _counted,
    _number_follows,
    _owned,
    _owned_after_fillers,
    _told,
    an_amount_before,
    object_before_its_verb,
    plural_noun,
)
from facilitator.anonymizer.name_rules.initials import (
    _CLASS_NUMBER_BEFORE,
    _DAY_AFTER,
    INITIAL,
    _initials_of_names,
    _with_initials,
    _with_lower_initials,
    _with_single_initials,
)
from facilitator.anonymizer.name_rules.latin_russian import (
    _CLAUSE_MARK,
    _latin_relative,
    _latin_russian_common,
    _latin_russian_endings,
    _latin_russian_note,
    _latin_russian_verb,
    _latin_sentences,
    _russian_word_in_latin,
)
from facilitator.anonymizer.name_rules.name_forms import (
    _PERSON_PREPOSITIONS,
    _nickname_of,
    _pet_forms,
    _possessive_of_a_name,
    _short_case_cues,
    _short_name_base,
    _short_name_with_case,
    _truncated_name,
)
from facilitator.anonymizer.name_rules.name_lists import (
    MIN_LIST_NAME,
    SURNAME,
    _name_in_russian,
    _name_parts,
    _name_word_base,
    _older_bases,
    first_names,
    list_names,
    name_words,
    places,
    regional_name_words,
    written_like_a_name,
    written_short_form,
)
from facilitator.anonymizer.name_rules.name_shapes import (
    _OV_SURNAME,
    _a_russian_surname,
    _ends_like_a_name,
    _family_name,
    _family_names_after,
    _glued_family_name,
    _lower_name_shaped,
    _lower_surname_shaped,
    _name_like_shape,
    _name_shaped,
    _shaped_key,
    _surname_after,
    _surname_stem,
    _word_shaped,
)
from facilitator.anonymizer.name_rules.name_sources import (
    _SHAPE_SOURCES,
    _WORDS_TOO,
    AMBIGUOUS,
    NAME_ALONE,
    NAME_SHAPE,
    PERSON_PLACE,
    PET_FORM,
    SURNAME_WORD,
    UNSURE_SOURCES,
)
from facilitator.anonymizer.name_rules.name_spans import (
    _honorific_after,
    _honorific_form,
    _with_honorific,
    _with_honorific_before,
    _with_possessive,
    _with_title,
    merge_adjacent,
)
from facilitator.anonymizer.name_rules.person_positions import (
    _AGE,
    _EQUATED_BEFORE,
    _EQUATION_WORD,
    _KIN_AND_NAME,
    _PHONE_AFTER,
    _a_list_of_three,
    _a_person_does_after_filler,
    _a_relatives_name,
    _absent_genitive,
    _acting_after,
    _acting_text,
    _between_names,
    _from_a_group,
    _genitive_before_relative,
    _kin_named,
    _lower_person_context,
    _paired_with,
    _person_stands,
    _said_absent,
    _told_to,
    subject_of_a_persons_verb,
)
from facilitator.anonymizer.name_rules.person_words import (
    _GRAMMAR_PARTS,
    _a_close_relative,
    _a_grammar_word,
    _a_relative,
    _cue_words,
    _function_or_person_word,
    _grammar_words,
    _kin_after,
    _kin_form,
    _kin_nouns,
    _kin_with_case,
    _person_nouns,
    _regional_person_nouns,
    _relatives,
)
from facilitator.anonymizer.name_rules.public_things import (
    _a_character_there,
    _a_namesake,
    _came_after,
    _named_after,
    _place_adjective,
    _place_cue,
    _place_words,
    _public_form,
    _the_figures_first_name,
    before_a_place_word,
)
from facilitator.anonymizer.name_rules.sentence_positions import (
    _CLAUSE_END,
    _CLAUSE_OPENERS,
    _NEXT,
    _POSSESSIVES,
    _REGION_LETTERS,
    _WORD_ONLY,
    LINE_OPENING,
    TOKEN,
    Token,
    _a_person_pronoun_next,
    _a_russian_word,
    _alone,
    _beside,
    _blank,
    _clause_of_one,
    _english_around,
    _in_a_link,
    _kazakh_around,
    _lowercase_writer,
    _next_token,
    _opens_clause,
    _person_before,
    _russian_around,
    _russian_sentence,
    _said,
    _there_after,
    _token,
    _unquoted,
    _words,
    starts_sentence,
    tokens,
)
from facilitator.anonymizer.name_rules.speaker_labels import (
    _CLOSING_QUOTE,
    _DESCRIBED_SPEAKER,
    _LABEL_WORD,
    _QUOTED_LABEL,
    _SPEAKER_GAP,
    _WHO,
    _WHO_ASKING,
    _WRITER,
    _a_heading,
    _a_quoted_speakers_label,
    _asks_in_the_region,
    _dictionary_speech,
    _first_person_quoted,
    _labels_a_quotation,
    _speaker_label,
    _speaks_a_quotation,
    _speaks_next,
    _to_do_label,
    _verb_stems,
    pointed_out_speaker,
)
from facilitator.anonymizer.name_rules.word_bases import (
    _LATIN_HEAD_CASE,
    _PLURALS,
    _RUSSIAN_SPELLING,
    _is_latin,
    _kazakh_plural,
    _stems,
    _strip_case,
    base_of,
)
from facilitator.anonymizer.name_rules.words_as_words import (
    _ENGLISH_DETERMINERS,
    _LOCATIVES,
    _NEGATIONS,
    _OBJECT_AFTER,
    _OBJECT_PRONOUNS,
    _OF_AFTER,
    _REGION_AGENT_NOUN,
    _SAID_A_NAME,
    _SO_CALLED_CUE,
    _glosses,
    _my_word,
    _name_nouns_pattern,
    _possessed,
    _so_called_pattern,
    glossed_words,
    mine_after_my,
    spoken_of,
)
from facilitator.anonymizer.profiles import (
    endings_for,
    profile,
    union,
)
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_ENGLISH_PRONOUNS = frozenset({"I", "i"})
"""The English "I" (and its lower-case slip): never a name nor a part of one."""


class NameFinder:
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
        self._pets = _pet_forms(
            frozenset(self.roster.values()), self._roster_bases | self._short_bases | listed
        )
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
        found += self._speakers(text, words, found, public)
        found += self._russian_in_latin(text, words, found, public)
        found = self._without_latin_russian_words(text, words, found)
        found += self._described_speakers(text, found, public)
        found += self._called_names(text, found, public)
        found += self._split_names(text, found, public)
        found = self._equated_nicknames(text, found, public)
        # what the second look finds makes other forms of it names too ("kairat said … kairat's tg")
        for _round in range(3):
            added = self._second_look(text, words, found, public)
            if not added:
                break
            found += added
        found += _family_names_after(text, words, found, public)
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
        # "Ромео в фильме …", "«Саша там главный»" after a film named: a character, whatever the source
        found = [
            s for s in found if " " in text[s.start : s.end] or not _a_character_there(text, s.start, s.end)
        ]
        # "Напр. Байылдыр — там всего 40 дворов": a word a dash and "there" speak of is a place
        found = [s for s in found if not (s.source in _SHAPE_SOURCES and _there_after(text, s.end))]
        return merge_adjacent(
            sorted(
                (
                    _with_honorific_before(
                        _with_honorific(
                            _with_title(_with_possessive(_with_lower_initials(s, text), text), text), text
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

    def _speaker_labels(self, text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
        """A word at a line's start (maybe after a time or a bullet) or after a semicolon, before a
        colon and what someone said (a quotation, a dash, a first-person pronoun), that no rule has
        found: a speaker's name typed in a spelling no list holds ("ánsar: «…»", Әнсар listed as
        Ансар) or a name no list holds ("кубан: я думаю…"). Not a heading's word ("тема:", "итог:",
        "upd:", "savol:", the profiles' ``label_words``) nor a word a dictionary reads ("мама:",
        "вывод:"). Unsure: removed, and reviewed first."""
        if ":" not in text:
            return []
        taken = [(s.start, s.end) for s in found]
        added: list[Span] = []
        for label in _LABEL_WORD.finditer(text):
            start, end = label.span("word")
            word = label.group("word")
            lower = word.casefold()
            if len(word) < 3 or lower in union("label_words") or "-" in word:
                continue
            if any(s < end and start < e for s, e in taken) or any(s <= start < e for s, e in public):
                continue
            if not _speaker_label(text, start, end):
                continue
            listed = base_of(word, self._lists) if not _a_word(word) else None
            if listed is not None and _any_kazakh_word(lower) and not _QUOTED_LABEL.match(text, end):
                listed = None  # "арман: …" without a quotation: a word of the Kazakh dictionary
            unknown = _unknown_word(lower) and not _function_or_person_word(word, skeleton(word))
            # "Вера: «я боюсь»": a name-word a dictionary reads, before a quotation that opens with "I"
            speaking = (
                listed is None
                and not unknown
                and _a_word(word)
                and (base_of(word, self._lists) or _name_word_base(word)) is not None
                and _first_person_quoted(text, end)
            )
            if listed is None and not unknown and not speaking:
                continue
            token = Token(start, end, word)
            if self.is_public(token, None, None, text):
                continue
            if speaking:
                base = base_of(word, self._lists) or _name_word_base(word) or skeleton(word)
                added.append(self._span(token, PERSON_PLACE, base))
                continue
            added.append(self._span(token, NAME_SHAPE, listed or _shaped_key(word)))
        return added

    def _equated_nicknames(self, text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
        """A capitalised word said to be a person found in the note, by "=" or "это" right before the
        name ("Boss = Meder", "Нема это Неъматулло"), where the note uses that word elsewhere too
        ("Argen: "Boss says …" - Boss = Meder"): the facilitator explains a nickname. The word is
        that person, each time it stands in the note, under the same key. Not a relative ("мама =
        Айгуль"), a pronoun or a heading's word ("Он это Тимур", "Итог = …"). Returns ``found``
        with those places: a place already found as a name of its own ("Нема ҳамеша мегӯяд") takes
        the person's key."""
        if "=" not in text and _EQUATION_WORD.search(text) is None:
            return found
        taken = Cover([(s.start, s.end) for s in found])
        names = {(s.start, s.end) for s in found if s.kind is Kind.NAME}  # the word alone, found
        in_public = Cover(public)
        added: list[Span] = []
        keys: dict[tuple[int, int], str] = {}
        for span in found:
            if span.source in UNSURE_SOURCES:
                continue
            near = text[max(0, span.start - 16) : span.start]
            if "=" not in near and _EQUATION_WORD.search(near) is None:
                continue  # most names: no equation right before them
            equated = _EQUATED_BEFORE.search(text, max(0, span.start - 40), span.start)
            if equated is None:
                continue
            nick = equated.group("nick")
            start = equated.start("nick")
            if start in taken and (start, start + len(nick)) not in names:
                continue  # a part of something else found
            if start in in_public or not nick[:1].isupper() or nick.isupper():
                continue
            if nick.casefold() in union("label_words") or nick.casefold() in union("pronouns"):
                continue
            if len(nick) < 3 or skeleton(nick) in _grammar_words() or _a_relative(nick):
                continue  # "мама = Айгуль": a relative, named; not her nickname (a boss may be one)
            readings = () if _is_latin(nick) else lexicon.russian_readings(nick.casefold())
            if readings and readings[0][0] in _GRAMMAR_PARTS:
                continue  # "Они это Тимур и Дима": a pronoun
            places = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(nick)}(?![\w-])", text)]
            if len(places) < 2 and base_of(nick, self._lists) is None:
                continue  # said once: no nickname the note goes on to use (a name is one: "Max = Maksat")
            for at in places:
                if (at, at + len(nick)) in names:
                    keys[at, at + len(nick)] = span.key
                elif at not in taken and at not in in_public:
                    added.append(Span(at, at + len(nick), Kind.NAME, NAME_SHAPE, span.key))
        rekeyed = [
            Span(s.start, s.end, s.kind, s.source, keys[s.start, s.end])
            if s.kind is Kind.NAME and (s.start, s.end) in keys
            else s
            for s in found
        ]
        return rekeyed + added

    def _called_names(self, text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
        """A word the note says is a name or a nickname: before "is", a dash or "это" and a word for a
        name, two words at most between and no "not" ("Hope is the English nickname he uses", "Максат
        — это имя", "Ерке — лақап аты"; the profiles' ``name_nouns``), not "the name of" something; or
        before a dash, "так"/"so" and a verb of calling or writing a name ("Бука — так его зовут",
        "вилл — так ребята пишут Уилла"; ``calling_verbs``), that person's when a name found follows.
        Not a pronoun, a heading's or grammar word. Unsure: removed, and reviewed first."""
        places: list[tuple[int, int, str]] = []  # the word, and the start of a name that follows
        if _name_nouns_pattern().search(text):
            for noun in _name_nouns_pattern().finditer(text):
                said = _SAID_A_NAME.search(text, max(0, noun.start() - 60), noun.start())
                if said is None or _OF_AFTER.match(text, noun.end()):
                    continue
                between = said.group("between").casefold().split()
                if any(w in _NEGATIONS for w in between):
                    continue  # "Слава — это не имя"
                places.append((said.start("word"), said.end("word"), ""))
        if _SO_CALLED_CUE.search(text):
            names_at = {s.start: s for s in found if s.kind is Kind.NAME}
            for called in _so_called_pattern().finditer(text):
                # someone called: a name found after the verb ("пишут Уилла"), or "him", "его"
                named = names_at.get(called.end("verb") + 1)
                after = _OBJECT_AFTER.match(text, called.end("verb"))
                between = called.group(0)[
                    called.end("word") - called.start() : called.start("verb") - called.start()
                ]
                if named is None and after is None and not _OBJECT_PRONOUNS & set(between.casefold().split()):
                    continue  # "Вера — так и пишут в анкете": nobody is called
                places.append((called.start("word"), called.end("word"), named.key if named else ""))
        if not places:
            return []
        taken = Cover([(s.start, s.end) for s in found])
        in_public = Cover(public)
        added: list[Span] = []
        for start, end, key in places:
            word = text[start:end]
            if start in taken or start in in_public or len(word) < 3 or (word.isupper() and len(word) > 1):
                continue
            lower = word.casefold()
            if (
                lower in union("pronouns")
                or lower in _ENGLISH_DETERMINERS
                or skeleton(word) in _grammar_words()
            ):
                continue  # "It is a name", "Это — кличка": a pronoun says nothing of a name
            token = Token(start, end, word, starts_sentence(text, start))
            base = key or base_of(word, self._lists) or _name_word_base(word) or skeleton(word)
            added.append(self._span(token, PERSON_PLACE, base))
        return added

    def _described_speakers(self, text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
        """A word opening a sentence, then a remark in brackets about who that is, then a colon, a dash
        or a verb of speech and a quotation ("Мулла (самый религиозный) — «…»", "qaraqul (qop-qora
        jingalak sochli) dedi: «…»", "Бабай (чоң атасындай сүйлөйт): «…»"): the facilitator points out
        a speaker, so the word is how a person is called, a word of a dictionary too. Not a heading's
        word ("Тема (важно): «…»"), a word of grammar, a relative or a word for a person ("мама
        (плачет): «…»"). Unsure: removed, and reviewed first."""
        if "(" not in text:
            return []
        taken = [(s.start, s.end) for s in found]
        in_public = Cover(public)
        added: list[Span] = []
        for described in _DESCRIBED_SPEAKER.finditer(text):
            if not pointed_out_speaker(text, described.end("word")):
                continue
            start, end = described.span("word")
            word = described.group("word")
            if any(s < end and start < e for s, e in taken) or start in in_public:
                continue
            if word.casefold() in union("label_words"):
                continue
            listed = base_of(word, self._lists)
            if _function_or_person_word(word, listed or skeleton(word)):
                continue
            token = Token(start, end, word)
            if self.is_public(token, None, None, text):
                continue
            added.append(self._span(token, NAME_SHAPE, listed or _shaped_key(word)))
        return added

    def _speakers(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
    ) -> list[Span]:
        """A lower-case word right before a verb of speech in its own script ("кубан сказал", "ánsar
        aıtty"), that no rule has found: a name no list holds, or one typed in a spelling no list
        holds, where no dictionary reads a word ("вчера роман сказал" is the rules' own; "сосын
        айтты" is "then"). Unsure: removed, and reviewed first."""
        speech = union("speech")
        taken = {s.start for s in found}
        in_public = Cover(public)
        added: list[Span] = []
        for index in range(len(words) - 1):
            start, end, word = words[index]
            verb = words[index + 1]
            if verb[2].casefold() not in speech or text[end : verb[0]] != " " or start in taken:
                continue
            if not word.islower() or len(word) < 4 or _is_latin(word) != _is_latin(verb[2]):
                continue
            lower = word.casefold()
            if "-" in word or lower in union("label_words") or start in in_public:
                continue
            listed = base_of(word, self._lists) if not _a_word(word) else None
            if listed is not None and (_kazakh_word(lower) or written_like_a_name(word)):
                listed = None  # a Kazakh word, or a name the rules have already judged where it stands
            thing = (
                listed is None
                and not _is_latin(word)
                and verb[2].casefold() in _dictionary_speech()
                and _opens_clause(text, start)
                and lexicon.russian_thing(lower)[0]
                and not _kazakh_word(lower)
            )  # "кара сказал что …": a thing does not speak (a nickname that is a word: punishment)
            if (
                listed is None
                and not thing
                and not (_unknown_word(lower) and verb[2].casefold() in _dictionary_speech())
            ):
                continue  # a word no dictionary reads is a name only in a language a dictionary reads
            if _function_or_person_word(word, listed or skeleton(word)):
                continue
            added.append(self._span(Token(start, end, word), NAME_SHAPE, listed or _shaped_key(word)))
        return added

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
        function = union("latin_function_words") | union("latin_weak_words")
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
        fillers = union("latin_function_words") | union("latin_weak_words")
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
        blockers = union("word_after") | union("conjunctions")
        added: list[Span] = []
        for index, (start, end, word) in enumerate(words):
            if start in taken or index + 1 >= len(words) or len(word) < 3 or "-" in word:
                continue
            if start in covered or start in in_public:
                continue
            listed = base_of(word, self._lists)
            base = listed or _name_word_base(word)
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
        сестра Мирлана, пришла", "Роза, Мирланның әпкесі, келді") is a person: where the Russian name
        model's silence would drop it, it stands as a person's place."""
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
                and text[span.end : words[index + 1][0]].strip() == ","
                and starts_sentence(text, span.start)
                and not _a_list_of_three(text, words, index)
                and self._relative_of_a_name_after(
                    text, words, self._past_kin_modifier(text, words, index + 1), taken
                )
            ):
                span = Span(span.start, span.end, span.kind, PERSON_PLACE, span.key)
            kept.append(span)
        return kept

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
        """One of the next five words of the sentence speaks to someone ("…, сен не ойлайсың?")."""
        stop = re.compile(r"[.!?\n»”]").search(text, words[index - 1][1])
        limit = stop.start() if stop else len(text)
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

    def _listed_with_words(self, text: str, end: int) -> bool:
        """The word is the head of a list whose next item is a lower-case common word, not a word
        for a person ("Вера и надежда", "Мейірім, сабыр және құрмет", "Sezim men aqyl"; not "Вера
        и мама пришли")."""
        joined = _LIST_NEXT.match(text, end)
        if joined is None or (
            joined.group("conj") and joined.group("conj").casefold() not in union("conjunctions")
        ):
            return False
        nxt = joined.group("word")
        if not nxt.islower() or nxt in _kin_nouns() or base_of(nxt, _person_nouns(), min_inflected=3):
            return False
        readings = () if _is_latin(nxt) or joined.group("conj") else lexicon.russian_readings(nxt.casefold())
        if readings and readings[0][0] in ("PREP", "NPRO"):
            return False  # "Слава, по его словам, …": an aside, no item of a list
        if nxt.casefold() in union("kin_modifiers"):
            # "Славик, младший брат Кати": who he is, not a list of words ("Надежда, младшая сестра и
            # семья" is one)
            kin = _KIN_AND_NAME.match(text, joined.end("word"))
            if kin and skeleton(kin.group(1)) in _relatives() and kin.group(2)[:1].isupper():
                return False
        # not "Вера и тимур": a name joined to a name
        return base_of(nxt, self._lists) is None or base_of(nxt, name_words(_is_latin(nxt))) is not None

    # -- the note decides ----------------------------------------------------------------------
    def _second_look(
        self, text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
    ) -> list[Span]:
        """Words the first look left, decided by the rest of the note: another form of a name found
        elsewhere in it ("Ернұрдың" at a sentence start, "Ернұр" inside one), a word after a naming
        cue ("по имени", "номаш", "named") or before one ("Арман деген жігіт"), a name joined to a
        name ("Max and Tim", "Саке мен Жаке"), a name explained in brackets ("Rose (the intern)"),
        a name of the region written in lower case in a Russian sentence ("азамат опять шутил")."""
        if not words:
            return []
        taken = {s.start for s in found}
        seen: set[str] = set()
        unsure: set[str] = set()
        lower_seen: set[str] = set()
        lower_unsure: set[str] = set()
        for span in found:
            first = TOKEN.match(text, span.start)
            if first is None:
                continue
            shape = skeleton(first.group())
            lower = not first.group()[:1].isupper()
            if span.source in UNSURE_SOURCES:
                unsure.update((shape, span.key or shape))
                if lower:
                    lower_unsure.update((shape, span.key or shape))
                continue
            seen.update((shape, span.key or shape))
            if lower:
                lower_seen.update((shape, span.key or shape))
        # a name seen only with an ending is also its stem: "Jalǵas" beside "Jalǵastyń", "Жарас" beside
        # "Жарасқа" (the stem has four letters at least, so an ending is not read into a short name)
        seen |= {stem for w in seen for stem in _stems(w)}
        unsure |= {stem for w in unsure for stem in _stems(w)}
        seen_bases = frozenset(w for w in seen if len(w) >= 3)
        unsure_bases = frozenset(w for w in unsure - seen if len(w) >= 3)
        lower_bases = frozenset(w for w in lower_seen if len(w) >= 3)
        lower_unsure_bases = frozenset(w for w in lower_unsure - lower_seen if len(w) >= 3)
        sure = frozenset(
            s.start
            for s in found
            if s.source not in UNSURE_SOURCES
            and not _common_word(text[s.start : s.end], text, s.start, s.end)
            and base_of(text[s.start : s.end], name_words(_is_latin(text[s.start : s.end]))) is None
        )
        # the first names of the note's full names found by a sure rule ("Роман Ткаченко"): the same
        # word opening a later sentence is that person, though a dictionary reads a word ("Роман весь
        # час молчал")
        by_start = {s.start: s for s in found}
        full_firsts = frozenset(
            skeleton(text[s.start : s.end].split()[0])
            for s in found
            if s.source not in UNSURE_SOURCES
            and text[s.start : s.start + 1].isupper()
            and (
                len(text[s.start : s.end].split()) >= 2
                or (
                    s.end + 1 in by_start
                    and text[s.end] == " "
                    and by_start[s.end + 1].source not in UNSURE_SOURCES
                    and text[s.end + 1 : s.end + 2].isupper()
                )
            )
        ) | frozenset(_kin_named(text, found))
        # names whose skeleton is too short to take an ending by it ("Аян", "Aıan": "an"), as written:
        # the same letters and a case ending are that name ("Aıannyń úıi" beside "Aıan dedi")
        short_written = {
            text[s.start : s.end].split()[0].casefold(): s.key
            for s in found
            if s.source not in UNSURE_SOURCES
            and text[s.start : s.start + 1].isupper()
            and len(skeleton(text[s.start : s.end].split()[0])) < 3
            and len(text[s.start : s.end].split()[0]) >= 3
        }
        added: list[Span] = []
        in_public = Cover(public)
        explained = glossed_words(text)
        for index, (start, end, word) in enumerate(words):
            if start in taken or word in self._never:
                continue
            if explained and word.islower() and word in explained:
                continue  # "more erkin (free) here", "the erkin question": the word the writer translated
            if index + 1 < len(words) and _a_wish(text, end, words[index + 1]):
                continue  # "Саломат бошед" beside "Саломат Каримовна": be well
            short = _short_name_with_case(word, short_written) if word[:1].isupper() else None
            if short is not None:
                added.append(Span(start, end, Kind.NAME, "same-note", short))
                continue
            if word.casefold() in lexicon.not_names() or (len(word) > 1 and word.isupper()):
                continue
            if start in in_public:
                continue
            if before_a_place_word(text, end):
                continue  # "Oydin mahallasida" beside "Oydin opa": the neighbourhood, named so
            place = base_of(word, self._places)
            a_person = place is not None and self._place_name_of_a_person(text, words, index)
            if (
                place is not None
                and (skeleton(word).startswith(place) or base_of(word, seen_bases, 3) is None)
                and not a_person
            ):
                continue  # "Алматыда"; but "Алматқа" beside "Алмат" is Алмат (the city keeps its ы)
            source = (
                AMBIGUOUS
                if a_person
                else self._context_source(
                    text,
                    words,
                    index,
                    seen_bases,
                    lower_bases,
                    taken,
                    unsure_bases,
                    lower_unsure_bases,
                    sure,
                    full_firsts,
                )
            )
            if source is None:
                continue
            token = Token(start, end, word)
            before = _token(words[index - 1]) if index else None
            after = _token(words[index + 1]) if index + 1 < len(words) else None
            named = source == "name-cue" and after is not None and after.text.casefold() in union("naming")
            if not named and self.is_public(token, before, after, text):
                # "закон Салтанат" beside a girl called Салтанат, "библиотека имени Пушкина": the
                # public name stays; but "Манас деген бала": a boy named after the hero is a person
                continue
            base = (
                base_of(word, seen_bases, min_inflected=3)
                or base_of(word, self._lists)
                or _strip_case(skeleton(word))
            )
            added.append(self._span(token, source, base))
        return added

    def _in_a_list_of_names(
        self, text: str, words: list[tuple[int, int, str]], index: int, taken: set[int]
    ) -> bool:
        """The word is an item of a list of one-word items (a comma or a conjunction between them) that
        opens its clause, every item a listed name or a name-word, one of them a name of the note found
        by a sure rule, written in lower case ("bakyt, arman, erlan keldi"; not "сезім, арман және
        мақсат": no item is a name no word shares)."""
        conj = union("conjunctions")
        first = index
        while first > 0:
            gap = text[words[first - 1][1] : words[first][0]].strip()
            if gap == ",":
                first -= 1
            elif not gap and words[first - 1][2].casefold() in conj and first > 1:
                if text[words[first - 2][1] : words[first - 1][0]].strip():
                    break
                first -= 2
            else:
                break
        opening = text[max(0, words[first][0] - 20) : words[first][0]].rstrip(" \t")
        if opening and opening[-1] not in _CLAUSE_OPENERS:
            return False
        items, at = [], first
        while at < len(words):
            items.append(words[at])
            if at + 1 >= len(words):
                break
            gap = text[words[at][1] : words[at + 1][0]].strip()
            if gap == ",":
                at += 1
            elif not gap and words[at + 1][2].casefold() in conj and at + 2 < len(words):
                at += 2
            else:
                break
        if len(items) < 3 or not any(w[0] == words[index][0] for w in items):
            return False
        names = all(
            w[2].islower() and (base_of(w[2], self._lists) is not None or _name_word_base(w[2]) is not None)
            for w in items
        )
        return names and any(w[0] in taken and _name_word_base(w[2]) is None for w in items)

    def _place_name_of_a_person(self, text: str, words: list[tuple[int, int, str]], index: int) -> bool:
        """A place's name that is also a given name, in lower case, right before a verb only a person
        does or a phone number ("дархан просил номер", "тел дархан 8747…"): a person, not a town."""
        _start, end, word = words[index]
        if not word.islower() or skeleton(word) not in self._lists:
            return False  # the name as it is: "алматы 8 727…" is the city's office
        after = words[index + 1] if index + 1 < len(words) else None
        said = after is not None and text[end : after[0]] == " " and _said(_token(after))
        return said or _PHONE_AFTER.match(text, end) is not None

    def _context_source(
        self,
        text: str,
        words: list[tuple[int, int, str]],
        index: int,
        seen: frozenset[str],
        lower_seen: frozenset[str],
        taken: set[int],
        unsure: frozenset[str] = frozenset(),
        lower_unsure: frozenset[str] = frozenset(),
        sure_starts: frozenset[int] = frozenset(),
        full_firsts: frozenset[str] = frozenset(),
    ) -> str | None:
        """``sure_starts``: the starts of the note's names found by a sure rule that are no word as well."""
        start, end, word = words[index]
        capital = word[:1].isupper()
        surname_place = (
            index > 0 and words[index - 1][0] in taken and text[words[index - 1][1] : start] == " "
        )
        if not capital and word.casefold() in _WHO and not surname_place:
            return None  # "uyda kim ishlaydi?", "кім істейді": who; but "вика ким": Ким
        if not capital and _counted(text, start):
            return None  # "birinchi marta gapirdi", "3 marta keldi", "екі жеңіс": the counted noun, not Marta
        head, _hyphen, tail = word.rpartition("-")
        if head and capital and skeleton(tail) in endings_for(False) | endings_for(True) and len(tail) >= 2:
            word = head  # "Rose-ға" beside "Rose деген қыз": the name with a Kazakh case ending
        before = words[index - 1] if index else None
        after = words[index + 1] if index + 1 < len(words) else None
        if (
            not capital
            and word.casefold() in union("greetings")
            and not (after is not None and text[end : after[0]] == " " and _said(_token(after)))
            and not _a_person_does_after_filler(text, words, index)
        ):
            return None  # "Я: рахмат, выздоравливает пусть": thanks; "рахмат опять опоздал": Рахмат
        if capital and (seen or unsure):
            # another form of a name of this note ("Дана өте ақылды" beside "Дананың айтуынша",
            # "Nurǵa" beside "Nur (19 jas)"), unless a sentence starts with it and a dictionary
            # or the next word reads it as a word ("Слава богу", "Нұр деген сөз")
            sure = seen and base_of(word, seen, min_inflected=3) is not None
            if sure or (unsure and base_of(word, unsure, min_inflected=3) is not None):
                initial = starts_sentence(text, start) and text[end : end + 2] not in _POSSESSIVES
                # "Эмира друг Тимур" beside "Эмир": before a relative, the person's genitive
                related = after is not None and skeleton(after[2]) in _relatives() and after[2].islower()
                if related or not (
                    initial and self._reads_as_word(text, words[index], after[2] if after else None)
                ):
                    return "same-note" if sure else AMBIGUOUS
                if (
                    sure
                    and skeleton(word) in full_firsts
                    and not _is_latin(word)
                    and after is not None
                    and after[2].islower()  # not "Роман Толстого"
                    and after[2].casefold() not in union("word_after")
                    and not self._listed_with_words(text, end)
                ):
                    # "Роман Ткаченко пришёл. … Роман весь час молчал": not "Надежда есть", "Любовь и
                    # уважение", "Жеңиш деген эмне" (the word by what follows)
                    return PERSON_PLACE
        possessed = not capital and _possessed(word, base_of(word, self._lists) or "")
        if possessed and (lower_seen or lower_unsure):
            return None  # "арманым", "armanyn" beside "arman: «…»": "my dream", "his dream"
        after2 = words[index + 2] if index + 2 < len(words) else None
        if (
            not capital
            and after is not None
            and after[2].casefold() in union("word_cues")
            and text[end : after[0]] == " "
            and _name_word_base(word) == skeleton(word)  # not "qaırattyń sózi": Qairat's words
            # not "арман деген бала": a boy called so
            and not (
                after[2].casefold() in union("naming")
                and after2 is not None
                and after2[2].casefold() in union("person_nouns")
            )
        ):
            return None  # "umid means hope", "бақыт деген не": the word spoken of, though a person's too
        if not capital and lower_seen and base_of(word, lower_seen, min_inflected=3) is not None:
            return "same-note"
        if not capital and lower_unsure and base_of(word, lower_unsure, min_inflected=3) is not None:
            return AMBIGUOUS  # "азаматпен" beside "азамат опять" (itself unsure)
        listed_base = base_of(word, self._lists)
        # "anasynyń" is a mother's (анасы), not Анас's
        listed = listed_base is not None and len(_kin_form(word)) <= len(listed_base)
        before2 = words[index - 2] if index > 1 else None
        if listed and _genitive_before_relative(text, words, index, listed_base or ""):
            # "романа старший брат", "Славы сестра", "Славы адрес": a name's genitive, a relative or
            # what a person owns (with a capital, sure enough to stand without the name model)
            return "names-list" if capital else AMBIGUOUS
        surname = (
            before
            and before[0] in taken
            and text[before[1] : start] == " "
            and (_lower_surname_shaped(word) or (_name_like_shape(word) and _a_russian_surname(word)))
            and not _any_kazakh_word(word.casefold())
        )
        first = (
            after
            and after[0] in taken
            and text[end : after[0]] == " "
            and listed
            and _unquoted(text, start)
            and not (after[2][:1].isupper() and _any_kazakh_word(word.casefold()))  # "өлеңді Бекеш оқыды"
        )
        if not capital and len(word) >= 4 and (surname or first) and not _common_word(word, text, start, end):
            # "ербол тоқтарұлы", "aidos tleubay": a surname right after a name of the note; "bolat
            # zharkynbay said": a listed first name right before one
            return NAME_SHAPE
        if not capital and len(word) >= 4 and first and _a_russian_surname(after[2] if after else ""):
            # "мать кости литвиненко": a listed first name that is also a word ("кости", bones),
            # right before a surname the dictionary knows: unsure
            return AMBIGUOUS
        cued = before and before[2].casefold() in union("name_cues") and _blank(text, before[1], start, ":")
        if cued and (capital or listed) and word.casefold() not in union("nickname_fillers"):
            return "name-cue"  # not "кличка у него": "у" is a listed name (U) too
        if (
            after
            and after2
            and after[2].casefold() in union("naming")
            and after2[2].casefold() in union("person_nouns")
            and (capital or listed)
        ):
            return "name-cue"
        if capital and before and after and not starts_sentence(text, start):
            conj = union("conjunctions")
            left = (before[0] in taken and text[before[1] : start].strip() == ",") or (
                before2 is not None
                and before[2].casefold() in conj
                and before2[0] in taken
                and not text[before[1] : start].strip()
            )
            right = (after[0] in taken and text[end : after[0]].strip() == ",") or (
                after2 is not None
                and after[2].casefold() in conj
                and after2[0] in taken
                and not text[end : after[0]].strip()
            )
            if left and right:
                return "joined"  # "Еламан, Сырым и Шыңғыс": a word between two names of a list
        kin = re.match(r"\s*\(\s*([^\W\d_]+)", text[end : end + 40])
        if kin and kin.group(1).casefold() in _kin_nouns():
            if capital:
                return "names-list"  # "Бота (сестра Нурсултана)": a relative of someone is a person
            if listed or _name_word_base(word) is not None:
                return AMBIGUOUS  # "роза (сестра марата, 15)": a name-word explained as a relative
        if capital and (listed or self._nickname(skeleton(word)) or self._truncated(skeleton(word))):
            conj = union("conjunctions")
            joined = (after and after2 and after[2].casefold() in conj and after2[0] in taken) or (
                before and before2 and before[2].casefold() in conj and before2[0] in taken
            )
            if joined:
                return "joined"
            rest = text[end : end + 12]
            if listed and (re.match(r"\s*\(", rest) or re.match(r",\s+(?:the|a|an|our|my|his|her)\s", rest)):
                return AMBIGUOUS
            if listed and after and after[0] in taken and _blank(text, end, after[0], ""):
                return AMBIGUOUS  # "Bill Harrison": a listed name right before a name
        if capital and re.match(r"\s*\(", text[end : end + 4]):
            inside = re.match(r"\s*\(\s*", text[end:])
            if inside and end + inside.end() in taken:
                return AMBIGUOUS  # "Ербо (Ерболат)"
        if not capital and _unquoted(text, start):
            word_base = _name_word_base(word)
            if listed_base is not None and listed and written_like_a_name(word):
                word_base = listed_base  # "арманға" is Арман's dative, though "armanga" is listed too
            if word_base is not None and _person_stands(text, words, index, word_base):
                return AMBIGUOUS  # "арман: …", "арманға айттым", "нур ахметова", "алтын апай"
            if before and before[0] in taken and text[before[1] : start] == " " and _family_name(word):
                return NAME_SHAPE  # "нур ахметова": the family name after a name of the note
            if word_base is not None and _between_names(text, words, index, taken):
                return AMBIGUOUS  # "ерасыл, куаныш, нурбек келді": a list of names of the note
            if word_base is not None and self._in_a_list_of_names(text, words, index, taken):
                return AMBIGUOUS  # "bakyt, arman, erlan keldi": a list of names, one of them sure
        if not capital and listed and _unquoted(text, start) and written_like_a_name(word):
            conj = union("conjunctions")
            # joined with spaces only: in "Азат «мен эркин адаммын»" the quotation opens between the
            # name and "мен" (I, though also "and"), so "эркин" (free) is joined to no one
            joined = (
                after
                and after2
                and after[2].casefold() in conj
                and after2[0] in taken
                and _blank(text, end, after[0], "")
                and _blank(text, after[1], after2[0], "")
            ) or (
                before
                and before2
                and before[2].casefold() in conj
                and before2[0] in taken
                and _blank(text, before2[1], before[0], "")
                and _blank(text, before[1], start, "")
            )
            if joined and not _common_word(word, text, start, end):
                return AMBIGUOUS  # "азамат и тимур подрались": joined to a name of the note
            joined_sure = (
                after is not None
                and after2 is not None
                and after[2].casefold() in conj
                and after2[0] in sure_starts
                and _blank(text, end, after[0], "")
            ) or (
                before is not None
                and before2 is not None
                and before[2].casefold() in conj
                and before2[0] in sure_starts
                and _blank(text, before[1], start, "")
            )
            if joined_sure:
                return AMBIGUOUS  # "слава и марат пришли": a name-word joined to a name no word shares
            if _said_absent(text, words, index, taken):
                return AMBIGUOUS  # "14 бала келді, қайрат жоқ, Дәурен кешікті": a roll call
            return self._lower_case_name(text, words[index], after, before)
        if not capital and self._nickname(skeleton(word)) and _unquoted(text, start):
            return self._lower_case_nickname(text, words[index], after)
        if (
            not capital
            and after
            and after2
            and after[2].casefold() in union("subject_fillers")
            and after2[2].casefold() in union("person_after")
            and not text[end : after[0]].strip()
            and not text[after[1] : after2[0]].strip()
            and _lower_name_shaped(word)
        ):
            return NAME_SHAPE  # "алтару опять опоздал": a person, a filler, a verb a person does
        if (
            not capital
            and after
            and _lower_name_shaped(word)
            and starts_sentence(text, start)
            and _SPEAKER_GAP.fullmatch(text, end, after[0])
        ):
            return NAME_SHAPE  # "kanybek: 'my wife will not work'": a name-shaped speaker
        if not capital and _lower_name_shaped(word):
            conj = union("conjunctions")
            joined = (after and after2 and after[2].casefold() in conj and after2[0] in taken) or (
                before and before2 and before[2].casefold() in conj and before2[0] in taken
            )
            if joined:
                return NAME_SHAPE  # "есенгүл и Тимур подрались": joined to a name of the note
        if (
            capital
            and after
            and starts_sentence(text, start)
            and not _a_word(word)
            and word.casefold() not in union("person_before")  # "Kókesi — ákesi": a relative
        ):
            gap = text[end : after[0]]
            if re.fullmatch(r"\s*:\s*[«\"“„]", gap) and word.casefold() not in union("label_words"):
                return AMBIGUOUS  # "Жарас: «феминизм…»": a speaker before a quotation
            if re.fullmatch(r"\s*[,/]\s*", gap) and after[0] in taken:
                return AMBIGUOUS  # "Жарас, Бекжан және Ғани": the first of a list of names
            after2 = words[index + 2] if index + 2 < len(words) else None
            if after[2].casefold() in union("conjunctions") and after2 and after2[0] in taken:
                return AMBIGUOUS  # "Жарас пен Бекжан"
            nouns = union("person_nouns")
            if re.fullmatch(r"\s*[—–]\s*", gap) and any(
                w[2].casefold() in nouns for w in words[index + 1 : index + 4]
            ):
                return AMBIGUOUS  # "Ғани — жаңа жігіт", "Dias — a new guy": said to be a person
        return None

    def _lower_case_name(
        self,
        text: str,
        word: tuple[int, int, str],
        after: tuple[int, int, str] | None,
        before: tuple[int, int, str] | None = None,
    ) -> str | None:
        """A listed name in lower case that the note makes a name: a name of the region in a Russian
        or English sentence from a writer who does not capitalise ("азамат опять шутил", "bolat
        said"), any listed name before a verb of speech ("ким сказал"), or, in a note whose writer
        does not capitalise, before a verb a person does ("qairatpen soilestim")."""
        start, end, written = word
        lower = written.casefold()
        if (
            before is not None
            and before[2].casefold() in union("possessives")
            and text[before[1] : start] == " "
        ):
            return None  # "у каждого свой арман", "менің арманым": an owned thing
        regional = base_of(written, regional_name_words()) is not None
        said = (
            after is not None
            and after[2].casefold() in union("person_after")
            and after[2].casefold() not in union("conjunctions")
            and not _CLOSING_QUOTE.search(text, end, after[0])  # "«… әйел — күміс» деді": the quote's
        )
        if not said and after is not None and after[2].casefold() in union("subject_fillers"):
            following = _NEXT.match(text, after[1])  # "кирюха опять опоздал": a filler, then the verb
            said = following is not None and following.group(1).casefold() in union("person_after")
        if _is_latin(written):
            foreign = _english_around(text, start, end)
            common = lower in lexicon.english_words()
        else:
            foreign = _russian_around(text, start, end)
            known, name_p, _place = lexicon.russian(lower)
            common = known and name_p < 0.3
            if (
                before is not None
                and text[before[1] : start] == " "
                and (common or _any_kazakh_word(lower) or _name_word_base(written) is not None)
                and _an_adjective(before[2].casefold())
            ):
                return None  # "«настоящий азамат не тот, кто бьёт»": the word after its adjective
        if common:
            # "вчера роман сказал", "потом mark asked": a word of the dictionary does not speak
            speaks = (
                after is not None
                and text[end : after[0]] == " "
                and after[2].casefold() in union("speech")
                and after[2].casefold() not in _COPULA_AFTER
                and _is_latin(after[2]) == _is_latin(written)
            )
            return AMBIGUOUS if speaks else None
        base = base_of(written, self._lists) or skeleton(written)
        if _possessed(written, base):
            return None  # "арманым", "óz armanyn jazdy", "сұлтаны": a possessed word
        if skeleton(written)[len(base) :] in _LOCATIVES and skeleton(written).startswith(base):
            return None  # "бозорда ишлайди", "алтында": where, not who; a subject takes no case
        # what follows says a person only of a word that is no word of the grammar or for a person
        # ("әлі деді": "still"; "адам келді": "a man came")
        plain = not _function_or_person_word(written, base)
        if (
            after is not None
            and plain
            and lower not in union("label_words")
            and starts_sentence(text, start)
            and _SPEAKER_GAP.fullmatch(text, end, after[0])
            and (
                _QUOTE_AFTER.fullmatch(text, end, after[0])
                or not (_a_word(written) or _any_kazakh_word(lower))
            )
        ):
            # "aziz: 'my uncle says…'", "бекжан: «бұл батыстың идеясы»": a speaker; a name that is
            # also a word ("aziz" dear, "арман" dream) only before a quotation (unsure, reviewed first)
            return AMBIGUOUS
        if after is not None and _honorific_after(_token(after)):
            return AMBIGUOUS  # "темир ага келді", "dilnoza opa": an honorific after it says a person
        if plain and _owned(written, _owned_after_fillers(text, end) or (after[2] if after else None)):
            # "qaırattyń sózi", "aıdostyń aǵasy", "бахыттың да сондай арманы": a person's words,
            # brother, dream
            return AMBIGUOUS
        if (
            said
            and plain
            and after is not None
            and after[2].casefold() not in _COPULA_AFTER
            and _is_latin(after[2]) == _is_latin(written)  # "Kazakh мұң came up": a word quoted
        ):
            # "qaırat keldi", "бақыт айтты", "aziz said": a listed name before a verb a person does,
            # in any language, though it is also a word: unsure, removed, reviewed first
            return AMBIGUOUS
        if plain and _is_latin(written) and foreign:
            # in an English sentence, a word no English dictionary holds: after "with", "told", a
            # relative ("spoke with bolat"), before "'s" and a relative ("aziz's dad"), or before
            # "was"/"is" ("aziz was quiet"; "Will was quiet" is the capitalised rule's)
            if before is not None and before[2].casefold() in profile("en").person_before:
                return AMBIGUOUS
            if text[end : end + 2] in _POSSESSIVES:
                owned = _NEXT.match(text, end + 2)
                if owned is not None and owned.group(1).casefold() in _kin_nouns():
                    return AMBIGUOUS
            if after is not None and after[2].casefold() in _TO_BE:
                return AMBIGUOUS
        if foreign and (said or (regional and _lowercase_writer(text))):
            return AMBIGUOUS  # "азамат опять шутил", "ким сказал", "bolat said"
        if (
            foreign
            and not _is_latin(written)
            and before is not None
            and before[2].casefold() in _PERSON_PREPOSITIONS
            and base_of(written, self._lists) != skeleton(written)
        ):
            return AMBIGUOUS  # "поговорила с даниром", "передала ерлану": a name's case after "с", "к"
        if said and plain and _lowercase_writer(text):
            return AMBIGUOUS  # "qairatpen soilestim": a lower-case note, a person's verb
        if plain and _speaks_a_quotation(text, end) and _lowercase_writer(text):
            return AMBIGUOUS  # "тек нұрбол 'мен қорқамын' деді": a lower-case note's speaker
        return None

    def _lower_case_nickname(
        self, text: str, word: tuple[int, int, str], after: tuple[int, int, str] | None
    ) -> str | None:
        """A nickname written in lower case in a Russian or English sentence ("жаке сказал", "асик
        пропустил", "nurik said"): a name's first syllable and a diminutive, that the dictionary of
        the sentence does not read as a word, before a verb only a person does or an honorific.
        Unsure: removed, and reviewed first. (Without a Kazakh dictionary, "kómek surady" looks
        the same in a Kazakh sentence.)"""
        start, end, written = word
        lower = written.casefold()
        if after is None or after[2].casefold() in union("conjunctions"):
            return None
        if not (after[2].casefold() in union("person_after") or _honorific_after(_token(after))):
            return None
        if _is_latin(lower):
            if not _english_around(text, start, end):
                return None
            common = lower in lexicon.english_words()
        else:
            if not _russian_around(text, start, end):
                return None
            known, name_p, _place = lexicon.russian(lower)
            common = known and name_p < 0.3
        return None if common else AMBIGUOUS

    def _never_a_name(self, word: str) -> bool:
        """True for a word that no context makes a name (the answer is kept for the note's other
        occurrences): lower case, not hyphenated, not a particle, not a form of a roster name or of
        a listed name."""
        # a lower-case letter alone is a word of the grammar in every language here ("played a song",
        # "u keldi", "a potom"), though the lists hold A and U
        never = (len(word) == 1 and word.islower()) or (
            not word[:1].isupper()
            and "-" not in word
            and skeleton(word) not in union("particles")
            and not self._nickname(skeleton(word))
            and base_of(word, self._roster_bases, min_inflected=3) is None
            and (not self._short or base_of(word, self._short_bases) is None)
            and not (self.roster and _is_latin(word) and self._roster_in_latin_russian_case(word))
            and (not self._pets or base_of(word, self._pet_bases, min_inflected=3) is None)
            and (not self._use_lists or base_of(word, self._lists) is None)
            # "алтын", "jan", "бек": a name-word or a name's part no list holds as a name alone,
            # decided by where it stands
            and (not self._use_lists or _name_word_base(word) is None)
            and not (self._use_lists and _name_like_shape(word))
        )
        (self._never if never else self._maybe).add(word)
        return never

    # -- one word ------------------------------------------------------------------------------
    def _match(self, token: Token, before: Token | None, after: Token | None, text: str) -> Span | None:
        word = token.text
        if not token.capitalised and word.casefold() in _WHO:
            return None  # "kim isteıdi" (who does), not Ким
        if (
            (token.initial or text[token.start - 1 : token.start] in '«"“„')
            and word.casefold() in _WHO_ASKING
            and _asks_in_the_region(text, after)
        ):
            return None  # "«Ким уйда хўжайин?»", "Кӣ дар хона қарор қабул мекунад?": who, not Ким
        if (
            after is not None
            and after.capitalised
            and word.casefold() in union("greetings")
            and not (SURNAME.match(after.text) and base_of(word, self._lists) is not None)
        ):
            # "Привет Айгерим", "Сәлем Айгерім", "Hi Madina": the greeting stays; "Рахмат Алиев", a
            # listed name before a surname, is a name though "рахмат" thanks
            return None
        if "-" in word:
            if (
                _public_form(word, lexicon.public_people_for(word))
                and base_of(word, self._roster_bases) is None
            ):
                return None  # "Айша-бибі": a public figure's name holds a hyphen
            return self._hyphenated(token, before, after, text)
        if token.capitalised and _LATIN_HEAD_CASE.match(word):
            return self._latin_with_case(token, before, after, text)
        base = base_of(word, self._roster_bases, min_inflected=3)
        if base is None and self.roster and _is_latin(word):
            base = self._roster_in_latin_russian_case(word)
        if base is not None:
            if not token.capitalised and _my_word(word, base):
                return None  # "менің арманым", "menim armanym": "my dream", not Арман
            if not token.capitalised and an_amount_before(text, token.start, token.end):
                return None  # "450 сомонӣ" with Сомон on the roster: the money counted
            if (
                not token.capitalised
                and after is not None
                and after.text.casefold() in union("word_cues")
                and text[token.end : after.start] == " "
                and skeleton(word) == base
            ):
                return None  # "бакыт деген сөз", "baqyt degen ne": the word spoken of, not Бакыт
            return self._span(token, "roster", self.roster[base])
        short = base_of(word, self._short_bases) if token.capitalised and self._short else None
        if short is not None:
            return Span(token.start, token.end, Kind.NAME, "roster", self._short[short])
        if not token.capitalised and self._short and _speaks_next(after):
            lower_short = base_of(word, self._short_bases)
            if lower_short is not None:
                # "tolik skazal" with Anatoliy on the roster: a short form of a roster name, lower
                # case, before a verb of speech (a word too where nothing speaks: "толик", "слава")
                return Span(token.start, token.end, Kind.NAME, PET_FORM, self._short[lower_short])
        pet = self._roster_nickname(skeleton(word)) if self.roster else ""
        if pet and (token.capitalised or _unknown_word(word.casefold())):
            # "бауке снова про феминизм" with Бауыржан on the roster: a pet form of one roster name
            source = "roster" if token.capitalised else AMBIGUOUS
            return Span(token.start, token.end, Kind.NAME, source, pet)
        derived = base_of(word, self._pet_bases, min_inflected=3) if self._pets else None
        if derived is not None and not self.is_public(token, before, after, text):
            acting = _acting_after(text, token.end, after)
            if (
                _unknown_word(word.casefold())
                or _lower_person_context(token, before, after, text)
                or (acting is not None and acting is not after and _said(acting))
                or _PHONE_AFTER.match(text, token.end) is not None
                # "mirik opozdal", "mirik: 'ya …'", "mirik -> pozvonit'": a person's verb in Latin
                # Russian, a speaker's label, a line of what to do with whom
                or (after is not None and after.text.casefold() in union("latin_person_verbs"))
                or _speaker_label(text, token.start, token.end)
                or _to_do_label(text, token.start, token.end)
            ):
                # "erjeke keldi", "дико опять опоздал" with Ержан, Дидар on the roster: unsure
                return self._span(token, PET_FORM, self._pets[derived])
        if not self._use_lists:
            return None
        found = self._by_the_lists(token, before, after, text)
        # a public figure is no one of the note ("Абая", "Dimash"); asked last, of a word the rules
        # took (the question reads the dictionary's forms of the word: most words are not taken)
        return None if found is None or self.is_public(token, before, after, text) else found

    def _by_the_lists(
        self, token: Token, before: Token | None, after: Token | None, text: str
    ) -> Span | None:
        """``_match``'s verdict on a word that is no roster name nor pet form, by the name lists and
        the word's shape, before the public figures are asked about (``is_public``)."""
        word = token.text
        if _not_a_name(word):
            return None
        if len(word) == 1 and _CLASS_NUMBER_BEFORE.search(text, max(0, token.start - 6), token.start):
            return None  # "9А", "10 «А»", "9 В": a class's letter after its number
        if token.initial and word.casefold() in union("label_words") and _a_heading(text, token.end):
            return None  # "Максат: апрелде жолугушуу", "Жаңа: Ахметов Жандос": a heading's word
        if (
            word.casefold().rstrip(".") in union("month_names")
            and _DAY_AFTER.match(text, token.end)
            and not _AGE_AFTER.match(text, token.end)
        ):
            return None  # "Dec 16", "by Jan 10", "June 5th": a date, not Jan nor June
        place = base_of(word, self._places)
        if (
            place is not None
            and token.capitalised
            and place != skeleton(word)
            and skeleton(word) in self._lists
            and not (before is not None and before.text.casefold() in union("place_before"))
        ):
            place = None  # "Семён и Гоша" (Семей with an ending), "Нарине сказала"; not "в Нарыне"
        if place is not None:
            if (
                before is not None
                and token.capitalised
                and SURNAME.match(word)
                and _is_name(before, self)
                and not text[before.end : token.start].strip()
            ):
                return self._span(token, "surname-pattern", skeleton(word))  # "Рустам Ғафуров" (also a town)
            return None
        if _place_cue(before, token, text) or _place_cue(token, after, text):
            return None  # "село Жанажол", "Қызылжар ауылы": a place, judged with its context (quasi.py)
        if mine_after_my(text, token.start, word):
            return None  # "менің ерікім жоқ", "mening umidim": my will, my hope; no one is "my Ерік"
        listed = base_of(word, self._lists) if len(word) > 1 else None  # "Я не согласен", "А он", "U keldi"
        if listed is not None and not token.capitalised and not written_like_a_name(word):
            listed = None  # "жаңа" is not Жанна, "және" is not Jane
        if listed is not None and listed != skeleton(word) and skeleton(word) in _person_nouns():
            listed = None  # "Kelin" (a bride) is not Keli with an ending
        if listed is not None and listed != skeleton(word) and token.capitalised and SURNAME.match(word):
            listed = None  # "Сәрсенов деген фамилиясы": a surname of a listed name's stem
        if listed is not None and len(_kin_form(word)) > len(listed):
            listed = None  # "анасына", "anasyn" are a mother's (анасы), not Анас's
        if listed is not None and not token.capitalised and _kin_with_case(word):
            listed = None  # "xotin erini tinglashi kerak": her husband (eri) in the accusative, not Erin
        if listed is not None and not token.capitalised and _counted(text, token.start):
            listed = None  # "birinchi marta gapirdi": the first time, not Marta
        if (
            listed is not None
            and listed != skeleton(word)
            and _is_latin(word)
            and word.casefold() in lexicon.english_words()
        ):
            listed = None  # "Western" is no Vesta with an ending: an English word takes no case
        if listed is not None and not token.capitalised and written_short_form(word, listed):
            listed = None  # "жека", "асик": a short form in lower case is a name where a person stands
        if after is not None and _a_wish(text, token.end, (after.start, after.end, after.text)):
            return None  # "Саломат бошед", "Omon bo'ling": be well, be safe; no one is told to be
        if listed is not None and (len(listed) >= MIN_LIST_NAME or token.capitalised):
            possessive = text[token.end : token.end + 2] in _POSSESSIVES
            return self._listed(
                token,
                listed,
                before,
                after,
                possessive,
                _acting_after(text, token.end, after),
                _AGE_AFTER.match(text, token.end) is not None,
            )
        if token.capitalised and not token.shouting:
            return self._unlisted(
                token,
                before,
                after,
                _number_follows(text, token.end),
                _acting_after(text, token.end, after),
                _PHONE_AFTER.match(text, token.end) is not None,
                not token.initial
                and _kazakh_around(text, token.start, token.end)
                and not (after is not None and _a_russian_word(after.text)),  # "«Союз кризисных центров»"
                before is not None and not text[before.end : token.start].strip(),
                skeleton(word) in lexicon.public_people_for(word)
                and _a_namesake(token, before, after, text, self._lists),
                text[token.end : token.end + 1] == " ",
                token.initial and object_before_its_verb(word, text, token.end),
                _a_quoted_speakers_label(text, token.start, token.end),
            )
        glued = "" if token.capitalised else _glued_family_name(word.casefold())
        if glued:
            return self._span(token, "surname-pattern", glued)  # "ерланұлы", "нурлановна", "asankyzy"
        shaped = not token.capitalised and _lower_name_shaped(word)
        if shaped and _lower_person_context(token, before, after, text):
            return self._span(token, NAME_SHAPE, _shaped_key(word))
        return None

    def _listed(
        self,
        token: Token,
        base: str,
        before: Token | None,
        after: Token | None,
        possessive: bool = False,
        acting: Token | None = None,
        aged: bool = False,
    ) -> Span | None:
        """``acting``: the word after an aside in brackets or a filler ("Лев (наш) ответил", "Эмир не
        пришёл"), else ``after``; ``aged``: an age follows ("Роман, 14 лет")."""
        latin = _is_latin(token.text)
        lower = token.text.casefold()
        word_too = base_of(token.text, name_words(latin)) is not None or (
            latin and lower in lexicon.english_words()
        )
        if not latin and not word_too:
            known, name, _place = lexicon.russian(lower)
            word_too = known and name < 0.3  # "Нам", "Роза": the dictionary knows a word
        if not word_too:
            word_too = _kazakh_dictionary_name(lower, base)  # "алма" (an apple), "алмаға", "almaǵa"
        region_only = base not in _older_bases()
        if region_only and token.initial and skeleton(token.text) != base and _word_shaped(lower):
            # "Гулҳо", "Sapardan": a word with a word's ending at a sentence start, whose stem only the
            # region's list has as a name, is judged as it was before that list
            return self._unlisted(token, before, after)
        if not word_too and region_only and len(base) <= 4:
            # "ниёз", "ризо", "рӯзӣ": a short name that only the region's list has is as likely a
            # word of a language no dictionary here reads: a name in lower case where a person stands
            word_too = True
        if not word_too:
            if token.capitalised or len(base) >= 4:
                return self._span(token, "names-list", base)
            return None
        if not token.capitalised:
            return None  # "вера", "арманым", "hope": words here, not names
        if _owned(token.text, after.text if after else None):
            if after is not None and _a_close_relative(after.text):
                return self._span(token, "names-list", base)  # "Sultannyń ákesi": his father
            return self._span(token, AMBIGUOUS, base)  # "Қайраттың сөзі": his words; "Арман сөзі" the word
        feast = base in union("feast_names")
        if (
            token.initial
            and after is not None
            and after.text.casefold() in union("word_after")
            and _is_latin(after.text) == latin  # "Kanat в больнице": a Latin name before a Russian "в"
        ):
            if (
                latin
                and after.text.casefold() in _TO_BE
                and lower not in union("abstract_names")
                and not feast
            ):
                return self._span(token, AMBIGUOUS, base)  # "Will was quiet", "Max is 17"; not "Hope was"
            return None  # "Бақыт деген не", "Арман туралы", "Hope is the word"
        if token.initial and skeleton(token.text)[len(base) :].startswith(_PLURALS):
            return None  # "Сезімдер", "Sezimder sessıasy": a name-word in the plural is the word
        if token.initial and after is not None and not after.capitalised and plural_noun(after.text):
            return None  # "Азамат йигитлар!", "Азиз дӯстон", "Jańa qatysýshylar": the plural's adjective
        if (
            _said(after)
            or (acting is not after and _said(acting))
            or _person_before(before)
            or (_is_name(after, self) and not (feast and after is not None and not after.capitalised))
            or (_is_name(before, self) and not (feast and before is not None and not before.capitalised))
            or _honorific_after(after)
        ):
            return self._span(token, "names-list", base)
        if feast:
            return None  # "we celebrated Navruz", "на Навруз": the feast, where no person stands
        if not token.initial:
            return self._span(token, AMBIGUOUS, base)  # "Вера" inside a sentence: likely a person
        if aged:
            return self._span(token, PERSON_PLACE, base)  # "Роман, 14 лет", "Слава 15 лет, из Шымкента"
        if (
            not latin
            and token.initial
            and skeleton(token.text) != base
            and after is not None
            and after.text.casefold() in union("oblique_after") - union("subject_fillers")
            and lexicon.russian_oblique_name(lower)
            and base not in {skeleton(w) for w in union("abstract_names")}
        ):
            # "Славу избил отец", "Романа вызвали к директору", "Роману стало плохо": a person in the
            # accusative or dative opens the sentence, before what is done to that person
            return self._span(token, PERSON_PLACE, base)
        if not latin:
            known, name, _place = lexicon.russian(lower)
            if known and name < 0.3:
                return None  # "Тема зашла", "Слава богу": the dictionary reads a word
        if (
            skeleton(token.text) == base
            and base in _regional_person_nouns()
            and not (after is not None and latin and after.text.casefold() in lexicon.english_words())
        ):
            return None  # "Адам саудасы", "«Adam bol!»": Kazakh "a person" opening a sentence, no Adam
        if base not in _older_bases() and (
            (not latin and _kazakh_dictionary_name(lower, base))
            or (skeleton(token.text) != base and _word_shaped(lower))
        ):
            # "Жолдас керек", "Bahorda": a word of the Kazakh dictionary, or a name-word with a word's
            # ending, that only the region's list has as a name is read at a sentence start as it
            # was before that list (a word)
            return None
        if latin and lower in lexicon.english_words() and not possessive:
            return None  # "Mark the time", "Will they come?"; not "Will's number" (unsure)
        if _my_word(token.text, base):
            return None  # "Арманым — осы ойды өзгерту": "my dream" opens the sentence, no person
        return self._span(token, AMBIGUOUS, base)

    def _unlisted(
        self,
        token: Token,
        before: Token | None,
        after: Token | None,
        number_after: bool = False,
        acting: Token | None = None,
        phone_after: bool = False,
        kazakh: bool = False,
        beside_before: bool = False,
        namesake: bool = False,
        subject_after: bool = False,
        object_first: bool = False,
        speaker_label: bool = False,
    ) -> Span | None:
        """A capitalised word no list holds. ``acting``: the word past a filler or an aside ("Bek
        bugun keldi"); ``phone_after``: a phone number right after it ("Bek +996 555 …");
        ``beside_before``: only spaces between ``before`` and it; ``namesake``: a public figure's
        family name beside a first name not his (``_a_namesake``); ``subject_after``: a space follows
        it (no dot of a shortened name: "Дим. и Нуртас");
        ``object_first``: it opens a sentence before the writer's own verb or a verbal noun of need
        (``object_before_its_verb``); ``kazakh``: it is inside a Kazakh sentence, where the Russian
        dictionary's reading of a capitalised word ("Бекеш": a coat's genitive; "Ербоша": a place, it
        guesses) says nothing."""
        word = token.text
        lower = word.casefold()
        if lower in lexicon.not_names() or (
            skeleton(word) in lexicon.public_people_for(word) and not namesake
        ):
            return None
        if _NUMBER_WORD.search(lower):
            return None  # "Экөөнү бөлүп сүйлөштүм", "Аввалин бор": a numeral's form, not a surname in -ин
        if _place_adjective(lower):
            return None  # "в Таразской группе", "Алматинской области": of a place, no one
        if lower in _cue_words() or lower in union("pronouns"):
            # "Jalğyz jol …", "Yagona yechim …", "Туулган күнү …": the profiles' own words; "Onyń
            # aǵasy", "Uning akasi": a pronoun before a relative
            return None
        latin = _is_latin(word)
        shape = skeleton(word)
        if latin:
            common = lower in lexicon.english_words() or lower.rstrip("s") in lexicon.english_words()
            name_p, place_p = 0.0, 0.0
        else:
            known, name_p, place_p = lexicon.russian(lower)
            if kazakh and not (known and place_p >= 0.5) and lower not in lexicon.kazakh_words():
                known, name_p, place_p = False, 0.0, 0.0  # "Абай өлеңін Бекеш оқыды"
            common = known and name_p < 0.3
            # a place the dictionary knows, or guesses for a word spelt in Russian letters; its guess
            # for a Tajik, Uzbek or Kazakh spelling ("Фирӯз", "Шоҳрух") says nothing
            if place_p >= 0.5 and name_p < 0.3 and (known or _RUSSIAN_SPELLING.fullmatch(lower)):
                return None
        if base_of(word, _person_nouns(), min_inflected=3) is not None and not _OV_SURNAME.search(word):
            return None  # "Эркектин", "Жігіттер", "Қыздарға": a word for a person, with endings
        if _REGION_AGENT_NOUN.search(lower):
            return None  # "Күзөтчүгө айттым", "Сатушыға", "Haydovchiga": one who does a trade, no name
        if token.initial and lower in union("person_before") and not SURNAME.match(word):
            return None  # "Падараш ба Русия рафтааст": his father, a relative opening a sentence
        owner = "" if latin else _possessive_of_a_name(lower)
        if owner:
            return self._span(token, "capitalised", owner)  # "Лёвин номер": Лёва's number
        if common and not token.initial and _honorific_after(after):
            return self._span(token, "capitalised", _strip_case(shape))  # "таенеси Сайра апа менен"
        if (
            common
            and not token.initial
            and before is not None
            and beside_before
            and skeleton(before.text) in _relatives()
            and not _a_russian_verb(before.text.casefold())  # "позвонить Директору"
        ):
            # "Лидің досы Шпион", "его друг Малыш": a capitalised word of the dictionary right after a
            # relative or a word for a person is how that person is called
            return self._span(token, "nickname", _strip_case(shape))
        if SURNAME.match(word) and not common and shape not in self._places:
            return self._span(token, "surname-pattern", shape)
        surname = _surname_stem(word)
        if surname and not common:  # "Серікбаевты", "Сапаровтардың", "Jaqypovqa": a surname with endings
            return self._span(token, "surname-pattern", skeleton(surname))
        subject = (
            subject_after
            and token.initial
            and not latin
            and after is not None
            and after.text.casefold() not in union("oblique_after")
            and lexicon.russian_subject_word(lower)
        )  # "Ремарка по методике": a remark, though Remarque's genitive reads the same
        if (
            name_p >= 0.5 and (latin or lexicon.russian(lower)[0]) and not subject
        ):  # a guess for unknown words: no
            return self._span(token, "dictionary", _strip_case(shape))
        if (
            common
            and not latin
            and name_p > 0
            and lexicon.russian_oblique_name(lower)
            and not _a_grammar_word(lower)  # "Из 9 В пришли двое": a preposition
        ):
            # the dictionary reads a word ("жене": wife) but also a case of a name (Женя):
            # capitalised inside a sentence ("Позвонила Жене"), or at its start before an age or a
            # word that takes a person in that case ("Жене 16", "Марку стало плохо"), it is a name
            if not token.initial:
                return self._span(token, "capitalised", _strip_case(shape))
            if number_after or (
                after is not None
                and after.text.casefold() in union("oblique_after")
                and not (after.text.casefold() in _WRITER and _an_abstract_or_heading(lower))
            ):
                return self._span(token, "capitalised-start", _strip_case(shape))
        if common and not latin:
            thing, oblique = lexicon.russian_thing(lower)
            if thing and after is not None and after.text.casefold() in union("speech"):
                return self._span(token, "capitalised", _strip_case(shape))  # "Алиби ответил"
            if oblique and shape.endswith(("ke", "ik")) and self._nickname(shape) == shape:
                # "Саке из акимата", "Толик шутил" (read as "толика"); not "Кеше" (кеш + е)
                return self._span(token, "nickname", self._nickname(shape))
        if common and not latin and self._speaks_in_the_region(token, after, acting):
            # "Нема мегӯяд, ки …", "Нема ҳамеша мегӯяд": the Russian dictionary's reading of a word
            # says nothing before a verb of a person in a language of the region
            return self._span(token, "capitalised", _strip_case(shape))
        if common and latin and self._bare_noun_subject(token, before, after, speaker_label):
            return self._span(token, "capitalised", _strip_case(shape))  # "Tank said", "Professor came"
        if common:
            return None  # "Союз кризисных центров", "UN Women", "Дядя сказал": words, not people
        nickname = self._nickname(shape)
        dictionary_word = lower in lexicon.kazakh_words() or (latin and shape in lexicon.kazakh_skeletons())
        if not latin and _kazakh_plural(lower):
            return None  # "Басқалар", "Бастықтар үндемеді": a Kazakh word in the plural is no one person
        if nickname and not dictionary_word:
            # "Өткен" (past) is no Ө- + -ке + -н; "Keşe" (yesterday, 2021 Latin) no Ke- + -şe
            return self._span(token, "nickname", nickname)
        if not token.initial:
            return self._span(token, "capitalised", _strip_case(shape))
        if object_first and not _told(lower, after):
            # "Тамос гирифтем", "Xat yozish kerak", "Кеңеш бердик": a bare noun before the writer's
            # verb or a need's verbal noun is its object (a person there would take a case ending)
            return None
        spoke = _said(after) and after is not None and after.text.casefold() not in union("conjunctions")
        if acting is not None and acting is not after and _said(acting):
            spoke = True  # "Bek bugun keldi", "Нур (наш) сказал": a filler between the person and the verb
        name_like = (_name_shaped(shape) or _ends_like_a_name(shape)) and not (
            _kazakh_skeleton(shape) if latin else _kazakh_word(lower)
        )
        if phone_after and (shape in _name_parts() or name_like):
            # "Bek +996 555 318 407": a name, or a name's part, before a person's number (not "Үй 8 727
            # …", "Ұялы +7 701 …", "Nomeri 8 776 …": a word of the number's label)
            spoke = True
        if spoke or _honorific_after(after) or (after is not None and bool(SURNAME.match(after.text))):
            # "Меҳроб Раҳимзода", "Бекзат сказал"; not "Падарон ва нигоҳубин" ("fathers and care"):
            # an unknown word before "and" is a name only beside a name (the second look)
            return self._span(token, "capitalised", _strip_case(shape))
        if _name_shaped(shape) or self._compound(shape) or _told(lower, after):
            return self._span(token, "capitalised-start", _strip_case(shape))
        if (
            (_ends_like_a_name(shape) or number_after or _kin_after(after))
            and not _any_kazakh_word(lower)
            and not _TAJIK_PLURAL.search(lower)  # "Масъалаҳои": -ҳои is no name's -ой
        ):
            # "Жансұлудың әкесі", "Бірғазы 17 жаста", "Ерсейіту 17 лет": a word no dictionary reads,
            # ending like a name of the region, or before an age or a relative of someone
            return self._span(token, "capitalised-start", _shaped_key(word))
        if (
            len(shape) >= 4
            and base_of(word, name_words(latin)) is None
            and not _word_shaped(lower)
            and not (_kazakh_skeleton(shape) if latin else _kazakh_word(lower))
            and not (after is not None and after.text.casefold() in union("conjunctions"))
        ):
            # an unknown word at a sentence start that no dictionary reads and that has no ending a
            # given name lacks (Kazakh "Тақырыптар", "Мекенжайы"): unsure, removed, reviewed first
            return self._span(token, "capitalised-start", _strip_case(shape))
        return None

    @staticmethod
    def _bare_noun_subject(
        token: Token, before: Token | None, after: Token | None, speaker_label: bool = False
    ) -> bool:
        """A capitalised English noun in the singular with no article, right before a verb of a person
        ("Tank said …", "Professor brought his own thermos", "and Professor dominated"): English
        puts an article before a thing's noun ("The tank …"), so the bare noun is what the group
        calls someone. Not a plural, a relative, a word for a person or a role ("Mum said", "Teacher
        came", "Police came"), nor a word after an article or a possessive. ``speaker_label``: the
        noun opens a line as the label of a quotation ("Captain: 'In our town …'"), as a name does,
        no heading's word ("Quote: '…'", "Note: …": the profiles' ``label_words``)."""
        lower = token.text.casefold()
        verb = after.text.casefold() if after is not None else ""
        spoke = verb in profile("en").person_after and verb not in _NOT_VERBS_EN
        spoke = spoke or (speaker_label and lower not in union("label_words"))
        if not spoke or not token.text[:1].isupper() or token.text.isupper() or lower.endswith("ly"):
            return False  # "Politely said no": an adverb
        if before is not None and before.text.casefold() in _DETERMINERS_EN | _PREPOSITIONS_EN:
            return False  # "the Tank said", "men in Karaganda said": a thing's noun, a place
        if lower.endswith("s") and not lower.endswith("ss"):
            return False  # "Parents came", "Others laughed": a plural
        return (
            lower in lexicon.english_words()
            and lower not in _NOT_BARE_NAMES
            and lower not in _kin_nouns()
            and base_of(token.text, _person_nouns(), min_inflected=3) is None
            and lower not in union("person_before")
            and lower not in union("pronouns")
        )

    @staticmethod
    def _speaks_in_the_region(token: Token, after: Token | None, acting: Token | None) -> bool:
        """A verb of a person (the profiles' ``person_after``) right after ``token``, or past a
        filler or an aside, that is no Russian word (Kazakh, Kyrgyz, Uzbek or Tajik: "мегӯяд",
        "айтты"), after a word the Russian dictionary reads only as a verb's or a short adjective's
        form ("нема"): no subject of that verb, so a name ("Директор айтты" is a noun's, "Потом
        айтты" an adverb's)."""
        verb = acting if acting is not None else after
        return (
            verb is not None
            and verb.text.casefold() in union("person_after")
            and (any(c in _REGION_LETTERS for c in verb.text) or not lexicon.russian(verb.text.casefold())[0])
            and _no_subject_in_russian(token.text.casefold())
        )

    def _reads_as_word(self, text: str, word: tuple[int, int, str], after: str | None) -> bool:
        """A name at a sentence start that a dictionary, or the word after it, reads as a word:
        "Слава богу", "Will they", "Бақыт деген не". A Kazakh name-word alone is not enough, and
        the Russian dictionary reads only Russian sentences ("Дана өте ақылды" is Дана)."""
        start, end, written = word
        lower = written.casefold()
        if after is not None and after.casefold() in union("word_after"):
            # "Hope is": but "Zhuldyz is 19" in English is a name (a Kazakh word is not English)
            return not (
                _is_latin(written)
                and lower not in lexicon.english_words()
                and after.casefold() in _english_cues()
            )
        if _is_latin(written):
            return lower in lexicon.english_words()
        known, name, _place = lexicon.russian(lower)
        return known and name < 0.3 and _russian_around(text, start, end)

    def _nickname(self, shape: str) -> str:
        """ "Жаке", "Бауке", "Дәкемен", "Айка", "Нурчик", "Ботатай": a name's first syllable (a vowel
        and a glide too: Бау-, Ай-) and a diminutive (-ке/-ка, -ик, -ша, -чик, -тай), maybe a case."""
        return _nickname_of(shape, self._lists)

    def _roster_nickname(self, shape: str) -> str:
        """The key of the one roster person whose first name begins with this pet form's syllable
        ("bauke", "бауке" of Бауыржан; "zhake" of Жандос), or ""."""
        if not self._nickname(shape):
            return ""
        found = re.match(r"^([^aeiou]*[aeiou](?:[^aeiou]|[iu](?=k))?)", shape)
        prefix = found.group(1) if found else ""
        if len(prefix) < 3:
            return ""
        keys = {key for base, key in self.roster.items() if base == key and base.startswith(prefix)}
        return keys.pop() if len(keys) == 1 else ""

    def _truncated(self, shape: str) -> bool:
        """ "Ербо" (Ерболат), "Дани" (Данияр): the first syllables of a listed name, cut after a
        vowel, maybe with an ending ("Ербоға"). Alone it says little ("Қала" is a word): a name
        only beside one ("Ербо мен Асик")."""
        return _truncated_name(shape, self._lists)

    def _compound(self, shape: str) -> bool:
        """ "Ернұр", "Мирболат", "Ерсұлтанның": two parts of names of the region joined into one
        (the first maybe a part that is no name alone, the second maybe with an ending)."""
        if any(shape[:cut] in self._lists and shape[cut:] in self._lists for cut in range(2, len(shape) - 2)):
            return True
        # a part that is no name alone before a longer listed name, maybe with an ending
        parts = union("name_parts")
        return any(
            shape[:cut] in parts and len(base_of(shape[cut:], self._lists) or "") >= 5
            for cut in range(2, len(shape) - 4)
        )

    def _hyphenated(self, token: Token, before: Token | None, after: Token | None, text: str) -> Span | None:
        """ "Қайрат-аға", "Aibek-bro", "Гуля-апа": a name with an honorific glued on."""
        head, _sep, tail = token.text.rpartition("-")
        shape = skeleton(token.text)
        if shape in self._places or base_of(token.text, self._places):
            return None  # "Чолпон-Ата", "Алма-Атада": a listed place, though "ата" is an honorific too
        if (
            after is not None
            and after.text.casefold() in _place_words()
            and (not text[token.end : after.start].strip() or text[after.end : after.end + 1] == ")")
        ):
            # "Ысык-Ата району", "Жаңа-Арқа (ауданы)": a place word follows; not one opening a remark
            # in brackets ("Канат-байке (айылдын молдосунун уулу)": a remark on the person)
            return None
        if token.capitalised and skeleton(tail) in endings_for(False) | endings_for(True) and len(tail) >= 2:
            # "Rose-ға", "Max-ке", "John-ның": a Latin name with a Kazakh case ending after a hyphen
            inner = Token(token.start, token.start + len(head), head, token.initial)
            found = self._match(inner, before, after, text)
            if found is not None:
                return Span(token.start, token.end, Kind.NAME, found.source, found.key)
        if skeleton(tail) not in union("honorifics") and base_of(tail, self._roster_bases) is None:
            if not token.capitalised:
                return None
            if skeleton(head) in self._places or skeleton(head) in lexicon.public_people_for(head):
                return None
            if token.shouting or not (
                base_of(head, self._lists) or base_of(tail, self._lists) or base_of(head, self._roster_bases)
            ):
                return None
        inner = Token(token.start, token.start + len(head), head, token.initial)
        found = self._match(inner, before, after, text)
        if found is None and head[:1].isupper() and skeleton(tail) in union("honorifics"):
            found = self._span(inner, "honorific", _strip_case(skeleton(head)))
        if found is None:
            return None
        source = found.source
        if source in UNSURE_SOURCES and skeleton(tail) in union("honorifics"):
            source = "honorific"  # "Гуля-апа", "Нур-ага": an honorific glued on says it is a person
        return Span(token.start, token.end, Kind.NAME, source, found.key)

    def _roster_in_latin_russian_case(self, word: str) -> str | None:
        """The roster name a Latin word is with a Russian case ending typed in Latin letters
        ("timuru", "erlanu", "vadimom" of Timur, Erlan, Vadim on the roster): the roster says such a
        person is in the session, wherever the sentence is too short to show it is Russian."""
        shape = skeleton(word)
        for ending in _latin_russian_endings():
            stem = shape[: -len(ending)]
            if shape.endswith(ending) and len(stem) >= 4 and stem in self._roster_bases:
                return stem
        return None

    def _latin_with_case(
        self, token: Token, before: Token | None, after: Token | None, text: str
    ) -> Span | None:
        """ "Arman'у дать инфу", "Max'а не было", "Dana'ға": a name typed in Latin letters with a
        Cyrillic case ending after an apostrophe, as a writer of Russian or Kazakh declines a foreign
        spelling. The Latin part is judged where the whole word stands; the ending goes with it."""
        cased = _LATIN_HEAD_CASE.match(token.text)
        if cased is None or skeleton(cased.group("tail")) not in endings_for(False):
            return None
        head = cased.group("head")
        inner = Token(token.start, token.start + len(head), head, token.initial)
        found = self._match(inner, before, after, text)
        if found is None:
            return None
        return Span(token.start, token.end, Kind.NAME, found.source, found.key)

    def is_public(self, token: Token, before: Token | None, after: Token | None, text: str = "") -> bool:
        """A public figure ("Абая", "Dimash"), or a name in a public thing ("закон Салтанат")."""
        shape = skeleton(token.text)
        if _public_form(token.text, lexicon.public_people_for(token.text)):
            # "Абай Жумабаев из нашей группы": a public figure's first name before a surname not his
            # is a person named after him ("Абай Құнанбаев" is the poet); "Dımaş keldı", "Димаш бүгін
            # келмеді": a figure comes to no workshop, one of that name does
            return not (
                _named_after(token, after, text)
                or _came_after(text, token, after)
                or _a_namesake(token, before, after, text, self._lists)
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
                and _the_figures_first_name(token.text, t.text)
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

    def _split_names(self, text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
        """Two short lower-case words, a space apart, that together are a listed first name, right
        before a verb of a person or a word of absence ("far hod came late", "jam shed said",
        "dil shod absent"): voice typing split a name it does not know into words it does. The
        verbs are where it looks (a pattern over the note), so most notes cost one search. Unsure:
        removed, and reviewed first."""
        if not self._use_lists:
            return []
        taken = Cover([(s.start, s.end) for s in found] + list(public))
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
        return added

    def _span(self, token: Token, source: str, base: str) -> Span:
        return Span(token.start, token.end, Kind.NAME, source, self.roster.get(base, base))


_DETERMINERS_EN = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "their", "our", "my", "your", "its", "every", "each",
     "no", "one", "another", "some", "any"}
)  # fmt: skip
_NOT_BARE_NAMES = frozenset(
    {"everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "none", "each",
     "everything", "nothing", "something", "police", "staff", "security", "management", "family", "group",
     "class", "team", "mum", "mom", "dad", "teacher", "coach", "doctor", "nurse", "mother", "father",
     "grandma", "grandpa", "granny", "uncle", "aunt", "auntie", "boss", "director", "principal", "head",
     "counsellor", "counselor", "facilitator", "mentor", "volunteer", "school", "centre", "center", "half",
     "both", "all", "most", "many", "few", "several", "it", "he", "she", "they", "who", "which",
     "what", "then", "later", "today", "yesterday", "tomorrow", "only", "just", "also"}
)  # fmt: skip
"""English words that open a clause without an article and are no one's nickname: pronouns and
quantifiers, groups, relatives and roles said as names ("Mum said", "Teacher came")."""
_NOT_VERBS_EN = frozenset({"from", "himself", "herself"})
_PREPOSITIONS_EN = frozenset(
    {"in", "on", "at", "from", "to", "with", "by", "of", "for", "about", "near", "into"}
)
"""Words of the profiles' ``person_after`` that follow a thing's noun as well ("Feedback from …")."""
_SPLIT_LEAST = 6
"""Letters (of its skeleton) a name needs to be looked for split in two: a short one is two words
too often ("ali son", "is lam")."""


@cache
def _split_name_pattern() -> re.Pattern[str]:
    """Two short lower-case Latin words before a verb of a person or a word of absence in Latin."""
    after = sorted(w for w in union("person_after") | union("absent_after") if w.isascii() and w.isalpha())
    return re.compile(rf"(?<![\w'’-])([a-z]{{2,5}}) ([a-z]{{2,6}})(?= (?:{'|'.join(after)})(?![\w'’]))")


def _russian_name_not_kin(lower: str) -> bool:
    """A word the Russian dictionary reads as a given name, though its skeleton is a relative's
    ("женя" is "жена"'s: я and а are one letter to a skeleton); not a relative as written."""
    if lower in _kin_nouns() or _is_latin(lower):
        return False
    known, name, _place = lexicon.russian(lower)
    return known and name >= 0.5


_LIST_NEXT = re.compile(r"(?:\s*,\s*|\s+(?P<conj>[^\W\d_]+)\s+)(?P<word>[^\W\d_]+)")


def _is_name(token: Token | None, finder: NameFinder) -> bool:
    """A neighbour that is surely a name ("Вера Петрова"): then this word is part of it."""
    if token is None or not token.capitalised:
        return False
    return (
        base_of(token.text, finder._roster_bases) is not None
        or (
            base_of(token.text, finder.list_bases) is not None
            and base_of(token.text, name_words(_is_latin(token.text))) is None
        )
        or bool(SURNAME.match(token.text))
    )
