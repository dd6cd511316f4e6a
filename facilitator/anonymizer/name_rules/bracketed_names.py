"""A word explained by a full name in brackets right after it ("Кот (Котов Лёва) и Гусь", "Шмель
(Артём Шмелёв) опоздал"): the facilitator gives a nickname its owner, so the word is that person,
under the same key, though it is a word of the dictionary. The brackets hold the found name and
nothing else (two words at least, or a name and an initial). Not a relative, a word for a person,
a role or a job ("Отчим (Голубев Н.)", "Директор (Иванова А.)"), a place ("Токмок (Венера
Ивановна)"), a heading's word, a pronoun, a word of grammar or a public name.

A name set beside a word for a young person between commas ("the neighbours' boy, Kara-Mysyk,
hits …") is his too (``apposed_names``).

names.py asks it after the second look.
"""

from __future__ import annotations

import re

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.name_rules.name_sources import UNSURE_SOURCES
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname
from facilitator.anonymizer.name_rules.person_words import _person_nouns
from facilitator.anonymizer.name_rules.public_things import _the_figures_first_name
from facilitator.anonymizer.name_rules.sentence_positions import starts_sentence
from facilitator.anonymizer.normalize import ends_with_words, fold
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

NICKNAME_BRACKETED = "nickname-bracketed"
_BRACKETED = re.compile(r"(?<![\w-])(?P<word>[^\W\d_][\w'’-]*)[ \t]*\((?P<inside>[^()\n]{3,100})\)")
"""A word and the bracket right after it, up to 100 characters: room for a real name after words
that say so ("bolt (he runs fast, real name Ruslan)"); the other reading asks for a name alone
inside ("Кот (Котов Лёва)")."""
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
        really = _named_really(text, bracket, names)
        if really is not None:
            start, end = bracket.span("word")
            word = bracket.group("word")
            if start not in taken and start not in in_public and could_be_a_nickname(word, lower_ok=True):
                added.append(Span(start, end, Kind.NAME, NICKNAME_BRACKETED, really.key))
            continue
        parts = list(_PART.finditer(text, bracket.start("inside"), bracket.end("inside")))
        if (
            not parts
            or text[bracket.start("inside") : bracket.end("inside")].strip(" \t")
            != text[parts[0].start() : parts[-1].end()]
        ):
            continue  # more than a name ("(Иван, 16 лет)")
        inside = [n for n in names if bracket.start("inside") <= n.start and n.end <= bracket.end("inside")]
        covered = Cover([(n.start, n.end) for n in inside])
        if not inside or not all(p.start() in covered for p in parts):
            continue
        start, end = bracket.span("word")
        word = bracket.group("word")
        # one name alone in brackets explains a word of the same letter case ("Тюлень (Азиз) уснул",
        # "тюлень (азиз) уктап калды"), as a full name explains any word
        alone = len(parts) == 1
        if alone and (
            parts[0].group()[:1].isupper() != word[:1].isupper()
            or inside[0].source in UNSURE_SOURCES
            or _whose(parts[0].group(), inside[0].key)
        ):
            continue
        # a word in small letters is explained by a name alone, or by a full name in small letters
        # too, as a hurried writer types both ("эмка (эрмек жумабеков) калды")
        lower_ok = alone or parts[0].group().islower()
        # a public figure's name the public check let through is a boy's ("Месси (Маъруф)")
        figure = skeleton(word) in lexicon.public_people_for(word) and not _the_figures_first_name(
            parts[0].group(), word
        )
        nickname = figure or could_be_a_nickname(word, lower_ok=lower_ok)
        if start in taken or start in in_public or not nickname:
            continue
        added.append(Span(start, end, Kind.NAME, NICKNAME_BRACKETED, inside[0].key))
    return added


_WHOSE_ENDING = re.compile(r"[ndt]?[iu]k[iu]")
"""The Turkic genitive made a noun, as a skeleton ("-дікі", "-ники", "-дыкы": Damir's), after a name."""


def _whose(word: str, key: str) -> bool:
    """``word`` is the name under ``key`` with "the one of" after it ("(байэлдики)": Baiel's), so the
    bracket says whose the word before is ("эң мыкты фразасы (байэлдики)": the best phrase, Baiel's),
    not who."""
    shape = skeleton(word)
    return shape.startswith(key) and _WHOSE_ENDING.match(shape, len(key)) is not None


_AFTER_A_NAME = re.compile(
    r"[ \t]\((?P<word>(?-i:[^\W\d_a-zа-яёәғқңөұүһіўҳҷӣӯ])[\w'’-]{2,})(?:\)|[ \t]+[—–-][ \t])"
)
"""A capitalised word alone in brackets right after a word ("Doniyor (Messi)"), or before a dash that
says why ("Аслан Дзуев (Борода — у него борода с 15 лет)")."""


