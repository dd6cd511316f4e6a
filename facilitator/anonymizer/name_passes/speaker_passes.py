"""The finder's passes over speakers: speaker labels, nicknames equated or called so, described
speakers and the speakers of quotations."""

from __future__ import annotations

import re

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_passes.finder_state import FinderState
from facilitator.anonymizer.name_rules.dictionary_readings import (
    _a_word,
    _any_kazakh_word,
    _kazakh_word,
    _unknown_word,
)
from facilitator.anonymizer.name_rules.name_lists import _name_word_base, written_like_a_name
from facilitator.anonymizer.name_rules.name_shapes import _shaped_key
from facilitator.anonymizer.name_rules.name_sources import (
    NAME_SHAPE,
    PERSON_PLACE,
    PLACED_NICKNAME,
    UNSURE_SOURCES,
)
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname
from facilitator.anonymizer.name_rules.person_positions import _EQUATED_BEFORE, _EQUATION_WORD
from facilitator.anonymizer.name_rules.person_words import (
    _GRAMMAR_PARTS,
    _a_function_word_of_person,
    _a_relative,
    _function_or_person_word,
    _grammar_words,
)
from facilitator.anonymizer.name_rules.sentence_positions import Token, _opens_clause, starts_sentence
from facilitator.anonymizer.name_rules.speaker_labels import (
    _DESCRIBED_SPEAKER,
    _LABEL_WORD,
    _QUOTED_LABEL,
    _dictionary_speech,
    _first_person_quoted,
    _speaker_label,
    chat_senders,
    pointed_out_speaker,
)
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.name_rules.words_as_words import (
    _ENGLISH_DETERMINERS,
    _NEGATIONS,
    _OBJECT_AFTER,
    _OBJECT_PRONOUNS,
    _OF_AFTER,
    _SAID_A_NAME,
    _SO_CALLED_CUE,
    _name_nouns_pattern,
    _so_called_pattern,
    called_so_in_brackets,
)
from facilitator.anonymizer.profiles import first_words, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_LIST_OF_EQUATIONS = 2
"""Equations on one line that make it a list of nicknames ("Bauka = Bauırjan, Tank = Arman O., …")."""


_ROLE_ENDING = re.compile(r"(?:er|or|ist|ary|ant|ent|ain|ef)\Z", re.IGNORECASE)
"""English endings of the words for a person by a role ("leader", "monitor", "secretary", "captain",
"chef")."""


def _a_role_word(word: str) -> bool:
    """``word`` names a role rather than calls a person: a word for a person by work or kind that the
    Russian dictionary knows ("Лидер", "Секретарь"), or an English word with a role's ending."""
    lower = word.casefold()
    if _is_latin(word):
        return lower in lexicon.english_words() and _ROLE_ENDING.search(lower) is not None
    known, _name, _place = lexicon.russian(lower)
    return known and not lexicon.russian_thing_or_beast(lower)


