"""The finder's first look at each word: the roster, its short and pet forms, the name lists (listed
and unlisted capitalised words), hyphenated names, Latin names with a Cyrillic case; and what is
never a name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.address_chains import an_address_word
from facilitator.anonymizer.name_passes.finder_state import FinderState
from facilitator.anonymizer.name_rules.clock_hours import a_clock_hour
from facilitator.anonymizer.name_rules.dictionary_readings import (
    _a_russian_verb,
    _an_abstract_or_heading,
    _any_kazakh_word,
    _kazakh_dictionary_name,
    _kazakh_skeleton,
    _kazakh_word,
    _no_subject_in_russian,
    _not_a_name,
    _unknown_word,
    a_russian_name_form,
    kazakh_paired_word,
    russian_word_with_turkic_ending,
)
from facilitator.anonymizer.name_rules.grammar_forms import (
    _AGE_AFTER,
    _CLASS_AFTER,
    _NUMBER_WORD,
    _TAJIK_PLURAL,
    _TO_BE,
    KYRGYZ_LONG_VOWEL_END,
    _a_wish,
    _counted,
    _in_the_genitive,
    _number_follows,
    _owned,
    _told,
    _turkic_converb,
    an_amount_before,
    object_before_its_verb,
    plural_noun,
    turkic_adjective_before_its_noun,
)
from facilitator.anonymizer.name_rules.initials import _CLASS_NUMBER_BEFORE, _DAY_AFTER
from facilitator.anonymizer.name_rules.latin_russian import _latin_russian_endings
from facilitator.anonymizer.name_rules.name_forms import _possessive_of_a_name
from facilitator.anonymizer.name_rules.name_lists import (
    MIN_LIST_NAME,
    SURNAME,
    _name_parts,
    _name_word_base,
    _older_bases,
    name_words,
    place_base,
    region_place_base,
    regional_name_words,
    written_like_a_name,
    written_short_form,
)
from facilitator.anonymizer.name_rules.name_shapes import (
    _OV_SURNAME,
    _ends_like_a_name,
    _glued_family_name,
    _lower_name_shaped,
    _name_like_shape,
    _name_shaped,
    _shaped_key,
    _surname_stem,
    _word_shaped,
    a_compound_name,
    an_adjective_before_its_noun,
)
from facilitator.anonymizer.name_rules.name_sources import (
    AMBIGUOUS,
    NAME_SHAPE,
    PERSON_PLACE,
    PET_FORM,
    UNSURE_SOURCES,
)
from facilitator.anonymizer.name_rules.name_spans import _honorific_after, _honorific_form
from facilitator.anonymizer.name_rules.namesakes import a_participant_there
from facilitator.anonymizer.name_rules.nickname_words import names_a_body
from facilitator.anonymizer.name_rules.person_positions import (
    _PHONE_AFTER,
    _acting_after,
    _lower_person_context,
    and_own_relative,
)
from facilitator.anonymizer.name_rules.person_words import (
    _a_close_relative,
    _a_grammar_word,
    _cue_words,
    _kin_after,
    _kin_form,
    _kin_nouns,
    _kin_with_case,
    _person_nouns,
    _regional_person_nouns,
    _relatives,
)
from facilitator.anonymizer.name_rules.possessed_kin import kin_of_a_person
from facilitator.anonymizer.name_rules.public_things import (
    _a_namesake,
    _came_after,
    _place_adjective,
    _place_cue,
    _place_kind_words,
    _place_words,
    _public_form,
)
from facilitator.anonymizer.name_rules.sentence_positions import (
    _POSSESSIVES,
    _REGION_LETTERS,
    Token,
    _a_russian_word,
    _kazakh_around,
    _person_before,
    _said,
    opens_a_quoted_phrase,
)
from facilitator.anonymizer.name_rules.speaker_labels import (
    _WHO,
    _WHO_ASKING,
    _WRITER,
    _a_heading,
    _a_quoted_speakers_label,
    _asks_in_the_region,
    _speaker_label,
    _speaks_next,
    _to_do_label,
)
from facilitator.anonymizer.name_rules.word_bases import (
    _LATIN_HEAD_CASE,
    _PLURALS,
    _RUSSIAN_SPELLING,
    _is_latin,
    _kazakh_plural,
    _strip_case,
    abbreviation_with_ending,
    base_of,
)
from facilitator.anonymizer.name_rules.words_as_words import _REGION_AGENT_NOUN, _my_word, mine_after_my
from facilitator.anonymizer.name_rules.works_called import (
    a_thing_before_its_title,
    opens_a_title_before_its_thing,
)
from facilitator.anonymizer.profiles import endings_for, profile, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span

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


def _is_name(token: Token | None, finder: FinderState) -> bool:
    """A neighbour that is surely a name ("Вера Петрова"): then this word is part of it."""
    if token is None or not token.capitalised:
        return False
    return (
        base_of(token.text, finder._roster_bases) is not None
        or (
            base_of(token.text, finder.list_bases) is not None
            and base_of(token.text, name_words(_is_latin(token.text))) is None
            and not _a_place_whole(token.text, finder.list_bases)  # "Алматыға": to Almaty, not Алмат
        )
        or bool(SURNAME.match(token.text))
    )


def _a_place_whole(word: str, lists: frozenset[str]) -> bool:
    """``word`` is a place's whole name and an ending, a shorter listed name read in it
    (``_the_place_whole``)."""
    place = place_base(word)
    return place is not None and _the_place_whole(word, place, lists)


@cache
def _compound_ending_shapes() -> frozenset[str]:
    """The profiles' ``compound_endings`` as skeletons."""
    return frozenset(skeleton(e) for e in union("compound_endings"))


