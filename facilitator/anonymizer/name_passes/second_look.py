"""The finder's second look at a name that is also a word: its context decides (a list of names, a
place named for a person, a lower-case name or nickname, a word read as a word)."""

from __future__ import annotations

import re

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_passes.finder_state import FinderState
from facilitator.anonymizer.name_rules.dictionary_readings import (
    _a_word,
    _an_adjective,
    _any_kazakh_word,
    _common_word,
    _english_cues,
    _kazakh_word,
)
from facilitator.anonymizer.name_rules.grammar_forms import (
    _COPULA_AFTER,
    _QUOTE_AFTER,
    _TO_BE,
    _a_wish,
    _counted,
    _owned,
    _owned_after_fillers,
)
from facilitator.anonymizer.name_rules.name_forms import (
    _PERSON_PREPOSITIONS,
    _short_name_with_case,
    _truncated_name,
)
from facilitator.anonymizer.name_rules.name_lists import (
    _name_word_base,
    first_names,
    name_words,
    place_base,
    regional_name_words,
    written_like_a_name,
)
from facilitator.anonymizer.name_rules.name_shapes import (
    _a_russian_surname,
    _family_name,
    _lower_name_shaped,
    _lower_surname_shaped,
    _name_like_shape,
)
from facilitator.anonymizer.name_rules.name_sources import AMBIGUOUS, NAME_SHAPE, PERSON_PLACE, UNSURE_SOURCES
from facilitator.anonymizer.name_rules.name_spans import _honorific_after
from facilitator.anonymizer.name_rules.person_positions import (
    _KIN_AND_NAME,
    _PHONE_AFTER,
    _a_person_does_after_filler,
    _between_names,
    _genitive_before_relative,
    _kin_named,
    _person_stands,
    _said_absent,
)
from facilitator.anonymizer.name_rules.person_words import (
    _function_or_person_word,
    _grammar_words,
    _job_stems,
    _kin_form,
    _kin_nouns,
    _person_nouns,
    _relatives,
)
from facilitator.anonymizer.name_rules.public_things import before_a_place_word
from facilitator.anonymizer.name_rules.sentence_positions import (
    _CLAUSE_OPENERS,
    _NEXT,
    _POSSESSIVES,
    TOKEN,
    Token,
    _blank,
    _english_around,
    _kazakh_around,
    _lowercase_writer,
    _russian_around,
    _said,
    _token,
    _unquoted,
    starts_sentence,
)
from facilitator.anonymizer.name_rules.speaker_labels import (
    _CLOSING_QUOTE,
    _SPEAKER_GAP,
    _WHO,
    _speaks_a_quotation,
)
from facilitator.anonymizer.name_rules.word_bases import _is_latin, _stems, _strip_case, base_of
from facilitator.anonymizer.name_rules.words_as_words import _LOCATIVES, _possessed, glossed_words
from facilitator.anonymizer.profiles import endings_for, profile, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_LIST_NEXT = re.compile(r"(?:\s*,\s*|\s+(?P<conj>[^\W\d_]+)\s+)(?P<word>[^\W\d_]+)")


def _joined_to(text: str, words: list[tuple[int, int, str]], index: int, taken: set[int]) -> bool:
    """``words[index]`` and a word that starts one of ``taken`` (a name of the note) stand on either
    side of a conjunction, with spaces only between the three ("азамат и тимур", "sake men beka")."""
    conj = union("conjunctions")
    start, end, _word = words[index]
    if index + 2 < len(words):
        after, after2 = words[index + 1], words[index + 2]
        if (
            after[2].casefold() in conj
            and after2[0] in taken
            and _blank(text, end, after[0], "")
            and _blank(text, after[1], after2[0], "")
        ):
            return True
    if index >= 2:
        before2, before = words[index - 2], words[index - 1]
        if (
            before[2].casefold() in conj
            and before2[0] in taken
            and _blank(text, before2[1], before[0], "")
            and _blank(text, before[1], start, "")
        ):
            return True
    return False


def _a_role_or_kin(word: str) -> bool:
    """A relative, a word for a person or a job as written ("Отчим", "Тренер", "Мама"), which a
    name in brackets after it names, no nickname."""
    return (
        skeleton(word) in _relatives()
        or base_of(word, _person_nouns(), min_inflected=3) is not None
        or word.casefold().startswith(_job_stems())
    )