def _a_list_of_equations(text: str, at: int) -> bool:
    """The line holding ``at`` has ``_LIST_OF_EQUATIONS`` "=" signs or more."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text.count("=", start, end if end >= 0 else len(text)) >= _LIST_OF_EQUATIONS


class SpeakerPasses(FinderState):
    def _chat_senders(self, text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
        """The senders of messages copied from a chat (``chat_senders``) that no span holds whole,
        the spans inside taken in: a person where one stands (a name found inside keeps its
        source; else unsure: removed, reviewed first)."""
        senders = chat_senders(text)
        if not senders:
            return []
        covered = Cover((s.start, s.end) for s in found)
        added = []
        for start, end in senders:
            if covered.holds(start, end) or any(s <= start and end <= e for s, e in public):
                continue
            inside = [s.source for s in found if s.kind is Kind.NAME and start <= s.start and s.end <= end]
            key = " ".join(map(skeleton, text[start:end].split()))
            added.append(Span(start, end, Kind.NAME, inside[0] if inside else PERSON_PLACE, key))
        return added

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
            if listed is None and skeleton(word) in lexicon.places():
                continue  # "Bishkek: the crisis centre says …": a place heading the lines after it
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
            if len(nick) < 3 or skeleton(nick) in _grammar_words():
                continue
            if _a_relative(nick) and not _a_function_word_of_person(nick):
                continue  # "мама = Айгуль": a relative, named; not her nickname ("Бала — это Әлібек" is)
            readings = () if _is_latin(nick) else lexicon.russian_readings(nick.casefold())
            if readings and readings[0][0] in _GRAMMAR_PARTS:
                continue  # "Они это Тимур и Дима": a pronoun
            places = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(nick)}(?![\w-])", text)]
            listed = _a_list_of_equations(text, start) and not _a_role_word(nick)
            if len(places) < 2 and base_of(nick, self._lists) is None and not listed:
                # said once: no nickname the note goes on to use (a name is one: "Max = Maksat"); in
                # a list of them each is one ("Bauka = Bauırjan, Prof = Alihan, Kök = Temirlan")
                continue
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
        "вилл — так ребята пишут Уилла"; ``calling_verbs``), that person's when a name found follows,
        or in brackets after it ("Кара (… его так на потоке зовут)"): how he is called, so every form
        of it in the session is him (PLACED_NICKNAME). Not a pronoun, a heading's or grammar word.
        Unsure: removed, and reviewed first."""
        # the word, the key of a name that follows, and the source: a word the note says is how a
        # person is called ("так его зовут") is that person wherever the session writes it
        places: list[tuple[int, int, str, str]] = []
        if _name_nouns_pattern().search(text):
            for noun in _name_nouns_pattern().finditer(text):
                said = _SAID_A_NAME.search(text, max(0, noun.start() - 60), noun.start())
                if said is None or _OF_AFTER.match(text, noun.end()):
                    continue
                between = said.group("between").casefold().split()
                if any(w in _NEGATIONS for w in between):
                    continue  # "Слава — это не имя"
                if (
                    _a_real_name_inside(text, said, noun.end(), found)
                    # a bracket that calls the word a nickname makes it one ("Bala (laqap atı, şın atı
                    # Abılai)"), though it is a word for a child
                    and noun.group().casefold() not in first_words("nickname_cues")
                    and not could_be_a_nickname(said.group("word"), lower_ok=True)
                ):
                    continue  # "мама (имя Гульнара)", "the teacher (real name Aibek)": hers, his real name
                places.append((said.start("word"), said.end("word"), "", PERSON_PLACE))
        if _SO_CALLED_CUE.search(text):
            names_at = {s.start: s for s in found if s.kind is Kind.NAME}
            for called in _so_called_pattern().finditer(text):
                # someone called: a name found after the verb ("пишут Уилла"), or "him", "его"
                named = names_at.get(called.end("verb") + 1)
                after = _OBJECT_AFTER.match(text, called.end("verb"))
                between = called.group(0)[
                    called.end("word") - called.start() : called.start("verb") - called.start()
                ]
                if (
                    named is None
                    and after is None
                    and not _OBJECT_PRONOUNS & set(between.casefold().split())
                    and not _someone_after(text, called.end("verb"))
                ):
                    continue  # "Вера — так и пишут в анкете": nobody is called
                key = named.key if named else ""
                places.append((called.start("word"), called.end("word"), key, PLACED_NICKNAME))
        if "(" in text:  # "Professor (… they call him that)"
            for called in called_so_in_brackets().finditer(text):
                places.append((called.start("word"), called.end("word"), "", PLACED_NICKNAME))
        if not places:
            return []
        taken = Cover([(s.start, s.end) for s in found])
        in_public = Cover(public)
        added: list[Span] = []
        for start, end, key, source in places:
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
            added.append(self._span(token, source, base))
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


_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")


def _someone_after(text: str, at: int) -> bool:
    """A person the dictionary reads right after a verb of calling ("Пахан — так пацаны зовут |
    отчима Еркебулана": his stepfather is called so)."""
    word = _NEXT.match(text, at)
    return word is not None and lexicon.russian_animate(word.group(1).casefold())


def _a_real_name_inside(text: str, said: re.Match[str], after: int, found: list[Span]) -> bool:
    """The word's bracket goes on past the word for a name with a name found ("Кот (имя Азамат)",
    "мама (имя: Гульнара)"): the bracket gives the real name of what the word stands for."""
    opening = text.find("(", said.end("word"), said.end())
    closing = text.find(")", after)
    if opening < 0 or closing < 0:
        return False
    return any(s.kind is Kind.NAME and after <= s.start and s.end <= closing for s in found)
