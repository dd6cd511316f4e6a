"""Initials: after a name ("Yerlan B."), before it ("А.Б. Иванов"), standing alone for a person
("А.Б. раскрыл …"), or spelling a full name of the note."""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.person_words import _person_nouns
from facilitator.anonymizer.name_rules.sentence_positions import TOKEN
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

INITIAL = re.compile(r"[ \t][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.(?:[ \t]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?")
"""A surname's initial after a name on its line ("Yerlan B."); one on the next line opens that line's
name ("Е. Оспанов\nН. Кенжебаев")."""


def _with_lower_initials(span: Span, text: str) -> Span:
    """A name typed in lower case with its initials after it, also in lower case ("azamat k.",
    "серікбаев а.қ."), or a name with one letter of its family name and no dot where a list goes
    on ("азамат б, азамат к, ринат", "Aibek S and Nurlan"): the letters are the name's."""
    if span.kind is not Kind.NAME:
        return span
    lower = text[span.start : span.start + 1].islower()
    initials = _LOWER_INITIALS.match(text, span.end) if lower else None
    if initials is None:
        letter = (_DOTLESS_LOWER if lower else _DOTLESS_CAPITAL).match(text, span.end)
        if letter is None or text[span.end - 1 : span.end] == ".":
            return span
        initials = letter
    return Span(span.start, initials.end(), span.kind, span.source, span.key)


_LOWER_INITIALS = re.compile(r"[ \t][a-zа-яёәғқңөұүһі]\.(?:[a-zа-яёәғқңөұүһі]\.)?(?=[\s,;:)!?]|\Z)")
"""Initials in lower case after a name typed in lower case ("azamat k.", "серікбаев а.қ."): the
writer's case, not a sentence's end (a dot right after a word, no space, is one)."""
_LIST_GOES_ON = r"(?=[ \t]*(?:[,;)\n]|\Z)|[ \t]+(?:and|и|мен|менен|жана|және|va|ва)[ \t])"
_DOTLESS_LOWER = re.compile(rf"[ \t][a-zа-яёәғқңөұүһі]{_LIST_GOES_ON}")
_DOTLESS_CAPITAL = re.compile(rf"[ \t][A-HJ-UWYZА-ЯЁӘҒҚҢӨҰҮҺІ]{_LIST_GOES_ON}")
"""One letter after a name, no dot, then a comma, a bracket, the line's end or "and": a family
name's initial in a list ("азамат б, азамат к, ринат", "Aibek S and Nurlan"). Not Latin I, V or X
after a capitalised name: a ruler's number ("Peter I,")."""
_INITIALS_BEFORE = re.compile(r"(?<![\w.])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.(?:[ \t]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.){0,2}[ \t]?\Z")


_DAY_AFTER = re.compile(r"\.?[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b")
_INITIALS = re.compile(
    r"(?<![\w.])[A-ZА-ЯЁӘҒҚҢӨҰҮІ]\.[ \t]?[A-ZА-ЯЁӘҒҚҢӨҰҮІ]\.(?:[ \t]?[A-ZА-ЯЁӘҒҚҢӨҰҮІ]\.)?(?![\w.])"
)


def _with_initials(text: str, found: list[Span]) -> list[Span]:
    """``found`` with the initials standing alone (``_initials_alone``), which replace the spans of
    a single letter inside them ("Р.Х.": "Х" read as a capitalised word)."""
    added = _initials_alone(text, [s for s in found if s.end - s.start > 1])
    if not added:
        return found
    kept = [s for s in found if not any(a.start <= s.start and s.end <= a.end for a in added)]
    return kept + added


def _initials_of_names(text: str, words: list[tuple[int, int, str]], found: list[Span]) -> list[Span]:
    """A word of two or three capitals that spells the initials of a full name of the note ("Daniyar
    K." and "Daniyar S." … "I call them DK and DS"; "Айгерим Нурланова" … "АН"): that person, as a
    group writes two people of one name. Not a word or an abbreviation of a dictionary ("OK", "ID":
    English words, the profiles' ``dotted_abbreviations``, the words that are never a person)."""
    initials: dict[str, str | None] = {}
    for span in found:
        if span.kind is not Kind.NAME:
            continue
        parts = [t.group() for t in TOKEN.finditer(text, span.start, span.end)]
        if 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts):
            letters = "".join(p[0] for p in parts)
            initials[letters] = span.key if letters not in initials else None  # two people: neither
    if not initials:
        return []
    taken = Cover((s.start, s.end) for s in found)
    abbreviations = {a.replace(".", "") for a in union("dotted_abbreviations")}
    added = []
    for start, end, word in words:
        key = initials.get(word)
        if key is None or start in taken or not word.isupper():
            continue
        lower = word.casefold()
        if lower in lexicon.english_words() or lower in lexicon.not_names() or lower in abbreviations:
            continue
        added.append(Span(start, end, Kind.NAME, "initials", key))
    return added


_CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮІ"
_ONE_INITIAL = rf"(?:[A-Z][hH]|[{_CAPITAL}])\."
"""One initial: a capital, or a Latin digraph's ("Sh.", "Ch.", "Zh."), and a dot."""
_MEMBER = rf"{_ONE_INITIAL}(?:[ \t]?[{_CAPITAL}]\.){{0,2}}(?:[ \t]*\([^()\n]{{0,40}}\))?"
_INITIALS_LISTED = re.compile(rf"(?<![\w.]){_MEMBER}(?:[ \t]*[,;][ \t]*{_MEMBER}){{2,}}")
"""Three initials or more in a list, each maybe with a remark in brackets ("Sh. (Kokand), A.
(Margilan), I.Y. (Namangan)")."""
_SIGNATURE = re.compile(
    rf"(?:(?<=[.!?…)])[ \t]+|(?<=\n)[ \t]*)(?:[—–-][ \t]*)?(?P<sig>{_ONE_INITIAL})[ \t]*\Z"
)
"""One initial closing a note after its last sentence or on a line of its own: the writer's."""


def _with_single_initials(text: str, found: list[Span]) -> list[Span]:
    """``found`` with one initial standing for a person, where a single capital with a dot is no
    abbreviation: a note signed with it ("Устал, но доволен. Б."), or a list of people's initials
    holding a pair ("Sh. (Kokand), A. (Margilan), I.Y. (Namangan)"; not answer options "А. (да),
    Б. (нет), В.", whose letters are all single)."""
    if "." not in text:
        return found
    places: list[tuple[int, int]] = []
    signature = _SIGNATURE.search(text, max(0, len(text) - 12))
    if signature is not None:
        places.append(signature.span("sig"))
    for listed in _INITIALS_LISTED.finditer(text):
        members = list(re.finditer(_MEMBER, listed.group()))
        if not any(m.group().split("(")[0].count(".") >= 2 for m in members):
            continue
        for member in members:
            initial = re.match(_ONE_INITIAL, member.group())
            if initial is not None and member.group().split("(")[0].count(".") == 1:
                start = listed.start() + member.start()
                places.append((start, start + initial.end()))
    # "Zh." whose letters alone were read as a capitalised word: the initial replaces that span
    inside = [s for s in found if any(a <= s.start and s.end <= b for a, b in places)]
    taken = Cover((s.start, s.end) for s in found if s not in inside)
    added = [
        Span(start, end, Kind.NAME, "initials", skeleton(text[start : end - 1]) or text[start : end - 1])
        for start, end in places
        if start not in taken and end - 1 not in taken
    ]
    return [s for s in found if not any(a.start <= s.start and s.end <= a.end for a in added)] + added


