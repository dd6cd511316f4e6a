"""Identifiers said in words, as a note dictated by voice writes them: a phone's digits ("восемь
семьсот семь …", "nine three eight double two …"), an e-mail ("tahmina dot nazarova at mail dot
ru"), a handle ("amir underscore jon underscore zero seven"), a passport's letter and digits ("A zero
one two …"), a date of birth after its cue ("born three March two thousand and seven", "дата рождения
третье мая две тысячи седьмого"), an address with its numbers in words ("улица Абая дом сорок
семь") and a car's plate ("восемьсот сорок пять эй би си ноль два")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

import yaml

from facilitator.anonymizer.guards import guarded
from facilitator.anonymizer.spans import Kind, Span

_UNITS = {
    "ноль": 0, "нуль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_HUNDREDS = {
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
}  # fmt: skip
_PLUS = frozenset({"плюс", "plus"})
_REPEATS = {"double": 2, "triple": 3}
"""A digit said twice or three times ("nine three eight double two …"), as English speakers dictate."""
APOSTROPHES = "'’ʻʼ‘`"
"""The apostrophes an Uzbek word is typed with ("to'rt", "toʻrt", "to’rt"): all read as "'"."""
_AS_APOSTROPHE = str.maketrans({mark: "'" for mark in APOSTROPHES})


def _table() -> dict[str, object]:
    """data/spoken_numbers.yaml: the number words of each language and the words before a phone."""
    source = resources.files("facilitator.anonymizer").joinpath("data", "spoken_numbers.yaml")
    return dict(yaml.safe_load(source.read_text(encoding="utf-8")))


def _neighbours(data: dict[str, object]) -> dict[str, dict[str, int]]:
    """The number words of ``data`` (Kazakh, Kyrgyz, Uzbek, Tajik) by part: units, teens, tens,
    hundreds, and the words that multiply a unit by a hundred (value 100). A word given two values
    would read one phone two ways: refused."""
    parts: dict[str, dict[str, int]] = {"units": {}, "teens": {}, "tens": {}, "hundreds": {}, "hundred": {}}
    for language, words in data.items():
        if language == "phone_cues" or not isinstance(words, dict):
            continue
        for part, entries in words.items():
            found = {str(w): 100 for w in entries} if part == "hundred" else entries
            for word, value in found.items():
                key = str(word).casefold()
                if parts[part].get(key, value) != value:
                    raise ValueError(f"spoken_numbers.yaml: {language} {part} {word!r} has two values")
                parts[part][key] = int(value)
    return parts


def _phone_cues(data: dict[str, object]) -> re.Pattern[str]:
    """A word before a phone (``data``'s ``phone_cues``, as stems), one of the two words before the
    end of the text it is matched against."""
    cues = data.get("phone_cues")
    stems = "|".join(re.escape(str(stem)) for stem in (cues if isinstance(cues, list) else ()))
    return re.compile(rf"(?<!\w)(?:{stems or '(?!)'})\w*(?:\W+\w+)?\W*\Z", re.IGNORECASE)


_TABLE = _table()
_OTHERS = _neighbours(_TABLE)
_PHONE_CUE = _phone_cues(_TABLE)
_CUED_DIGITS = 7
"""After a word for a phone, a run of number words saying as few as 7 digits is one: a city's line
(7 digits in Almaty, Bishkek, Dushanbe), or a mobile whose dictation lost a group."""
_PHONE_UNITS = {**_UNITS, **_OTHERS["units"]}
_PHONE_TEENS = {**_TEENS, **_OTHERS["teens"]}
_PHONE_TENS = {**_TENS, **_OTHERS["tens"]}
_PHONE_HUNDREDS = {**_HUNDREDS, **_OTHERS["hundreds"]}
_HUNDRED_WORDS = frozenset(_OTHERS["hundred"])
"""The region's words for "hundred" after a unit ("жети жүз", "to'qqiz yuz"): the unit times 100."""
NUMBER_WORDS = frozenset(
    [*_PHONE_UNITS, *_PHONE_TEENS, *_PHONE_TENS, *_PHONE_HUNDREDS, *_HUNDRED_WORDS, *_PLUS, *_REPEATS]
)
"""Every word of a number said aloud, as the spoken patterns read them ("'" for any apostrophe)."""
_NUMBER_WORD = "|".join(
    re.escape(word).replace("'", f"[{APOSTROPHES}]") for word in sorted(NUMBER_WORDS, key=len, reverse=True)
)
_SPOKEN_RUN = guarded(
    re.compile(
        rf"(?<![\w{APOSTROPHES}-])(?:{_NUMBER_WORD})(?:[ \t]*[,\-–][ \t]*|[ \t]+)(?:(?:{_NUMBER_WORD})"
        rf"(?:[ \t]*[,\-–][ \t]*|[ \t]+)){{2,}}(?:{_NUMBER_WORD})(?![\w{APOSTROPHES}-])",
        re.IGNORECASE,
    )
)
"""Four or more number words in a row ("восемь семьсот семь два ноль ноль…", "ноль жети жүз …")."""
_SPOKEN_WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]+)*")
_SPOKEN_DIGITS = (9, 12)
"""A phone of the region spoken digit by digit or in groups: 9 digits dialled at home in
Kyrgyzstan, Uzbekistan and Tajikistan, 10-11 in Kazakhstan ("восемь семьсот один …"), 12 with a
country code (996, 998, 992)."""