class SecondLook(FinderState):
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
        if (
            not joined.group("conj")
            and _SIGN_OFF_END.match(text, joined.end("word"))
            and _DASH_BEFORE_WORD.search(text, max(0, end - 40), end)
        ):
            return False  # "… — Dinara, finance": a message signed with a name and a department
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
            place = place_base(word)
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
                    if not sure and _joined_to(text, words, index, taken):
                        return "joined"  # "Алмаз менен Канат" beside "Алмаз жакшы катышат" (unsure)
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
                after[2].casefold() in union("naming") and after2 is not None and _a_person_noun(after2[2])
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
            and _a_person_noun(after2[2])
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
            if inside and end + inside.end() in taken and not _a_role_or_kin(word):
                return AMBIGUOUS  # "Ербо (Ерболат)"; not "Отчим (Марат)", "Тренер (Марат)"
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
            joined = _joined_to(text, words, index, taken)
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
            # "nurik and sake stayed", "бека и санжик сидели": joined to a name of the note
            return self._lower_case_nickname(text, words[index], after, _joined_to(text, words, index, taken))
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
        if (
            not said
            and after is not None
            and after[2].casefold() in union("subject_fillers")
            and not text[end : after[0]].strip()  # "… сұрай алмайды». Кейін ойланып": another sentence's
        ):
            following = _NEXT.match(text, after[1])  # "кирюха опять опоздал": a filler, then the verb
            if following is not None and following.group(1).casefold() in union("subject_fillers"):
                following = _NEXT.match(text, following.end(1))  # "хуршед хеле барвақт омад": two
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
        # "азамат айтты", "azamat aytdi": a word for a person that is a boy's name as often speaks
        # as the boy, where no numeral or adjective makes it "a man" ("бір азамат айтты")
        named_too = (
            not plain
            and base in first_names()
            and lower not in _grammar_words()
            and after is not None
            and text[end : after[0]] == " "
            and after[2].casefold() in union("speech")
            and not (before is not None and before[2].casefold() in union("person_determiners"))
        )
        if (
            said
            and (plain or named_too)
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
        self, text: str, word: tuple[int, int, str], after: tuple[int, int, str] | None, joined: bool = False
    ) -> str | None:
        """A nickname written in lower case in a Russian or English sentence ("жаке сказал", "асик
        пропустил", "nurik said"): a name's first syllable and a diminutive, that the dictionary of
        the sentence does not read as a word, before a verb only a person does or an honorific, or
        ``joined`` by "and" to a name of the note ("бека и санжик сидели").
        In a Kazakh sentence, one the Kazakh dictionary does not read ("саке ағаға"). Unsure: removed,
        and reviewed first."""
        start, end, written = word
        lower = written.casefold()
        if not joined:
            if after is None or after[2].casefold() in union("conjunctions"):
                return None
            if not (after[2].casefold() in union("person_after") or _honorific_after(_token(after))):
                return None
        if _is_latin(lower):
            if _english_around(text, start, end):
                common = lower in lexicon.english_words()
            elif joined:
                # "sake men beka kelispedi": Kazakh in Latin letters, its dictionary decides
                common = skeleton(lower) in lexicon.kazakh_skeletons()
            else:
                return None
        elif _russian_around(text, start, end):
            known, name_p, _place = lexicon.russian(lower)
            common = known and name_p < 0.3
        elif _kazakh_around(text, start, end):
            # "саке ағаға", "жаке айтты": the Kazakh dictionary decides, not the Russian ("саке": sake)
            # in its own letters, not by the skeleton, which reads "саке" as "сақ" + "е"
            common = _kazakh_word(lower)
        else:
            return None
        return None if common else AMBIGUOUS

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

    def _truncated(self, shape: str) -> bool:
        """ "Ербо" (Ерболат), "Дани" (Данияр): the first syllables of a listed name, cut after a
        vowel, maybe with an ending ("Ербоға"). Alone it says little ("Қала" is a word): a name
        only beside one ("Ербо мен Асик")."""
        return _truncated_name(shape, self._lists)


_SIGN_OFF_END = re.compile(r"[ \t.!]*(?:\n|\Z)")
_DASH_BEFORE_WORD = re.compile(r"(?:^|[.!?)\n])[ \t]*[—–][ \t]*[^\W\d_]+\Z")
"""A sign-off: after a sentence's end, a dash, a name, a comma and one word ending the line ("…? —
Dinara, finance"); not "Темы урока — Вера, надежда" (a list after a dash inside a sentence)."""


def _a_person_noun(word: str) -> bool:
    """A word for a person in any case ("бала", "балага", "жигитке", "парня"): after "деген" or
    "аттуу", it says the word before them names that person ("Акылбек деген балага айт")."""
    return (
        word.casefold() in union("person_nouns")
        or base_of(word, _person_nouns(), min_inflected=3) is not None
    )