def _initials_alone(text: str, found: list[Span]) -> list[Span]:
    """Initials standing for a person ("А.Б. раскрыл …", "referral for R.S. (16)", "К.Ж. и Р.Х.
    остались"): two or three capitals each with a dot, where no name span lies (not "Бекова Ж.А.",
    whose surname's span takes them); not an abbreviation the profiles list ("P.S.", "N.B.", "U.S.")."""
    if "." not in text:
        return []
    taken = [(s.start, s.end) for s in found]
    abbreviations = union("dotted_abbreviations")
    added = []
    for initials in _INITIALS.finditer(text):
        start, end = initials.span()
        if initials.group().replace(" ", "").replace("\t", "").casefold() in abbreviations and not (
            _person_word_before(text, start)  # "уч-к Т.Е. (К-8)": a pupil's initials, no "that is"
        ):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        before = text[max(0, start - 2) : start]
        if re.search(r"[^\W\d_] ?$", before) and start >= 2 and text[start - 2 : start - 1].isupper():
            continue  # "Бекова Ж.А." not found as a name: the surname's rules decide
        key = "".join(c for c in initials.group() if c.isalpha())
        added.append(Span(start, end, Kind.NAME, "initials", skeleton(key) or key))
    if "-" in text:
        for cut in _CUT_SURNAME.finditer(text):  # "Ж-н Т.", "у Б-ва Е.": a surname cut to its ends
            start, end = cut.span()
            if not any(s < end and start < e for s, e in taken):
                key = cut.group("first") + "".join(c for c in cut.group("initials") if c.isalpha())
                added.append(Span(start, end, Kind.NAME, "initials", skeleton(key) or key))
    lettered = cache(lambda: _lettered_options(text))  # read once, when a small letter first asks
    for one in _INITIAL_BEFORE_WORD.finditer(text):  # "S. told me he was beaten", "Boy N. disclosed abuse"
        start, end = one.span("initial")
        acting = one.group("verb").casefold() in union("person_after") - union("conjunctions")
        # "Н. әкесінің анасын ұрғанын айтты", "K. and B. from the Kentau group": a small letter after
        # the dot, so no sentence ended there; the capital and dot stand for someone
        lower_after = (
            one.group("verb")[:1].islower()
            and not _ONE_LETTER_ABBREVIATION.match(text, one.end("initial"))  # "Т. е." (that is)
            and not lettered()  # "Ответы: А. да, Б. нет"
            and _HYPHENED_BEFORE.search(text, max(0, start - 40), start) is None  # "Юго-Восток А. улица"
        )
        named = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if named is not None and named.group(1).casefold() in union("group_words"):
            continue  # "Group A. came late": a group's letter
        free = not any(s < end and start < e for s, e in taken)
        # "P. S. said": no initial alone; "… with him. T. stays": a sentence's full stop before it
        if (
            (acting or lower_after or _person_word_before(text, start))
            and free
            and _INITIAL_JUST_BEFORE.search(text, max(0, start - 6), start) is None
        ):
            added.append(Span(start, end, Kind.NAME, "initials", skeleton(one.group("initial")[:-1])))
    for aged in _INITIAL_AGED.finditer(text):  # "Д. (10 «А», 16 л.)", "Т. (16)", "Н., 16 л.": the age
        start, end = aged.span()
        if not any(s < end and start < e for s, e in taken):
            added.append(Span(start, end, Kind.NAME, "initials", skeleton(aged.group()[:-1])))
    if "(" in text:
        for one in _INITIAL_IN_BRACKETS.finditer(text):  # "one participant (Sh.) disclosed", "бір бала (Е.)"
            start, end = one.span("initial")
            noun = one.group("noun")
            person = skeleton(noun) in _person_nouns() or noun.casefold() in union("titles")
            if person and not any(s < end and start < e for s, e in taken):
                added.append(Span(start, end, Kind.NAME, "initials", skeleton(one.group("initial")[:-1])))
    return added


_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ \t]+\Z")