_ZEROES = frozenset({"ноль", "нуль", "zero", "oh", *(w for w, v in _OTHERS["units"].items() if v == 0)})


def _said(words: list[str]) -> list[str]:
    """Words as the number tables hold them: folded, any apostrophe "'"."""
    return [word.casefold().translate(_AS_APOSTROPHE) for word in words]


def _unit_at(words: list[str], index: int) -> tuple[int, int]:
    """The unit that ends a group after tens or hundreds ("сорок пять", "семьсот семь"), and the
    index after it; a zero is no part of the group ("два ноль ноль" is 2, 0, 0): (0, ``index``)."""
    if index < len(words) and words[index] in _PHONE_UNITS and words[index] not in _ZEROES:
        if _hundred_said(words, index) is not None:
            return 0, index  # "toʻqson toʻqqiz yuz …": 90, then 900 and more
        return _PHONE_UNITS[words[index]], index + 1
    return 0, index


def _hundred_said(words: list[str], index: int) -> tuple[int, int] | None:
    """A hundred said as a unit and the word for a hundred ("жети жүз", "to'qqiz yuz") or the word
    alone ("жүз" is 100), from ``index``: its value and the index after it; None if none is there."""
    if words[index] in _HUNDRED_WORDS:
        return 100, index + 1
    if (
        words[index] in _PHONE_UNITS
        and words[index] not in _ZEROES
        and index + 1 < len(words)
        and words[index + 1] in _HUNDRED_WORDS
    ):
        return _PHONE_UNITS[words[index]] * 100, index + 2
    return None


def _spoken_digits(words: list[str], zero_in_group: bool = False) -> str:
    """The digits number words say, each group as a speaker groups them: "семьсот семь" is 707,
    "сорок пять" 45, "два ноль ноль" 200, "жети жүз жыйырма бир" 721, "он бир" 11. With
    ``zero_in_group``, a zero after a hundred and before a unit is the group's middle digit
    ("семьсот ноль один" is 701, as "701" is read aloud)."""
    words = _said(words)
    digits, index = "", 0
    while index < len(words):
        word = words[index]
        hundred = _hundred_said(words, index)
        index += 1
        if word in _REPEATS and index < len(words) and words[index] in _PHONE_UNITS:
            digits += str(_PHONE_UNITS[words[index]]) * _REPEATS[word]
            index += 1
        elif hundred is not None or word in _PHONE_HUNDREDS:
            value, index = hundred if hundred is not None else (_PHONE_HUNDREDS[word], index)
            if index < len(words) and words[index] in _PHONE_TEENS:
                value += _PHONE_TEENS[words[index]]
                index += 1
            elif zero_in_group and words[index : index + 1] and words[index] in _ZEROES:
                unit, after = _unit_at(words, index + 1)
                value, index = value + unit, (after if unit else index)
            else:
                if index < len(words) and words[index] in _PHONE_TENS:
                    value += _PHONE_TENS[words[index]]
                    index += 1
                unit, index = _unit_at(words, index)
                value += unit
            digits += f"{value:03d}"
        elif word in _PHONE_TENS:
            unit, index = _unit_at(words, index)
            digits += str(_PHONE_TENS[word] + unit)
        elif word in _PHONE_TEENS:
            digits += str(_PHONE_TEENS[word])
        elif word in _PHONE_UNITS:
            digits += str(_PHONE_UNITS[word])
    return digits