def nicknames_after_names(text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
    """A capitalised word alone in brackets right after a capitalised first name found: what the
    boys call him ("Doniyor (Messi)", "Азамат (Тайсон)"), though it is a word or a public figure's
    name (the public-figure check lets it through there: ``namesakes.a_participant_there``). Not a
    place, a relative, a role or a heading's word."""
    if "(" not in text:
        return []
    ends = {s.end: s for s in found if s.kind is Kind.NAME and text[s.start : s.start + 1].isupper()}
    taken = Cover([(s.start, s.end) for s in found])
    in_public = Cover(public)
    added = []
    for bracket in _AFTER_A_NAME.finditer(text):
        name = ends.get(bracket.start())
        start, end = bracket.span("word")
        if name is None or start in taken or start in in_public or " " in text[name.start : name.end]:
            continue
        word = bracket.group("word")
        if could_be_a_nickname(word) or skeleton(word) in lexicon.public_people_for(word):
            added.append(Span(start, end, Kind.NAME, NICKNAME_BRACKETED, name.key))
    return added


def _named_really(text: str, bracket: re.Match[str], names: list[Span]) -> Span | None:
    """The name found inside the bracket after words that say it is the real one of the word
    before ("bolt (he runs fast, real name Ruslan)", "пахтакор (фанат футбола, настоящее имя
    Руслан)", "professor (that is what the class calls Ruslan)"; the profiles' ``real_name_words``
    and ``alias_words``), if any: a sure name, not one the rules are unsure of."""
    begin, stop = bracket.span("inside")
    lowered = fold(text[begin:stop])
    for name in names:
        if not (begin <= name.start and name.end <= stop) or name.source in UNSURE_SOURCES:
            continue
        before = lowered[: name.start - begin].rstrip(" \t:,—–-")
        if any(ends_with_words(before, cue) for cue in union("real_name_words", "alias_words")):
            return name
    return None


_AGE_WORDS = (
    r"(?:л\.|лет|года?|г\.|y\.?o\.?|yrs?|years?(?:[ \t]+old)?|жас(?:та|ында)?|жашта|ёш(?:да)?"
    r"|yosh(?:da)?|сола)"
)
_AGED = re.compile(rf"\((?P<word>[^\W\d_][\w'’-]*),[ \t]*(?<!\d)\d{{1,2}}[ \t]*{_AGE_WORDS}?[ \t]*\)")
"""A capitalised word alone in brackets with an age after it ("(Свят, 16 лет)", "(Dias, 17)", "(Бақыт,
16 жаста)"): how a note introduces a boy, by a name or a short form of it the lists may not hold."""


_LINE_AGED = re.compile(
    rf"(?m)(?:^|[ \t]/[ \t])[ \t]*(?:[-–•*][ \t]*|\d{{1,2}}[.)][ \t]*)?(?P<word>[^\W\d_][\w'’-]*),[ \t]*"
    rf"(?:[5-9]|1\d|2\d)[ \t]*(?:{_AGE_WORDS}[ \t]*)?[,;)]"
)
"""A word opening a line of a list (or a line a note pasted into one keeps with " / "), a comma
and an age, then a comma ("mark, 16, grade 10, …", "кубик, 15, опоздал", "Dias, 17 y.o., …"): how
a note introduces a boy."""


_LINE_AGED_BARE = re.compile(
    rf"(?m)^[ \t]*(?:[-–•*][ \t]*)?(?P<word>(?-i:[^\W\d_a-zа-яё])[\w'’-]*)[ \t]+(?:1\d|2[0-5])[ \t]*"
    rf"(?:{_AGE_WORDS}[ \t]*)?[,;]"
)
"""A capitalised word opening a line, an age right after it with no comma between, then a comma
("Эмир 14, Кара-Суу р-н, …"): a boy introduced by a name the lists hold, though it is a word too."""


def aged_names(text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
    """The words that ``_AGED`` and ``_LINE_AGED`` find, not found yet, no public figure, relative,
    word for a person or place (``could_be_a_nickname``, asked of the word capitalised)."""
    if "," not in text:
        return []
    taken = Cover([(s.start, s.end) for s in found])
    in_public = Cover(public)
    added = []
    aged_words = [*(_AGED.finditer(text) if "(" in text else ()), *_LINE_AGED.finditer(text)]
    aged_words += [m for m in _LINE_AGED_BARE.finditer(text) if skeleton(m.group("word")) in first_names()]
    for aged in aged_words:
        start, end = aged.span("word")
        word = aged.group("word")
        if start in taken or start in in_public or not could_be_a_nickname(word[:1].upper() + word[1:]):
            continue
        added.append(Span(start, end, Kind.NAME, NICKNAME_BRACKETED, skeleton(word)))
    return added


_APPOSED = re.compile(
    r"(?<![\w'’-])(?P<noun>[^\W\d_]+)[ \t]*,[ \t]*"
    r"(?P<word>(?-i:[^\W\d_a-zа-яёәғқңөұүһіўҳҷӣӯ])[\w'’]*(?:-[^\W\d_][\w'’]*)?)[ \t]*[,)—–]",
)
"""A word for a person, a comma, then a capitalised word (maybe two joined by a hyphen) and a
comma, a bracket or a dash ("the neighbours' boy, Kara-Mysyk, hits …", "соседский пацан, Шмель,
…")."""


def apposed_names(text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
    """A name set beside a word for a person (the profiles' ``person_nouns``: "boy", "пацан", "бала")
    between commas (``_APPOSED``): the apposition
    names him, though it is a word or a hyphenated compound no list holds ("Kara-Mysyk": black cat).
    Not what ``could_be_a_nickname`` refuses (a relative, a role, a place, a public figure), nor a word that
    opens a sentence."""
    if "," not in text:
        return []
    taken = Cover([(s.start, s.end) for s in found])
    in_public = Cover(public)
    nouns = _person_nouns()
    added = []
    for apposed in _APPOSED.finditer(text):
        if skeleton(apposed.group("noun")) not in nouns:
            continue
        start, end = apposed.span("word")
        if start in taken or start in in_public or starts_sentence(text, start):
            continue
        word = apposed.group("word")
        parts = [part for part in word.split("-") if len(part) >= 3]  # "Sary-It": "It" too short to judge
        if not could_be_a_nickname(word) or not all(could_be_a_nickname(part) for part in parts):
            continue
        added.append(Span(start, end, Kind.NAME, NICKNAME_BRACKETED, skeleton(word)))
    return added


NICKNAME_JOINED = "nickname-joined"
_JOINED_AFTER = re.compile(r"\)?[ \t]+(?:и|или)[ \t]+(?P<word>[^\W\d_][\w'’-]*)")
"""The conjunction and the word after a name, maybe after the bracket the name closes ("Кот (Котов
Лёва) и Гусь")."""
_JOINED_BEFORE = re.compile(r"(?<![\w-])(?P<word>[^\W\d_][\w'’-]*)[ \t]+(?:и|или)[ \t]+\Z")


def joined_nicknames(text: str, found: list[Span], public: list[tuple[int, int]]) -> list[Span]:
    """A capitalised word of the Russian dictionary that may be a living being ("Гусь", "Мелкого":
    a goose, the small one), inside a sentence, joined by "и" or "или" to a person found ("Кот …
    и Гусь", "Бахыта или Мелкого"): a nickname, as a name beside a name is. Not a thing ("Ерлан и
    Библия"), nor what ``could_be_a_nickname`` refuses (a relative, a role: "Ерлан и Директор").
    Where the name is in small letters, a word in small letters the dictionary does not know ("бека
    и санжик")."""
    if " и" not in text:
        return []
    taken = Cover([(s.start, s.end) for s in found])
    in_public = Cover(public)
    added: list[Span] = []
    for name in found:
        if name.kind is not Kind.NAME:
            continue
        after = _JOINED_AFTER.match(text, name.end)
        before = _JOINED_BEFORE.search(text, max(0, name.start - 40), name.start)
        for joined in (after, before):
            if joined is None:
                continue
            start, end = joined.span("word")
            word = joined.group("word")
            if start in taken or start in in_public:
                continue
            if word[:1].islower() and text[name.start : name.start + 1].islower():
                if not _unknown_in_small_letters(word):
                    continue  # "бека и санжик": a writer in small letters, a word no dictionary knows
            elif (
                starts_sentence(text, start)
                or word.isascii()
                or not could_be_a_nickname(word)
                or not _a_being(word.casefold())
            ):
                continue
            added.append(Span(start, end, Kind.NAME, NICKNAME_JOINED, skeleton(word)))
            taken = Cover([*((s.start, s.end) for s in found), *((s.start, s.end) for s in added)])
    return added


def _unknown_in_small_letters(word: str) -> bool:
    """A Cyrillic word in small letters, four letters or more, that the Russian dictionary does not
    know and that may be a nickname ("санжик", "бахтик": a name's pet form)."""
    if len(word) < 4 or word.isascii() or not could_be_a_nickname(word, lower_ok=True):
        return False
    known, _name, _place = lexicon.russian(word)
    return not known


def _a_being(lower: str) -> bool:
    """The Russian dictionary knows ``lower`` and reads it as a living being, a noun or an adjective
    standing for one, and not only as a thing."""
    known, _name, _place = lexicon.russian(lower)
    return known and not lexicon.russian_thing(lower)[0] and lexicon.russian_animate(lower)