_TURKIC_NEGATIVE_VERB = re.compile(
    r"(?:[бпм][аеоө]й(?:м|мын|мін|миз|мыз|быз|біз|сың|сің|сыз|сіз|т|ды|ді)"
    r"|[bpm][ae][ıiy](?:m|myn|min|miz|myz|t|dy|di)|m[ae]y(?:man|miz|san|siz|di))\Z"
)
"""A Kazakh, Kyrgyz or Uzbek verb in its negative, of a person ("Барбайм", "Сүйлөшпөйм", "Білмеймін",
"Kelmeıdi", "Bilmayman"): said, no one's name, though capitalised at a quote's start."""


class ListMatching(FinderState):
    def _never_a_name(self, word: str) -> bool:
        """True for a word that no context makes a name (the answer is kept for the note's other
        occurrences): lower case, not hyphenated, not a particle, not a form of a roster name or of
        a listed name."""
        if word in union("conjunctions"):  # "және" in lower case is not Jane, nor joins two names
            self._never.add(word)
            return True
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
            # "месси бүгін келмеді": a public figure's name in small letters, decided by what follows
            and not (self._use_lists and skeleton(word) in lexicon.public_people_for(word))
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
        if _not_a_name(word) or abbreviation_with_ending(word, self._lists):
            return None  # "Saturdays", "ЦОНго барыш керек" (an abbreviation with a case ending)
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
        # a small place of the region ("U Qo'qonda yashaydi": no "U Qo'qonda"), not before an honorific
        # ("соседка Күлән апа": no village Кулан)
        place = place_base(word) or (None if _honorific_after(after) else region_place_base(word))
        if (
            place is not None
            and token.capitalised
            and place != skeleton(word)
            and (skeleton(word) in self._lists or _given_to(before, word, self._lists))
            and not (before is not None and before.text.casefold() in union("place_before"))
            and not _the_place_whole(word, place, self._lists)
        ) or (
            # "не было Дарьи", "позвонила Дарье": the dictionary's given name, not the language Dari
            place is not None
            and token.capitalised
            and a_russian_name_form(word)
            and not (before is not None and before.text.casefold() in union("place_before"))
        ):
            # "Семён и Гоша" (Семей with an ending), "Нарине сказала", "вернуть Алмату 3 тыс" (Алмат's
            # dative, Алматы's too); not "в Нарыне"
            place = None
        if place is not None:
            if (
                before is not None
                and token.capitalised
                and SURNAME.match(word)
                and _is_name(before, self)
                and not text[before.end : token.start].strip()
            ):
                return self._span(token, "surname-pattern", skeleton(word))  # "Рустам Ғафуров" (also a town)
            if (
                token.capitalised
                and (SURNAME.match(word) or _surname_stem(word))
                and not (before is not None and before.text.casefold() in union("place_before"))
                and a_participant_there(token, before, text)
            ):
                # "Сатпаеву (11 «В») объяснила", "Сатпаев, 16 лет": a surname made like a town's name,
                # before a pupil's class or an age, is a participant's (not "из Шымкента, 16 лет")
                return self._span(token, "surname-pattern", skeleton(word))
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
        if listed is not None and a_clock_hour(word, text, token.end):
            return None  # "Сағат 15:00-де бастаймыз": the hour, not Сағат
        if listed is not None and token.initial and a_thing_before_its_title(word, text, token.end):
            return None  # "Роман «Абай жолы» жазған …": the novel, not Роман
        if listed is not None and (len(listed) >= MIN_LIST_NAME or token.capitalised):
            possessive = text[token.end : token.end + 2] in _POSSESSIVES
            return self._listed(
                token,
                listed,
                before,
                after,
                possessive,
                _acting_after(text, token.end, after),
                _AGE_AFTER.match(text, token.end) is not None
                or _CLASS_AFTER.match(text, token.end) is not None,
                token.capitalised and and_own_relative(text, token.end),
            )
        if token.capitalised and not token.shouting and kin_of_a_person(word, text, token.end):
            return self._span(token, "capitalised", _strip_case(skeleton(word)))  # "Syrga's brother"
        if token.capitalised and not token.shouting and opens_a_title_before_its_thing(text, token.start):
            return None  # "«Hurmat chizig'i» mashqini o'tkazdik": the exercise's title, no one
        if token.capitalised and not token.shouting:
            if not token.initial and opens_a_quoted_phrase(text, token.start):
                # «Нағыз ер азамат кім?», «Kuch va hokimiyat g'ildiragi»: a quotation's first word is
                # capitalised as a sentence's is, whatever it is
                token = replace(token, initial=True)
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
                # "Месси сегодня не пришёл": a figure comes to no session; a boy called so does
                and (_a_namesake(token, before, after, text, self._lists) or _came_after(text, token, after)),
                text[token.end : token.end + 1] == " ",
                token.initial and object_before_its_verb(word, text, token.end),
                _a_quoted_speakers_label(text, token.start, token.end),
            )
        glued = "" if token.capitalised else _glued_family_name(word.casefold())
        if glued:
            return self._span(token, "surname-pattern", glued)  # "ерланұлы", "нурлановна", "asankyzy"
        shaped = (
            not token.capitalised
            and _lower_name_shaped(word)
            and not an_adjective_before_its_noun(word, after)
        )
        if (shaped and _lower_person_context(token, before, after, text)) or (
            not token.capitalised and a_compound_name(word)
        ):
            # "ерсейіт үндемеді" where a person stands; "quvonchbek uyiga bordim" anywhere
            return self._span(token, NAME_SHAPE, _shaped_key(word))
        if (
            not token.capitalised
            and skeleton(word) in lexicon.public_people_for(word)
            and _came_after(text, token, after)
        ):
            # "месси бүгін келмеді": a public figure's name in small letters, before a verb of coming
            # to the session, is a boy called after him
            return self._span(token, "nickname", _strip_case(skeleton(word)))
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
        with_own_kin: bool = False,
    ) -> Span | None:
        """``acting``: the word after an aside in brackets or a filler ("Лев (наш) ответил", "Эмир не
        пришёл"), else ``after``; ``aged``: an age or a pupil's class follows ("Роман, 14 лет", "Лев из 8
        класса"); ``with_own_kin``: "and
        his" and a relative follow ("Almas and his cousin …")."""
        latin = _is_latin(token.text)
        lower = token.text.casefold()
        # a name-word's stem shorter than the listed name is no reading: "бақытжан" is Бақытжан, not
        # бақыт ("happiness") and an ending
        as_word = base_of(token.text, name_words(latin))
        word_too = (as_word is not None and len(as_word) >= len(base)) or (
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
        if (
            not token.capitalised
            and after is not None
            and _owned(token.text, after.text)
            and _a_close_relative(after.text)
            and not _honorific_form(skeleton(token.text))  # "Bekzod akaning o'g'li": the man's son
        ):
            return self._span(token, AMBIGUOUS, base)  # "азаматтың әкесі": his father; no word has one
        if not token.capitalised and _izafe_relative(before):
            return self._span(token, AMBIGUOUS, base)  # "модари хуршед": Khurshed's mother
        if not token.capitalised:
            return None  # "вера", "арманым", "hope": words here, not names
        if _my_word(token.text, base):
            return None  # "Арманым — Алматыға кету", "Тилегим — …": "my dream", whatever stands beside
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
            # "Армандын сабагы": his lesson; "Арман сабагы" the lesson on dreams
            and not _in_the_genitive(lower)
        ):
            if (
                latin
                and after.text.casefold() in _TO_BE
                and lower not in union("abstract_names")
                and not feast
            ):
                return self._span(token, AMBIGUOUS, base)  # "Will was quiet", "Max is 17"; not "Hope was"
            if self._in_a_russian_place(token, base, after):
                return self._span(token, AMBIGUOUS, base)  # "Даулет в панике": a person in a state
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
            or with_own_kin
        ):
            return self._span(token, "names-list", base)
        if (
            token.initial
            and after is not None
            and acting is not after
            and after.text.casefold() in union("time_fillers")
            and lower not in union("abstract_names")
            and lower not in union("label_words")  # "Тема сегодня: границы"
            and not feast
        ):
            # "Улан бүгүн жок", "Ислам опять с синяком": a name-word opening its sentence with
            # today, again or yesterday after it is the sentence's subject: a person's place
            return self._span(token, PERSON_PLACE, base)
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

    @staticmethod
    def _in_a_russian_place(token: Token, base: str, after: Token | None) -> bool:
        """A name-word of a language of the region only, written in Russian letters, before the
        Russian "в" ("Даулет в панике", "Бакыт в больнице"): the Kazakh or Kyrgyz word (wealth,
        happiness) stands in no Russian sentence; the person does (unsure: reviewed first)."""
        if after is None or after.text.casefold() != "в":
            return False
        return not any(c in _REGION_LETTERS for c in token.text) and base in regional_name_words()

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
        if token.initial and after is not None and not after.capitalised and _turkic_converb(lower):
            return None  # "Кирип чыгуу коопсуз эмес", "Ыйлап жиберди": a verb opens the sentence
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
            # "Координаторға" (not "Координа" and "-торға"): a borrowed noun with a Turkic ending
            common = (known and name_p < 0.3) or russian_word_with_turkic_ending(lower)
            # a place the dictionary knows, or guesses for a word spelt in Russian letters; its guess
            # for a Tajik, Uzbek or Kazakh spelling ("Фирӯз", "Шоҳрух") says nothing
            if place_p >= 0.5 and name_p < 0.3 and (known or _RUSSIAN_SPELLING.fullmatch(lower)):
                return None
        if base_of(word, _person_nouns(), min_inflected=3) is not None and not _OV_SURNAME.search(word):
            return None  # "Эркектин", "Жігіттер", "Қыздарға": a word for a person, with endings
        if an_address_word(lower):
            return None  # "Жатақханада тұрады", "Yotoqxona 2-bino": a word of an address opening a sentence
        if _REGION_AGENT_NOUN.search(lower):
            return None  # "Күзөтчүгө айттым", "Сатушыға", "Haydovchiga": one who does a trade, no name
        if KYRGYZ_LONG_VOWEL_END.search(lower):
            return None  # "Жолугушуу 6", "Убактылуу коргоо ордери": a verbal noun, an adjective
        if _TURKIC_NEGATIVE_VERB.search(lower):
            return None  # "Сүйлөшпөйм деди", "Білмеймін", "Bilmayman": a verb that says no, opening a quote
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
            if (
                thing
                and after is not None
                and after.text.casefold() in union("speech")
                and not names_a_body(word)  # "Группа согласилась"
            ):
                return self._span(token, "capitalised", _strip_case(shape))  # "Алиби ответил"
            said_next = after is not None and after.text.casefold() in union("speech")
            said_later = (
                acting is not None and acting is not after and acting.text.casefold() in union("speech")
            )
            if (
                lexicon.russian_thing_or_beast(lower)
                and lower not in union("label_words")
                and skeleton(word) not in _relatives()
                and (speaker_label or said_later)
            ):
                # "Пельмень: «если батя бьёт …»" opening a line, "Кубик опять молчал": a thing or a
                # being that speaks is a boy called so (not "Правило: «…»", a heading's word), as
                # "Алиби ответил" is: a name the session finds in its other forms too ("Пельменю")
                return self._span(token, "capitalised", _strip_case(shape))
            if said_next and skeleton(word) not in _relatives() and lexicon.russian_nickname_subject(lower):
                # "Медведь сказал, что …", "Крот сказал": a being that speaks is a boy called so
                # (not "Врач сказал", "Мама сказала": a person's word)
                return self._span(token, "capitalised", _strip_case(shape))
            if phone_after and not thing and not token.initial:
                # "номер Кабана: +7 707 …": a word of the dictionary that may be a living being,
                # capitalised inside a sentence before a phone, is whose number it is (not "Акимата")
                return self._span(token, "capitalised", _strip_case(shape))
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
        if nickname and not dictionary_word and not (latin and lower.endswith("iy")):
            # "Өткен" (past) is no Ө- + -ке + -н; "Keşe" (yesterday, 2021 Latin) no Ke- + -şe; an
            # Uzbek adjective in -iy is none either ("Haqiqiy erkak kim?": who is a real man)
            return self._span(token, "nickname", nickname)
        if turkic_adjective_before_its_noun(word, after.text if after else None):
            return None  # "Гендердик кутучалар", "Мектептеги зомбулук": an exercise's or a topic's name
        if not token.initial:
            if (
                before is not None
                and beside_before
                and before.text.casefold() in union("unknown_place_before")
            ):
                return None  # "Мырзабек из Сарыжаза": an unknown word after "из" is a village
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
            (
                _ends_like_a_name(shape)
                or number_after
                or _kin_after(after)
                or _owned(word, after.text if after else None)  # "Ǵabdollanyń jeke kýáligi": his papers
            )
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
            and not (after is not None and after.text.casefold() in union("conjunctions", "topic_after"))
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

    def _compound(self, shape: str) -> bool:
        """ "Ернұр", "Мирболат", "Ерсұлтанның": two parts of names of the region joined into one
        (the first maybe a part that is no name alone, the second maybe with an ending)."""
        if any(shape[:cut] in self._lists and shape[cut:] in self._lists for cut in range(2, len(shape) - 2)):
            return True
        if any(
            shape.endswith(ending) and len(shape) - len(ending) >= 4 and shape[: -len(ending)] in self._lists
            for ending in _compound_ending_shapes()
        ):
            return True  # "Ҳусейнпур", "Аҳмадпур": a listed name and a compound's second part
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
        # a listed first name with an honorific glued on before a small place's cue word is a person
        # from that place ("Бектур-аке мечиттен жардам берет"); a place's kind still says a place
        # ("Ысык-Ата району")
        honoured = skeleton(tail) in union("honorifics") and base_of(head, self._lists) is not None
        if (
            after is not None
            and after.text.casefold() in (_place_kind_words() if honoured else _place_words())
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
            if not token.capitalised or kazakh_paired_word(token.text.casefold()):
                return None  # "Ата-анасының келісімі", "Аға-інісі": a Kazakh paired word, no name
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


def _the_place_whole(word: str, place: str, lists: frozenset[str]) -> bool:
    """``word`` is the place's whole name and an ending, where the listed name it also reads as is
    shorter ("әпкесі Алматыда тұрады": Алматы and "-да", not Алмат and "-ыда"): the place."""
    written = skeleton(word)
    name = base_of(word, lists)
    return written.startswith(place) and (name is None or len(name) < len(place))


def _given_to(before: Token | None, word: str, lists: frozenset[str]) -> bool:
    """``word`` is a listed name with an ending right after a verb of giving or telling that the
    profiles' ``person_before`` hold (no preposition: "вернуть Алмату", "позвонить Семею")."""
    return (
        before is not None
        and len(before.text) > 3
        and before.text.casefold() in union("person_before")
        and base_of(word, lists) is not None
    )


def _izafe_relative(before: Token | None) -> bool:
    """A Tajik relative in the izafe right before ("модари | хуршед", "бародари | далер"): the word
    after it is whose relative, a person; a thing has no mother."""
    if before is None:
        return False
    lower = before.text.casefold()
    return lower.endswith(("и", "ӣ")) and len(lower) >= 4 and lower in union("person_before")