def spoken_phones(text: str) -> Iterator[Span]:
    """A phone number said in words, as a note dictated by voice writes it ("номер восемь семьсот
    семь два ноль ноль сорок пять шестьдесят семь", "plus nine nine six five five five …"): a run of
    number words whose digits are as many as a phone of the region has (``_SPOKEN_DIGITS``) and
    begin as one does (0, 7, 8 or 9, or after "плюс"); after a word for a phone ("номери", "рақамаш"),
    7 digits or more, however they begin. In Russian, English, Kazakh, Kyrgyz, Uzbek and Tajik
    ("ноль жети жүз жыйырма бир …", "нӯҳсаду нӯҳ ду сифр …"). Not a count or a sum ("пять, шесть,
    семь"), whose words say fewer digits."""
    low, high = _SPOKEN_DIGITS
    for run in _SPOKEN_RUN.finditer(text):
        words = [w.casefold() for w in _SPOKEN_WORD.findall(run.group())]
        plus = words[0] in _PLUS
        numbers = [w for w in words if w not in _PLUS]
        readings = (_spoken_digits(numbers), _spoken_digits(numbers, zero_in_group=True))
        if _PHONE_CUE.search(text, max(0, run.start() - 40), run.start()):
            if any(_CUED_DIGITS <= len(d) <= high for d in readings):
                yield Span(run.start(), run.end(), Kind.PHONE, "spoken")
        elif any(low <= len(d) <= high and (plus or d[0] in "0789") for d in readings):
            yield Span(run.start(), run.end(), Kind.PHONE, "spoken")


_MIXED_RUN = guarded(
    re.compile(
        rf"(?<![\w{APOSTROPHES}-])(?:{_NUMBER_WORD}|\d{{1,4}})"
        rf"(?:(?:[ \t]*[,\-–][ \t]*|[ \t]+)(?:{_NUMBER_WORD}|\d{{1,4}})){{3,}}(?![\w{APOSTROPHES}-])",
        re.IGNORECASE,
    )
)
"""Four or more number words and groups of digits in a row ("плюс девятьсот девяносто шесть семьсот
семь 610 735", "0707 четырнадцать двадцать три десять"): a phone dictated, the software writing some
groups as digits."""
_TOKEN = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]+)*|\d+")


def _mixed_digits(tokens: list[str], zero_in_group: bool) -> str:
    """The digits of number words and digit groups in turn, each run of words read as a speaker
    groups them."""
    digits = ""
    words: list[str] = []
    for token in tokens:
        if token.isdigit():
            digits += _spoken_digits(words, zero_in_group) + token
            words = []
        else:
            words.append(token)
    return digits + _spoken_digits(words, zero_in_group)


def mixed_phones(text: str) -> Iterator[Span]:
    """A phone said partly in words, partly in digits: a run of both, with at least two number words
    and no more digit groups than words (a typed phone and a word after it, "8 701 123 45 67 два
    раза", is the typed phone's), whose digits are as many as a phone of the region has and begin
    as one does."""
    low, high = _SPOKEN_DIGITS
    for run in _MIXED_RUN.finditer(text):
        tokens = [t.casefold() for t in _TOKEN.findall(run.group())]
        plus = tokens[0] in _PLUS
        numbers = [t for t in tokens if t not in _PLUS]
        groups = sum(t.isdigit() for t in numbers)
        if not groups or len(numbers) - groups < max(2, groups):
            continue
        readings = (_mixed_digits(numbers, False), _mixed_digits(numbers, True))
        if any(low <= len(d) <= high and (plus or d[0] in "0789") for d in readings):
            yield Span(run.start(), run.end(), Kind.PHONE, "spoken")