def _person_word_before(text: str, start: int) -> bool:
    """A word for a person right before ``start`` ("ученик", "уч-к", "мама", "участник")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1).casefold()
    return skeleton(word) in _person_nouns() or word in union("person_before") or word in union("titles")


_CUT_SURNAME = re.compile(
    rf"(?<![\w.-])(?P<first>[{_CAPITAL}])-(?:[а-яё]?(?:в|н)(?:а|у|ой|ым|ой)?|[а-яё]?(?:ий|ая|ой|ко|ук|юк))"
    rf"[ \t]?(?P<initials>[{_CAPITAL}]\.(?:[ \t]?[{_CAPITAL}]\.)?)(?![\w])"
)
"""A family name cut to its first letter and its ending, then initials ("Ж-н Т.", "Б-ва Е.", "К-ко
А.А."): how a school's papers write a pupil without writing the name."""
_INITIAL_BEFORE_WORD = re.compile(rf"(?<![\w.])(?P<initial>[{_CAPITAL}][hH]?\.)(?=[ \t]+(?P<verb>[^\W\d_]+))")
"""One initial (a Latin digraph too: "Sh.") before a word: a person where that word is a verb of a
person ("S. told me", "Ж. сказал") or in small letters ("Н. әкесінің …", "K. and B."), or a word for
a person stands before it ("Boy N. disclosed")."""
_HYPHENED_BEFORE = re.compile(r"[^\W\d_][\w'’]*-[^\W\d_][\w'’-]*[ \t]+\Z")
"""A hyphened word right before an initial ("Юго-Восток А. улица"): a district's letter, no one."""
_ONE_LETTER_ABBREVIATION = re.compile(r"[ \t]+[^\W\d_]\.")
"""A capital, a dot, then one small letter and a dot ("Т. е.", "Т. к."): an abbreviation."""
_LOWER_AFTER_CAPITAL = re.compile(rf"(?<![\w.])([{_CAPITAL}])\.[ \t]+[^\W\d_A-ZА-ЯЁ]")


def _lettered_options(text: str) -> bool:
    """Two capitals in alphabetical order each with a dot and a small letter after it ("А. да, Б.
    нет", "a poll: A. yes, B. no"): lettered options, no initials."""
    letters = {m.group(1) for m in _LOWER_AFTER_CAPITAL.finditer(text)}
    return any(chr(ord(letter) + 1) in letters for letter in letters)


_INITIAL_JUST_BEFORE = re.compile(rf"(?<![\w.])[{_CAPITAL}][hH]?\.[ \t]*\Z")
"""Another initial right before one ("P. | S. said"): the two are one abbreviation."""
_AGE_WORD = r"(?:л\.|лет|года?\b|г\.|y\.?o\b|yrs?\b|years?\b|жас|ёш|yosh|сол)"
_INITIAL_AGED = re.compile(
    rf"(?<![\w.])[{_CAPITAL}]\.(?=[ \t]*\([^()\n]{{0,24}}?(?<!\d)\d{{1,2}}[ \t]*-?[ \t]*{_AGE_WORD}"
    r"|[ \t]*\([ \t]*(?:1\d|2\d|30)[ \t]*\)"
    rf"|[ \t]*,[ \t]*\d{{1,2}}[ \t]*-?[ \t]*{_AGE_WORD})"
)
"""One initial with an age after it: in the brackets, with its word or bare ("Д. (10 «А», 16 л.)",
"S. (15 y.o.)", "Т. (16) сказал"), or after a comma ("(Н., 16 л.)"): a person of the note, no
abbreviation."""
_CLASS_NUMBER_BEFORE = re.compile(r"(?<![\d.,:/])\d{1,2}[ \t]*(?:[-–][ \t]*)?[«\"“]?\Z")
"""A class's number right before its letter ("9А", "10 «А»", "9 В", "11«Б»", "11-А")."""
_INITIAL_IN_BRACKETS = re.compile(
    r"(?P<noun>[^\W\d_]+)[ \t]*\([ \t]*(?P<initial>[A-ZА-ЯЁӘҒҚҢӨҰҮІ][hH]?\.)[ \t]*\)"
)
"""One initial in brackets right after a word for a person ("one participant (Sh.)", "участник (Б.)"):
the facilitator's way of naming someone without a name, a digraph of Latin letters too ("Sh", "Zh")."""


def with_initials_before(spans: list[Span], text: str) -> list[Span]:
    """``spans`` (in order, none overlapping) with the initials of a first name and a patronymic
    written before a name ("Е. Оспанов", "А.Б. Шмидт", "Д. Гусев сказал") in its span, as the
    initials after one are ("Оспанов Е."); not initials another span holds ("Тимур К." before a
    name)."""
    kept: list[Span] = []
    for span in spans:
        if span.kind is Kind.NAME and span.start > 0 and text[span.start - 1] in " \t.":
            initials = _INITIALS_BEFORE.search(text, max(0, span.start - 10), span.start)
            previous = kept[-1].end if kept else 0
            if initials is not None and initials.start() >= previous:
                span = Span(initials.start(), span.end, span.kind, span.source, span.key)
        kept.append(span)
    return kept


_CLASS_LETTER = re.compile(r"[^\W\d_][ \t]+(?=[^\W\d_])")


def without_class_letters(spans: list[Span], text: str) -> list[Span]:
    """``spans`` with no name opening with a class's letter: a letter right after a class's number
    ("Классная 10А Сания Бейсенқызы", "из 9 Б Ерлан") is the class's, no initial of the name."""
    kept: list[Span] = []
    for span in spans:
        letter = _CLASS_LETTER.match(text, span.start, span.end) if span.kind is Kind.NAME else None
        if letter and _CLASS_NUMBER_BEFORE.search(text, max(0, span.start - 4), span.start):
            span = Span(letter.end(), span.end, span.kind, span.source, span.key)
        kept.append(span)
    return kept