_LATIN_WORD = r"[A-Za-z][A-Za-z0-9]*"
_SP = r"[ \t]+"
_DOMAINS = r"ru|com|kz|kg|tj|uz|org|net|info|io|me|ua|by"
"""The endings of the addresses the region's notes give ("mail dot ru", "gmail dot com")."""
_SPOKEN_EMAIL = re.compile(
    rf"(?<![\w.]){_LATIN_WORD}(?:{_SP}(?:dot|underscore|dash){_SP}{_LATIN_WORD})*"
    rf"{_SP}at{_SP}{_LATIN_WORD}(?:{_SP}dot{_SP}{_LATIN_WORD})*?{_SP}dot{_SP}(?:{_DOMAINS})(?![\w])",
    re.IGNORECASE,
)
"""An e-mail said in words: a name, "dot" or "underscore" between its parts, "at", a domain and "dot"
and its ending ("tahmina dot nazarova at mail dot ru")."""
_DETERMINERS = "the|a|an|this|that|these|those|his|her|their|our|my|your|its|it|them|him|how|what|why"
"""Words after "underscore" the verb ("underscore the point"): no part of a handle."""
_LATIN_UNITS = "|".join(w for w in _UNITS if w.isascii())
_SPOKEN_HANDLE = re.compile(
    rf"(?<![\w.])(?:at{_SP})?{_LATIN_WORD}(?:{_SP}(?:underscore|dot){_SP}{_LATIN_WORD})*?"
    rf"{_SP}underscore{_SP}(?!(?:{_DETERMINERS})(?![\w])){_LATIN_WORD}"
    rf"(?:{_SP}(?:underscore|dot){_SP}{_LATIN_WORD})*(?:{_SP}(?:{_LATIN_UNITS}))*(?![\w])",
    re.IGNORECASE,
)
"""A handle said in words: its parts joined by "underscore" (once at least), "at" before it maybe,
digits said after the last part ("at rabota underscore moskva", "amir underscore jon underscore zero
seven")."""
_RU_UNDERSCORE = r"(?:нижнее[ \t]+)?подч[её]ркивани[ея]"
_RU_UNIT_WORDS = "|".join(w for w in _UNITS if not w.isascii())
_SPOKEN_RU_HANDLE = re.compile(
    rf"(?<![\w.])(?:собака|собачка){_SP}[^\W\d_][\w]*"
    rf"(?:{_SP}(?:{_RU_UNDERSCORE}|точка){_SP}[^\W\d_][\w]*)*?{_SP}{_RU_UNDERSCORE}{_SP}[^\W\d_][\w]*"
    rf"(?:{_SP}(?:{_RU_UNDERSCORE}|точка){_SP}[^\W\d_][\w]*)*(?:{_SP}(?:{_RU_UNIT_WORDS}))*(?![\w])",
    re.IGNORECASE,
)
"""A handle said in Russian: "собака" (the "@"), its parts joined by "нижнее подчёркивание" (once
at least) or "точка", digits said after the last part ("собака арман нижнее подчеркивание ноль
семь"); a dog that barks ("собака лаяла") has no underscore."""
_SPOKEN_RU_DOCUMENT = re.compile(
    rf"(?<![\w])(?P<cue>(?:паспорт\w*|удостоверени\w*)[ \t:]+)?(?P<id>(?:ID|№)[ \t:]*)?"
    rf"(?P<number>(?:(?:{_RU_UNIT_WORDS}){_SP})+\d{{4,9}})(?![\w])",
    re.IGNORECASE,
)
"""A passport's or an ID's number dictated in Russian, its first digits said, the rest written:
"паспорт ID семь 0636060", "удостоверение ноль два 1234567"; after a cue, 7 to 10 digits in all."""
_SPOKEN_DOCUMENT_DIGITS = (7, 10)
_SPOKEN_DOCUMENT = re.compile(rf"(?<![\w])[A-Z]{{1,2}}(?:{_SP}(?:{_LATIN_UNITS})){{6,9}}(?![\w])")
"""A passport's or an ID card's number said in words: one or two capital letters, then six to nine
digits said one by one ("A zero one two three four five six seven")."""
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_ORDINAL = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth"
    "|twentieth|thirtieth"
)
_LATIN_TEENS = "|".join(w for w in _TEENS if w.isascii())
_LATIN_TENS = "|".join(w for w in _TENS if w.isascii())
_SPOKEN_DAY = rf"(?:(?:twenty|thirty)[ \t-]+)?(?:{_ORDINAL}|{_LATIN_UNITS}|{_LATIN_TEENS}|twenty|thirty)"
_SPOKEN_YEAR = (
    rf"(?:two{_SP}thousand(?:{_SP}and)?(?:{_SP}(?:{_LATIN_UNITS}|{_LATIN_TEENS}|{_LATIN_TENS})){{0,2}}"
    rf"|(?:nineteen|twenty){_SP}(?:oh{_SP})?[a-z]+(?:[ \t-]+(?:{_LATIN_UNITS}))?)"
)
_SPOKEN_BIRTHDATE = re.compile(
    rf"(?<![\w])(?:date{_SP}of{_SP}birth|born(?:{_SP}on)?|birthday)(?:{_SP}is)?[ \t,:]*"
    rf"(?:(?:colon|comma){_SP})?"
    rf"(?P<date>(?:the{_SP})?{_SPOKEN_DAY}(?:{_SP}of)?{_SP}(?:{_MONTH_NAMES})[ \t,]+{_SPOKEN_YEAR}"
    rf"|(?:{_MONTH_NAMES}){_SP}(?:the{_SP})?{_SPOKEN_DAY}[ \t,]+{_SPOKEN_YEAR})(?![\w])",
    re.IGNORECASE,
)
"""A date of birth said in words after its cue ("date of birth three March two thousand and seven",
"born on March third two thousand six"): a day, a month, a year, all words."""


_RU_ORDINAL_STEMS = (
    "перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат"
    "|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сороков"
    "|пятидесят|шестидесят|семидесят|восьмидесят|девяност"
)
_RU_ORDINAL = rf"(?:{_RU_ORDINAL_STEMS})(?:ь?его|ь?ей|ье|ий|ого|ое|ой|ый|ая|ую)"
"""A Russian ordinal in any form a date takes ("второе", "третьего", "шестой", "девяностого")."""
_RU_TENS = "|".join(w for w in _TENS if not w.isascii())
_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_RU_YEAR = (
    rf"(?:две{_SP}тысячи|тысяча{_SP}девятьсот|двухтысячн\w*)(?:{_SP}(?:{_RU_TENS}))?"
    rf"(?:{_SP}{_RU_ORDINAL})?(?:{_SP}год[ау]?)?"
)
_RU_DAY_UNITS = "|".join(w for w in _UNITS if not w.isascii() and w not in _ZEROES)
_RU_CARDINAL_DAY = (
    rf"(?:(?:двадцать|тридцать)(?:{_SP}(?:{_RU_DAY_UNITS}))?"
    rf"|{'|'.join(w for w in _TEENS if not w.isascii())}|{_RU_DAY_UNITS})"
)
"""A day said as a cardinal, as voice typing often writes it ("одиннадцать июля", "двадцать два мая")."""
_SPOKEN_RU_BIRTHDATE = re.compile(
    rf"(?<![\w])(?:(?:дата|день|год){_SP}рождения|родил(?:ся|ась|ись))[ \t,:]*(?:двоеточие{_SP})?"
    rf"(?P<date>(?:(?:(?:{_RU_TENS}){_SP})?{_RU_ORDINAL}|{_RU_CARDINAL_DAY}){_SP}(?:{_RU_MONTHS}){_SP}{_RU_YEAR})"
    rf"(?![\w])",
    re.IGNORECASE,
)
"""A date of birth said in Russian words after its cue ("дата рождения двадцать второе апреля две
тысячи шестого", "родился третьего мая две тысячи седьмого года", "родился одиннадцать июля две
тысячи пятого"): a day, a month, a year."""
_RU_NUMBER = "|".join(
    sorted((w for w in (*_UNITS, *_TEENS, *_TENS, *_HUNDREDS) if not w.isascii()), key=len, reverse=True)
)
_RU_COUNT = rf"(?:{_RU_NUMBER})(?:{_SP}(?:{_RU_NUMBER})){{0,2}}"
_STREET_WORDS = (
    "улиц[аеуы]|ул\\.|проспект[аеу]?|пр\\.|переул(?:ок|ке|ка)|микрорайон[аеу]?|мкр\\.?|мкрн\\.?"
    "|бульвар[аеу]?|шоссе|квартал[аеу]?"
)
"""A street's word, as it is said in any case ("на проспекте", "в микрорайоне")."""
_SPOKEN_ADDRESS = re.compile(
    rf"(?<![\w])(?:{_STREET_WORDS})(?:{_SP}[^\W\d_][\w'’-]*){{1,3}}?{_SP}дом{_SP}{_RU_COUNT}"
    rf"(?:[ \t,]+(?:квартира|кв\.?){_SP}{_RU_COUNT})?(?![\w])",
    re.IGNORECASE,
)
"""An address said in Russian words: a street's word, its name (three words at most), "дом" and its
number in words, "квартира" and its number maybe ("улица Абая дом сорок семь квартира двенадцать")."""

_LETTER_NAMES = (
    "эй|би|бэ|си|сэ|цэ|ди|дэ|эф|джи|жи|эйч|аш|ай|джей|кей|ка|эл|эм|эн|оу|пи|пэ|кью|ар|эр|эс|ти|тэ|ви|вэ"
    "|экс|икс|уай|игрек|зед|зет|зэ"
)
"""Latin letters as Russian speakers name them ("эй би си"), the one-letter ones ("а", "и", "о": words
too) left out."""
_LETTER_NAME = re.compile(rf"(?<![\w-])(?:{_LETTER_NAMES})(?![\w-])", re.IGNORECASE)
_SPOKEN_PLATE = re.compile(
    rf"(?<![\w-])(?P<number>{_RU_COUNT})(?:{_SP}(?:{_LETTER_NAMES})){{2,3}}{_SP}"
    rf"(?P<region>(?:{_RU_NUMBER})(?:{_SP}(?:{_RU_NUMBER}))?)(?![\w-])",
    re.IGNORECASE,
)
"""A car's plate said in words as Kazakhstan's are written (digits, two or three letters, the
region's two digits): "восемьсот сорок пять эй би си ноль два"; three digits before the letters and
two after, or it is no plate ("пять эс ти два")."""


def spoken_identifiers(text: str) -> Iterator[Span]:
    """E-mails, handles, documents' numbers and dates of birth said in words (each pattern runs only
    where its word is in the note: most notes are typed, not dictated)."""
    lowered = text.casefold()
    if " dot " in lowered and " at " in lowered:
        for match in _SPOKEN_EMAIL.finditer(text):
            yield Span(match.start(), match.end(), Kind.EMAIL, "spoken")
    if "underscore" in lowered:
        for match in _SPOKEN_HANDLE.finditer(text):
            yield Span(match.start(), match.end(), Kind.HANDLE, "spoken")
    if "zero" in lowered or "one" in lowered:
        for match in _SPOKEN_DOCUMENT.finditer(text):
            yield Span(match.start(), match.end(), Kind.DOCUMENT, "spoken")
    if "паспорт" in lowered or "удостовер" in lowered or "id" in lowered or "№" in text:
        low, high = _SPOKEN_DOCUMENT_DIGITS
        for match in _SPOKEN_RU_DOCUMENT.finditer(text):
            words = _SPOKEN_WORD.findall(match.group("number").casefold())
            digits = "".join(str(_UNITS[w]) for w in words) + re.sub(r"\D", "", match.group("number"))
            if (match.group("cue") or match.group("id")) and low <= len(digits) <= high:
                start = match.start("id" if match.group("id") else "number")
                yield Span(start, match.end(), Kind.DOCUMENT, "spoken")
    if "birth" in lowered or "born" in lowered:
        for match in _SPOKEN_BIRTHDATE.finditer(text):
            yield Span(match.start("date"), match.end("date"), Kind.BIRTHDATE, "spoken")
    if "подч" in lowered:
        for match in _SPOKEN_RU_HANDLE.finditer(text):
            yield Span(match.start(), match.end(), Kind.HANDLE, "spoken")
    if "рожд" in lowered or "родил" in lowered:
        for match in _SPOKEN_RU_BIRTHDATE.finditer(text):
            yield Span(match.start("date"), match.end("date"), Kind.BIRTHDATE, "spoken")
    if _LETTER_NAME.search(text):
        for match in _SPOKEN_PLATE.finditer(text):
            number = _spoken_digits(_SPOKEN_WORD.findall(match.group("number").casefold()))
            region = _spoken_digits(_SPOKEN_WORD.findall(match.group("region").casefold()))
            if len(number) == 3 and len(region) == 2:
                yield Span(match.start(), match.end(), Kind.PLATE, "spoken")
    if " дом " in lowered:
        for match in _SPOKEN_ADDRESS.finditer(text):
            yield Span(match.start(), match.end(), Kind.ADDRESS, "spoken")
