"""Addresses read as a chain of parts, as people in the region type them in notes, in any letter case
and order: "Ноокатский район, с. Кызыл-Октябрь, ул. Ленина 14", "6-кичи району, 14-үй, 22-батир",
"живет на ленина 45 кв 12", "Navbahor MFY, Mustaqillik ko'chasi 5", "ноҳияи Рӯдакӣ, деҳаи
Чимтеппа, хонаи 7", "the house next to the mosque in Kyzyl-Too".

Each part holds one of the profiles' address words (``addresses:`` in data/languages/*.yaml) with
the name or the number it goes with: a street (its word before or after its name, maybe a number),
a district (named or numbered), a village, an administrative district (a region), a house, a flat,
a house pointed at by a landmark. Parts next to each other (a comma, a semicolon, spaces, "по" or
"на" between) are one chain; a street's name without its word joins a chain at its start ("ленина
45 кв 12") or after a village, a district or a marked town ("Ақсу ауылы, Бейбітшілік 3"). A town
before a chain is left to patterns._addresses, which takes it when its word marks it ("г.
Караганда, ул. …"): an unmarked capitalised word before a comma is as often a surname ("Адилет
Омаров, ул. Толе би 203"). A chain is an address when it holds a number and says enough: a street
with its name, or a named district, with a number; or two parts with a number ("дом 17 кв 40",
"Кара-Суу айылы, 21-үй"); or a landmark house; or a village with its district ("ноҳияи Рӯдакӣ, деҳаи
Чорбоғ"). A part alone with a number ("үйге 5 тапсырма", "Дом
2 — это семья") is none. An administrative district opening a chain goes with it ("Сузак району,
Барпы айылы, …"): a rural address is written from the district down.

The words come from the profiles; this module knows only how the parts are put together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.sentence_positions import SENTENCE_END
from facilitator.anonymizer.profiles import address_phrases, union
from facilitator.anonymizer.skeleton import skeleton

_APOSTROPHES = "'’ʻ‘`ʼ"
ONE_APOSTROPHE = str.maketrans(dict.fromkeys(_APOSTROPHES, "'"))
"""Every apostrophe as the profiles write it: "ro‘parasidagi" is the address word "ro'parasidagi"."""
_WORD = rf"(?>[^\W\d_][\w{_APOSTROPHES}]*(?:-[\w{_APOSTROPHES}]+)*)"
"""A word of a name: letters, apostrophes (Uzbek o'/oʻ), hyphenated parts ("Кара-Суу", "Восток-3"),
whole (atomic: a part of a word is never tried as a name before an address word)."""

_STOP = (
    "на|в|во|по|у|из|с|со|к|и|а|о|об|за|the|at|in|on|of|to|from|near|and|он|она|они|оно|их|его|её|ее|мы|"
    "живет|живёт|живут|жил|жила|проживает|проживают|адрес|адреса|прописка|he|she|they|his|her|lives|live|"
    "living|stays|address|ол|ал|алар|олар|u|ular|ӯ|вай|онҳо|тұрады|тұрған|тұратын|жашайт|жашаган|турат|"
    "turady|yashaydi|yashaydilar|turadi|зиндагӣ|мекунад|мекенжайы|мекенжай|дареги|дарек|manzil|manzili|"
    "манзил|манзили|суроға|mekenjaıy|mekenjaı|жил|это|что|как|там|тут|где|когда|есть|нет|уже|ещё|еще|"
    "meni|menіń|менің|мой|моя|его|наш|наша|our|my|bizning|бизнинг|біздің|биздин|ва|va|және|мен|men|жана|"
    # words of "near" ("махалля около регистана 8 парней": a landmark, then a count of people)
    "около|возле|рядом|напротив|позади|вблизи|next|beside|behind|opposite|around"
)
_NAME = rf"(?<![\w{_APOSTROPHES}-])(?!(?:{_STOP})(?![\w{_APOSTROPHES}-]))" + _WORD
"""A word that can be (part of) the name of a street, a village or a district: no function word,
pronoun or verb of living ("живет на ленина 45": the street is "ленина")."""
STREET_NAME = _NAME

_NUMBER = r"№?\s?\d{1,4}(?:\s?/\s?\d{1,4})?(?:-\d{1,4})?(?:-?[^\W\d_]{1,4})?(?![\w/])"
"""A house's or a flat's number as typed: "45", "5а", "45/2", "56/2-34" (a house and its flat),
"14-я", "12-uy"."""

_GAP = r"[ \t]*[,;]?[ \t]*"


def _alternation(words: tuple[str, ...]) -> str:
    """Longest first, a space in a phrase standing for any spaces, a dot for an optional one, an
    apostrophe for any of them ("ro'parasidagi" as "ro‘parasidagi", "roʻparasidagi")."""
    parts = []
    for word in sorted(set(words), key=lambda p: (-len(p), p)):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", f"[{_APOSTROPHES}]")
        if escaped.endswith(r"\.") and len(word) > 2:
            escaped = (
                escaped[:-2] + r"(?:\.|(?=\s))"
            )  # "ул." and "ул", "көч." and "көч"; not "с." ("с Арманом")
        parts.append(escaped)
    return "|".join(parts) or "(?!)"


def _whole(words: str) -> str:
    return rf"(?<![\w{_APOSTROPHES}])(?:{words})(?:(?<=\.)|(?![\w{_APOSTROPHES}]))"  # "ул.Жандосова"


_COLLEGE_LETTERS = r"(?-i:[A-ZА-ЯЁ][a-zа-яё]{0,2}[A-ZА-ЯЁ]{1,5})"
"""A college's or a university's letters ("КНУ", "КГТУ", "ОшТУ", "КазНУ")."""
SCHOOL_WORDS = r"(?:колледж|лице|университет|институт|училищ|техникум|college|university|kollej|коллеҷ)\w*"
"""A college's word between its dormitory's word and number ("общежитии колледжа №2"), or before the
dormitory's word as its owner ("колледждин жатаканасы": ``patterns``)."""
_COLLEGE_OWNING = rf"(?:{_COLLEGE_LETTERS}(?-i:[a-zа-яёәғқңөұүі]{{0,5}})[ \t]+)?"
"""A college's letters with an owner's ending before its dormitory's word ("ОшМУнун жатаканасы")."""


@cache
def _parts() -> re.Pattern[str]:
    streets = _whole(_alternation(address_phrases("streets")))
    districts = _whole(_alternation(address_phrases("districts")))
    villages = _whole(_alternation(address_phrases("villages")))
    regions = _whole(_alternation(address_phrases("regions")))
    houses = _whole(_alternation(address_phrases("houses")))
    flats = _whole(_alternation(address_phrases("flats")))
    lines = _whole(_alternation(address_phrases("lines") + address_phrases("streets")))
    dorms = _whole(_alternation(address_phrases("dorms")))
    floors = _whole(_alternation(address_phrases("floors")))
    towns = _whole(_alternation(address_phrases("towns_before")))
    towns_after = _whole(_alternation(address_phrases("towns_after")))
    near = _whole(_alternation(address_phrases("near")))
    # a house that ends its clause or where someone lives, no compound ("үй тапсырмасы": homework)
    living = _whole(_alternation(address_phrases("living")))
    landmarks = rf"(?<![\w{_APOSTROPHES}])(?:{_alternation(address_phrases('landmarks'))})\w*"
    # "14-үй", "5-пәтер", "45-үйдө", "31 páter" (not "45 кв 12": there 45 is the house, 12 the flat)
    house_or_flat = _alternation(address_phrases("houses") + address_phrases("flats"))
    glued = rf"\d{{1,4}}(?:-?[а-яa-z]{{1,2}})?\s*-?\s*(?:{house_or_flat})[\w{_APOSTROPHES}]*(?!\s*№?\s*\d)"
    name = rf"{_NAME}(?:\s+{_NAME})?"
    place = rf"(?:\s+(?:in|at|в|во)\s+(?:{villages}\s*)?{_WORD}|(?:\s*№\s?\d{{1,3}}))*"
    return re.compile(
        # a house pointed at by a landmark: "дом за школой №2 в ауле X", "house next to the mosque in X",
        # "мешіттің жанындағы үй", "масжид ёнидаги уй", "хонаи назди масҷид"
        rf"(?P<landmark>{houses}\s+{near}\s+(?:the\s+)?{landmarks}{place}"
        rf"|{landmarks}\s+{near}\s+{houses}(?=[ \t]*(?:[.,;:!?)»\"\n(]|\Z|{living}))"
        rf"|{houses}\s+{landmarks}\s+{near})"
        # a dormitory's number and its college's letters: "общага №5 КНУ", "хобгоҳи №3 ТНУ" (before the
        # houses and flats, which hold some dormitory words: "общага №5" alone is one)
        # or the letters first: "общежитии ОшТУ №2", "хобгоҳи ОшДУ №5", "ОшМУнун жатаканасы №2"
        rf"|(?P<dorm_numbered>{dorms}\s*-?\s*(?:№\s?\d{{1,3}}|\d{{1,3}})[ \t]+{_COLLEGE_LETTERS}(?![\w/])"
        rf"|{_COLLEGE_OWNING}{dorms}[ \t]+(?:(?:{_COLLEGE_LETTERS}|{SCHOOL_WORDS})[ \t]*)?"
        # on its street ("Общежитие №2 на Сатпаева"): the street is the address's
        rf"№[ \t]?\d{{1,3}}(?![\w/])(?:[ \t]+(?:на|по)[ \t]+{_CAP_NAME})?"
        rf"|{dorms}[ \t]+{_COLLEGE_LETTERS}[ \t]+\d{{1,3}}(?![\w/]))"
        # a house or a flat with its number, either way round: "дом 7", "14-үй", "5-пәтер", "apt 5",
        # "house no. 7"
        rf"|(?P<house>(?:{houses}|{flats})\s*(?:№|#|no\.?)?\s*\d{{1,4}}(?:\s?/\s?\d{{1,4}})?[а-яa-z]?(?![\w/])|{glued}"
        # a block by its letter ("блок Б", "block B", "блоки А"): a dormitory's, before its room
        rf"|{houses}[ \t]*(?-i:[A-ZА-ЯЁҲҶ])(?![\w{_APOSTROPHES}.]))"
        # a district: "12 мкр", "6-кичи району", "мкр Анар", "Қайтпас-2 мкр", "Navbahor MFY"
        rf"|(?P<numbered>\d{{1,3}}\s*-?\s*(?:[а-яa-z]{{1,2}}\s+)?{districts}|{districts}\s*-?\s*№?\s*\d{{1,3}}(?![\w/]))"
        rf"|(?P<district>{districts}\s+{name}|{name}\s*-?\s*{districts}"
        # a dormitory named or numbered: "общага КарТУ", "jataqhana №3", "yotoqxona 3"
        rf"|{dorms}\s*-?\s*(?:№\s?\d{{1,3}}(?![\w/])|\d{{1,3}}(?![\w/])|{name}))"
        # a street, its word before or after its name, maybe its number
        rf"|(?P<street>(?:{streets}\s*{name}|{name}\s+{streets}|(?:{houses}|{flats})\s+(?:на|по|on)\s+{name}){_GAP}(?:д\.?\s*|дом\s*)?(?:{_NUMBER})?)"
        # a numbered street: "ул. 7", "5-көчө", "3-я линия"
        rf"|(?P<street_numbered>\d{{1,3}}\s*-?\s*[^\W\d_]{{0,2}}\s*{lines}|{streets}\s*№?\s*\d{{1,3}}(?![\w/]))"
        rf"|(?P<village>{villages}\s*{name}|{name}\s+{villages})"
        rf"|(?P<region>{regions}\s*{name}|{name}\s+{regions})"
        # a town marked with its word ("г. Темиртау", "Astana qalasy"): joins, and lets a street's
        # name without its word follow ("Astana qalasy, Mańǵilik El 55/22")
        rf"|(?P<town>{towns}\s*{name}|{name}\s+{towns_after})"
        # a floor: "3-қабат", "5 этаж", "4th floor", "ошёнаи 2"; a dormitory by its word alone
        # ("Общага, 5 этаж, 507"): each one part of an address, none an address alone
        rf"|(?P<floor>\d{{1,2}}\s*-?\s*(?:[а-яa-z]{{1,2}}\s+)?{floors}|{floors}\s*\d{{1,2}}(?![\w/]))"
        rf"|(?P<dorm>{dorms})",
        re.IGNORECASE,
    )


_STARTS = re.compile(rf"(?<![\w{_APOSTROPHES}])(?=[^\W_])")
"""Where a part can start: a word or a number after no letter, digit or apostrophe (every
alternative of ``_parts`` opens with such a look-behind, a word of a name, or a number)."""


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives (no empty match), tried only at ``starts`` (in order;
    every start of a match among them): a long alternation costs several times more tried at every
    word (the parts here, patterns' address words)."""
    match = pattern.match
    last = 0
    for start in starts:
        if start < last:
            continue
        found = match(text, start)
        if found is not None and found.end() > found.start():
            last = found.end()
            yield found


_WEIGHT = {
    "landmark": 3,
    "street": 2,
    "street_named": 2,
    "district": 2,
    "street_numbered": 1,
    "house": 1,
    "numbered": 1,
    "village": 1,
    "region": 0,
    "town": 0,
    "floor": 1,
    "dorm": 1,
    "dorm_numbered": 2,
}
_BARE_BEFORE = re.compile(
    rf"(?:{_NAME}\s+)?(?P<name>{_NAME})[ \t]*,?[ \t]*\d{{1,4}}(?:\s?/\s?\d{{1,4}})?[а-яa-z]?{_GAP}\Z"
)
"""A street's name without its word and its number, right before a house or a flat ("ленина 45 кв
12", "Abylai han 34/2, 56 pater")."""
_REACH = 80
_UNIT = (
    r"(?!\s*(?:мин|лет|год|час|сағ|саат|soat|жыл|жас|yosh|yil|сол|чел|адам|киши|kishi|нафар|odam|тенге|тг|сом"
    r"|сум|so'm|%|раз|марта|marta|рет|жолу|min|hour|year|people|times|тыс|мың))"
)
UNIT = _UNIT
"""No unit after a number ("15 минут", "3 раза", "20 people"): a count, not a house."""
_BARE_AFTER = re.compile(
    rf"{_GAP}(?:{_NAME}\s+)?{_NAME}[ \t]*,?[ \t]*\d{{1,4}}(?:\s?[/-]\s?\d{{1,4}})?[а-яa-z]?(?![\w/]){_UNIT}"
)
"""After a village, a district or a marked town, a street's name without its word and its number
("Ақсу ауылы, Бейбітшілік 3"; not "посёлке Шубар, посидел 15 минут"): capitalised, or in lower case
after a place typed in lower case ("ат-башы айылы, токтогул 23")."""
_CONTACT_BEFORE = re.compile(r"(?:\d|:)[ \t]*[,;]?[ \t]*\Z")
CONTACT_BEFORE = _CONTACT_BEFORE
"""After a label's colon or a phone number: where a note writes someone's address ("Суроға: ноҳияи
Ваҳдат, деҳаи Навобод", "+996 555 12 34 56, Сузак району, Барпы айылы"); a village and its
district elsewhere are where the workshop was ("тренинг дар ноҳияи Ёвон, деҳаи Навбаҳор")."""
_NUMBER_BEFORE = re.compile(r"\d[а-яa-z]?[ \t]*,?[ \t]*\Z")
_COUNTED = re.compile(_UNIT.replace("(?!", "(?=", 1))
"""A unit right after a number: "5 этаж, 15 человек" counts people, no room follows the floor."""
_JOINS = re.compile(r"[ \t]*(?:[,;]|по|на|on)?[ \t]*", re.IGNORECASE)
"""What may stand between two parts of one address: "дом 5а по ул. Абая", "house 5 on Abay street"."""
_NUMBER_AFTER = re.compile(r"[ \t]*,?[ \t]*№?\d{1,4}[а-яa-z]?(?:\s?/\s?\d{1,4})?(?![\w/])")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:по|на)[ \t]+(?:(?:улице|ул\.?)[ \t]*)?(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+", re.IGNORECASE
)
"""A house and a flat, then the street's name without its word: "д. 7, кв. 21 на Гоголя"."""


_TOKEN = re.compile(rf"[^\W\d_][\w{_APOSTROPHES}]*(?:[-/][\w{_APOSTROPHES}]+)*\.?")
"""A word as the address words are written: "ж/м", "к-сі", "ko'chasi", "ул." (with its dot)."""


@cache
def _keywords() -> tuple[frozenset[str], dict[str, re.Pattern[str]]]:
    """The address words of every part (every part holds one): single words, in lower case, as
    typed and without a closing dot where ``_alternation`` allows that ("ул" for "ул.", not "с"
    for "с."); and for the first word of each phrase ("тұрғын үй кешені"), the phrases."""
    single: set[str] = set()
    phrases: dict[str, list[str]] = {}
    for part in (
        "streets",
        "districts",
        "villages",
        "regions",
        "houses",
        "flats",
        "lines",
        "dorms",
        "floors",
        "towns_before",
        "towns_after",
    ):
        for word in address_phrases(part):
            if " " in word:
                phrases.setdefault(word.split()[0], []).append(word)
                continue
            single.add(word)
            if word.endswith(".") and len(word) > 2:
                single.add(word[:-1])
    return frozenset(single), {
        first: re.compile(_alternation(tuple(words)), re.IGNORECASE) for first, words in phrases.items()
    }


@lru_cache(maxsize=20_000)
def an_address_word(lower: str) -> bool:
    """``lower`` is one of the profiles' address words of five letters or more, maybe with an ending
    of up to five letters ("жатақханада", "Yotoqxonada", "общежитии"): a word of a place, no name,
    though it opens a sentence with a capital."""
    single, _phrases = _keywords()
    return any(
        lower[:cut] in single
        for cut in range(max(5, len(lower) - 5), len(lower) + 1)
        if lower[:cut].isalpha()
    )


def anchors(text: str) -> Iterator[tuple[int, int]]:
    """Where an address word stands, by a look-up in a set for each word (a long alternation tried
    at every word cost more than reading the parts themselves)."""
    single, phrases = _keywords()
    for token in _TOKEN.finditer(text):
        word = token.group().casefold().translate(ONE_APOSTROPHE)
        bare = word.rstrip(".")
        if (
            word in single
            or bare in single
            or (bare in phrases and phrases[bare].match(text, token.start()))
            or ("-" in bare and bare.partition("-")[0] in single)  # "TTJ-2", "мкр-2"
        ):
            yield token.start(), token.end()


_BEFORE = 4
"""Words or numbers a part can open with before its address word: two words of a name and a
hyphen's or a landmark's word ("Нұрлы Жол тұрғын үй кешені", "мешіттің жанындағы үй", "3-я линия")."""
_REACH_BACK = 80


def _candidates(text: str, anchors: Iterable[tuple[int, int]]) -> list[int]:
    """Where a part holding one of the address words at ``anchors`` can start: the word itself and
    the few words or numbers before it."""
    found: set[int] = set()
    for start, _end in anchors:
        before = [m.start() for m in _STARTS.finditer(text, max(0, start - _REACH_BACK), start)]
        found.update(before[-_BEFORE:])
        found.add(start)
    return sorted(found)


def chains(
    text: str, numbered_thing: Callable[[str], bool], anchors: Iterable[tuple[int, int]] | None = None
) -> Iterator[tuple[int, int]]:
    """(start, end) of each address read as a chain of parts; ``numbered_thing`` says a word before a
    number is a numbered thing of the day, no street ("Session 3, flat 12", "Модуль 4, кв 2"); with
    ``anchors`` (where the ``keywords`` stand), the parts are looked for only at and just before
    them (the same chains: every part holds one of those words, a few words from its start)."""
    found = (
        _parts().finditer(text) if anchors is None else matches_at(_parts(), text, _candidates(text, anchors))
    )
    parts = []
    for match in found:
        match = _without_honorific(text, match)
        kind = match.lastgroup or ""
        if kind == "street" and not re.search(r"\d", match.group()):
            kind = "street_named"
        parts.append((match.start(), match.end(), kind))
    chain: list[tuple[int, int, str]] = []
    for part in parts:
        if chain and _JOINS.fullmatch(text, chain[-1][1], part[0]):
            chain.append(part)
            continue
        yield from _address(text, chain, numbered_thing)
        chain = [part]
    yield from _address(text, chain, numbered_thing)


_FIRST_WORD = re.compile(rf"{_WORD}[ \t]+")


@cache
def _dorms() -> re.Pattern[str]:
    return re.compile(_whole(_alternation(address_phrases("dorms"))), re.IGNORECASE)


def mentions_a_dormitory(text: str, end: int) -> bool:
    """A dormitory's word stands in ``text`` before ``end``."""
    return _dorms().search(text, 0, end) is not None


def _dorm_before(text: str, start: int) -> bool:
    """A dormitory's word stands in the sentence before ``start``, within ``_REACH`` characters."""
    return _dorm_in_sentence(text, start) is not None


def _sentence_start(text: str, begin: int, start: int) -> int:
    """Where the sentence holding ``start`` begins, read back to ``begin`` at most."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, begin, start)]
    return ends[-1] if ends else begin


def _dorm_in_sentence(text: str, start: int) -> re.Match[str] | None:
    """The last dormitory's word in the sentence before ``start``, within ``_REACH`` characters."""
    found = list(_dorms().finditer(text, _sentence_start(text, max(0, start - _REACH), start), start))
    return found[-1] if found else None


_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t]*(?:[-–—•*]|\d{1,2}[.)])?[ \t]*\Z")
"""A line's start, maybe after a bullet or an item's number."""
_DORM_TO_ROOM = 40
"""At most this many characters from a dormitory's word to its room for the two to be one address
("dorm of the textile college, room 507"); farther, the room alone."""


@cache
def _flats_words() -> frozenset[str]:
    return frozenset(word.casefold().rstrip(".") for word in address_phrases("flats"))


def _a_flats_word(text: str, start: int, end: int) -> bool:
    """The part from ``start`` to ``end`` is a flat or a room by its word, before or after its number
    ("комн. 305", "room 507", "208-бөлмеде"), no house ("корпус 2", "14-үй")."""
    return any(
        word.group().casefold().rstrip(".") in _flats_words() for word in _TOKEN.finditer(text, start, end)
    )


@cache
def _living() -> re.Pattern[str]:
    return re.compile(_whole(_alternation(address_phrases("living"))), re.IGNORECASE)


_LIVING_REACH = 30
"""At most this many characters between a room and the verb of living that goes with it."""


def _lived_in(text: str, start: int, end: int) -> bool:
    """A verb of living stands in the room's sentence within ``_LIVING_REACH`` characters of it, before
    or after ("lives in room 412", "208-бөлмеде тұрады", "ҳуҷраи 12 зиндагӣ мекунад")."""
    stop = min(len(text), end + _LIVING_REACH)
    after = SENTENCE_END.search(text, end, stop)
    begin = _sentence_start(text, max(0, start - _LIVING_REACH), start)
    return _living().search(text, begin, after.start() if after else stop) is not None


def _without_honorific(text: str, match: re.Match[str]) -> re.Match[str]:
    """The part without an honorific that opens its two-word name ("Raıhan apai Aqtoǵan aýyly":
    the village is Aqtoǵan, "apai" belongs to the woman before it), when the rest is the same part."""
    first = _FIRST_WORD.match(text, match.start())
    if first is None or skeleton(first.group().strip()) not in union("honorifics"):
        return match
    again = _parts().match(text, first.end())
    if again is None or again.lastgroup != match.lastgroup or again.end() != match.end():
        return match
    return again


def _address(
    text: str, chain: list[tuple[int, int, str]], numbered_thing: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    if chain and chain[0][2] == "dorm" and (len(chain) == 1 or chain[1][2] != "floor"):
        chain = chain[1:]  # "живёт в общаге на Сатпаева 30А": the dormitory's word alone opens no address
    if not chain:
        return
    # "2-qavat, 15-xona": a room of the building the session is in; not a dormitory's room, the
    # dormitory named before it in the sentence ("jataqhanaǵa kóshti, 3-qabat, 305-bólme")
    rooms = {kind for _s, _e, kind in chain} <= {"floor", "house"} and chain[0][2] == "floor"
    if rooms and not _dorm_before(text, chain[0][0]):
        return
    start, end = chain[0][0], chain[-1][1]
    kinds = [kind for _s, _e, kind in chain]
    weight = sum(_WEIGHT[kind] for kind in kinds)
    if kinds[0] in {"house", "numbered"}:
        bare = (
            _BARE_BEFORE.search(text, max(0, start - _REACH), start)
            if _NUMBER_BEFORE.search(text, max(0, start - 16), start)  # cheap: most have none
            else None
        )
        if bare and not numbered_thing(bare.group("name")):
            start, weight = bare.start(), weight + 2  # "ленина 45 кв 12": the street and its house
    if kinds[-1] in {"village", "district", "town"} and not any(
        c.isdigit() for c in text[chain[-1][0] : end]
    ):
        bare = _BARE_AFTER.match(text, end)  # "ат-башы айылы, токтогул 23": the street without its word
        name = bare.group().lstrip(" \t,;") if bare else ""
        if bare and (name[:1].isupper() or not any(c.isupper() for c in text[chain[-1][0] : end])):
            end, weight = bare.end(), weight + 2
            kinds.append("bare")
    digits = any(c.isdigit() for c in text[start:end])
    if kinds == ["house"] and digits and _a_flats_word(text, start, end):
        dorm = _dorm_in_sentence(text, start)
        if dorm is not None:
            # "lives in the dorm of the textile college, room 507", "в коридоре общаги (комн. 305":
            # a room or a flat with its number where the sentence has put someone in a dormitory
            yield (dorm.start() if start - dorm.end() <= _DORM_TO_ROOM else start), end
            return
        if _lived_in(text, start, end):
            yield start, end  # "Мысық пен Профессор 208-бөлмеде тұрады": someone lives in it
            return
        if _LINE_OPENING.search(text, max(0, start - 8), start) and _dorms().search(text, 0, start):
            yield start, end  # "Хобгох (общага), 3 этаж:\nкомн. 307 — …": a list of the dormitory's rooms
            return
    # "ноҳияи Рӯдакӣ, деҳаи Чорбоғ", "Сузак району, Барпы айылы": a village named with its
    # district is where someone lives, written as a rural address is, with or without a house
    rural = (
        "region" in kinds
        and "village" in kinds
        and bool(_CONTACT_BEFORE.search(text, max(0, start - 30), start))
    )
    if not ("landmark" in kinds or rural or (digits and (weight >= 2 or len(kinds) >= 2))):
        return
    if kinds[-1] in {"street_numbered", "floor"} or not any(c.isdigit() for c in text[chain[-1][0] : end]):
        number = _NUMBER_AFTER.match(text, end)  # "дачи Связист, 3-я линия, 12", "5 этаж, 507"
        if number and not (kinds[-1] == "floor" and _COUNTED.match(text, number.end())):
            end = number.end()
    if kinds[-1] in {"house", "numbered"}:
        street = _STREET_AFTER.match(text, end)  # "д. 7, кв. 21 на Гоголя"
        end = street.end() if street else end
    while end > start and text[end - 1] in " \t,;":
        end -= 1  # "house 23 on Tole bi street with …": a street's part ends on its word, not the gap after
    yield start, end


# A house pointed at by a landmark in a village, with no street word: "живёт в Кызыл-Жаре, за
# мечетью, второй дом от моста", "Ақтөбе ауылы, су мұнарасының жанындағы үй", "Beshariq tumani,
# Yangi hayot mahallasi, maktab yonida", "near the old bus stop in Jangi-Jol, the blue gate house".

_POSTPOSITION = re.compile(
    r"(?:да|де|та|те|ғы|гі|гы|ги|da|de|ta|te|ǵy|gy|gi|ǵı|ğy|ği|ğı|қасы|жаны|маңы|жағы|qasy|jany|mańy|mañy"
    r"|jaǵy|jağy)$",
    re.IGNORECASE,
)
"""A Turkic word of place after its landmark ("мешіттің жанында", "maktab yonidagi", "су
мұнарасының қасы": its side, as an address's last words), in every Latin spelling ("artyndağy"); the
others (Russian, English, Tajik) stand before it ("за мечетью", "near the mosque", "назди масҷид")."""
_LOWER_WORD = rf"(?-i:[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ])[\w{_APOSTROPHES}]*"
_CAP_NAME = rf"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ])[\w{_APOSTROPHES}]*(?:-[\w{_APOSTROPHES}]+)*"


_MANY = re.compile(
    r"(?<!\w)(?:many|most|all|some|several|lots|многие|многих|все|всех|большинство|несколько|часть|көп|көбі"
    r"|барлығы|бірнеше|kóp|kóbi|barlyǵy|ko'p|ko‘p|koʻp|ko'pchilik|hamma|barcha|bir\s+necha|көпчүлүгү|баары|бир\s+нече"
    r"|бисёр|ҳама|чанд)(?!\w)[^.!?\n]*\Z",
    re.IGNORECASE,
)
"""A word of many before where people live ("Многие семьи живут в Коксу, у рынка", "most boys live
near the bazaar in Kara-Suu"): no one's home in particular."""
_WORDS = re.compile(rf"[^\W\d_][\w{_APOSTROPHES}-]*")
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.,;:!?)»\"\n]|\Z)")
"""Where a landmark without a house ends an address: its clause ends ("живёт в Коксу, у мечети.")."""


@cache
def _landmark_patterns() -> dict[str, re.Pattern[str]]:
    landmark = rf"(?<![\w{_APOSTROPHES}])(?:{_alternation(address_phrases('landmarks'))})[\w{_APOSTROPHES}]*"
    houses = _whole(_alternation(address_phrases("houses")))
    homes = _whole(_alternation(address_phrases("homes") + address_phrases("houses")))
    living = _whole(_alternation(address_phrases("living")))
    villages = _whole(_alternation(address_phrases("villages") + address_phrases("districts")))
    regions = _whole(_alternation(address_phrases("regions")))
    # no pronoun nor word of living opens a village's name ("Үйі Қарабұлақ ауылында", "Ol Aqsý aýylynda")
    opener = rf"(?:{_alternation(address_phrases('living'))}|ol|u|he|she|they|ал|бул)(?![\w{_APOSTROPHES}-])"
    name = rf"(?!{opener}){_NAME}(?:\s+{_NAME})?"
    return {
        # before a Russian, English or Tajik word of place: "за старой мечетью", "near the old bus stop",
        # "назди масҷиди калон" (the Tajik adjective after the landmark's -и)
        "ahead": re.compile(
            rf"\s+(?:(?:the|a|an)\s+)?(?:{_LOWER_WORD}\s+)?{landmark}(?:(?<=[иӣ])\s+{_LOWER_WORD})?",
            re.IGNORECASE,
        ),
        # before a Turkic one: "су мұнарасының ", "maktab ", "базардың " (a word may qualify it)
        "behind": re.compile(
            rf"(?:(?<![\w{_APOSTROPHES}-])(?!{villages}){_LOWER_WORD}\s+)?{landmark}\s+\Z", re.IGNORECASE
        ),
        # after it, the house it points at: "второй дом от моста", "жасыл қақпалы үй", "the blue gate house"
        "home": re.compile(
            rf"{_GAP}(?:(?:the|a)\s+)?(?:{_LOWER_WORD}\s+){{0,3}}?{homes}(?:(?<=[иӣ])\s+{_LOWER_WORD})?"
            rf"(?:\s+(?:от|from|with|с|после|after)\s+(?:the\s+)?(?:{_LOWER_WORD}\s+)?{_LOWER_WORD})?"
            rf"(?=[ \t]*(?:[.,;:!?)»\"\n]|\Z|{living}))",
            re.IGNORECASE,
        ),
        # a gate, a fence or a door after an address, maybe with its colour: "…, синие ворота",
        # "…, ko'k darvozali uy", "…, дари сабз" (the house it points at, as a number does)
        "gate": re.compile(
            rf"{_GAP}(?:{_LOWER_WORD}\s+)?{homes}(?:\s+{_LOWER_WORD})?(?=[ \t]*(?:[.,;:!?)»\"\n]|\Z))",
            re.IGNORECASE,
        ),
        # the house before it: "третий дом после магазина", "the house behind the school", "в доме с
        # зелёными воротами за мечетью", "the house with the grey fence behind the depot"
        "home_before": re.compile(
            rf"(?:(?:the|a)\s+)?(?:{_LOWER_WORD}\s+)?{houses}"
            rf"(?:\s+(?:с|со|with)\s+(?:the\s+|a\s+)?(?:{_LOWER_WORD}\s+)?{_LOWER_WORD})?[ \t]*,?\s+\Z",
            re.IGNORECASE,
        ),
        # the village before it: "Ақтөбе ауылы, ", "Yangi hayot mahallasi, ", "в Кызыл-Жаре, "
        "village_before": re.compile(
            rf"(?P<place>{name}\s+{villages}|{villages}\s*{name}"
            rf"|(?<![\w{_APOSTROPHES}])(?:в|во|in|at|из|from)\s+(?P<town>{_CAP_NAME}))[ \t]*,?[ \t]*\Z",
            re.IGNORECASE,
        ),
        # after it: " in Jangi-Jol", ", Ақсу ауылында"
        "village_after": re.compile(
            rf"(?:\s+(?:in|at|в|во)\s+(?:{villages}\s*)?(?P<town>{_CAP_NAME})|{_GAP}(?:{name}\s+{villages}|{villages}\s*{name}))",
            re.IGNORECASE,
        ),
        "region_before": re.compile(
            rf"(?:{name}\s+{regions}|{regions}\s*{name})[ \t]*,[ \t]*\Z", re.IGNORECASE
        ),
        "living_before": re.compile(rf"{living}[^\n.!?]{{0,16}}\Z", re.IGNORECASE),
        "living_after": re.compile(rf"[ \t]*,?[ \t]*{living}", re.IGNORECASE),
        "contact_before": re.compile(r"(?:\d|:)[ \t]*[,;]?[ \t]*\Z"),
    }


@cache
def _near_words() -> tuple[frozenset[str], dict[str, re.Pattern[str]]]:
    """The words of place, by their first word in lower case (a set look-up a word, as ``anchors``)."""
    phrases: dict[str, list[str]] = {}
    for word in address_phrases("near"):
        phrases.setdefault(word.split()[0], []).append(word)
    return frozenset(phrases), {
        first: re.compile(_whole(_alternation(tuple(words))), re.IGNORECASE)
        for first, words in phrases.items()
    }


_FROM = frozenset({"от", "from"})
"""A landmark counted from ("второй дом от моста", "the third house from the mosque"): a place only
right after a house."""


def _points(text: str) -> Iterator[tuple[int, int, bool]]:
    """A landmark and its word of place, in either order: "за мечетью", "мешіттің жанында"; and
    whether the word only counts from it ("от моста")."""
    firsts, phrases = _near_words()
    patterns = _landmark_patterns()
    for token in _TOKEN.finditer(text):
        first = token.group().casefold().rstrip(".").translate(ONE_APOSTROPHE)
        if first in _FROM:
            landmark = patterns["ahead"].match(text, token.end())
            if landmark:
                yield token.start(), landmark.end(), True
            continue
        if first not in firsts:
            continue
        near = phrases[first].match(text, token.start())
        if near is None:
            continue
        if _POSTPOSITION.search(near.group()):
            landmark = patterns["behind"].search(text, max(0, near.start() - 60), near.start())
            if landmark:
                yield landmark.start(), near.end(), False
        else:
            landmark = patterns["ahead"].match(text, near.end())
            if landmark:
                yield near.start(), landmark.end(), False


def landmark_points(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each landmark with its word of place, in either order: "за мечетью",
    "мешіттің жанындағы", "назди масҷиди калон" (not one counted from, "от моста")."""
    for start, end, counted in _points(text):
        if not counted:
            yield start, end


def landmark_homes(
    text: str, big_place: Callable[[str], bool], a_name: Callable[[str], bool] = lambda _word: False
) -> Iterator[tuple[int, int]]:
    """(start, end) of each house pointed at by a landmark in a village or a town, no street word
    in it: the landmark with the house after it ("за мечетью, второй дом от моста", "базардың
    артында, жасыл қақпалы үй"), or with a village where someone lives ("живёт в Кызыл-Жаре, за
    мечетью", "Beshariq tumani, Yangi hayot mahallasi, maktab yonida"). The same words pointing at
    no one's home stay: "встретились у мечети", "мектептің жанында ойнадық", "тренинг в Коксу, у
    школы" (no house, no one living there, no district above the village). ``big_place`` says a
    word is a city, which a landmark narrows to no one ("живёт в Алматы, возле рынка"); ``a_name``
    that a word is a person's name, which does not open the village's ("Асқар Ақсу ауылында, …")."""
    patterns = _landmark_patterns()
    for start, end, counted in _points(text):
        home = patterns["home_before"].search(text, max(0, start - 40), start)
        if home:
            start = home.start()
        elif counted:
            continue  # "вдали от школы", "far from the mosque": no house counted from it
        else:
            home = patterns["home"].match(text, end)
            if home:
                end = home.end()
        after = patterns["village_after"].match(text, end)
        if after and not (after.group("town") and big_place(after.group("town"))):
            end = after.end()
            if not home:
                home = patterns["home"].match(text, end)  # "in Jangi-Jol, the blue gate house"
                end = home.end() if home else end
        else:
            after = None
        before = patterns["village_before"].search(text, max(0, start - 60), start)
        if before and before.group("town") and big_place(before.group("town")):
            before = None
        if not (before or after or (home and not counted)):
            continue  # "the house from the school was visible": counted from it, in no village
        opens = before.start("place") if before else start
        if before and not before.group("town"):
            words = _WORDS.findall(before.group("place"))
            if len(words) > 2 and words[0][:1].isupper() and words[1][:1].isupper() and a_name(words[0]):
                opens = text.index(words[1], opens + len(words[0]))  # "Асқар | Ақсу ауылында"
        if before and before.group("town"):
            opens = before.start("town")
        living_after = bool(patterns["living_after"].match(text, end))
        if not (home or living_after or _CLAUSE_ENDS.match(text, end)):
            continue  # "Мы жили в Талгаре, около школы был парк": the landmark opens a clause of its own
        living = living_after or bool(patterns["living_before"].search(text, max(0, opens - 40), opens))
        region = bool(
            before
            and not before.group("town")
            and patterns["region_before"].search(text, max(0, opens - 60), opens)
        )
        contact = bool(before and patterns["contact_before"].search(text, max(0, opens - 30), opens))
        if not home and _MANY.search(text, max(0, opens - 60), opens):
            continue
        if home or ((before or after) and (living or region or contact)):
            yield (opens if (before and (home or living or region or contact)) else start), end


_GATE_GAP = re.compile(r"[ \t]*,")
"""A gate after an address is set off by a comma ("…, синие ворота"; not "дом 5 ворота")."""
_COMMA_GAP = re.compile(r"[ \t]*[,;(]?[ \t]*")
"""What stands between an address and the landmark after it: a comma, or a bracket ("Ленина 45
(напротив старой бани)")."""


def landmarks_after(text: str, addresses: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each address with the landmark typed right after it: "ул. Ленина 312, напротив мечети",
    "Абай көшесі 5, мешіттің жанында" (the landmark says which house, as its number does)."""
    gate = _landmark_patterns()["gate"]
    for start, end in addresses:
        at = _COMMA_GAP.match(text, end).end()  # type: ignore[union-attr]
        window = text[at : at + 80]
        reach = end
        for point_start, point_end, counted in _points(window):
            living = _landmark_patterns()["living_after"]
            if (
                point_start == 0
                and not counted
                and (_CLAUSE_ENDS.match(window, point_end) or living.match(window, point_end))
            ):
                reach = at + point_end
            break
        after = gate.match(text, reach)
        if after is not None and _GATE_GAP.match(text, reach):
            reach = after.end()  # "ул. Шахтёров 22, кв 9, синий забор"
        if reach > end:
            yield start, reach


_ABBREVIATION_DOT = r"(?<![^\W\d_]{5})(?<=[^\W\d_])\.(?=[ \t]?\d)"
"""The full stop of a word of four letters at most before a number ("кв. 9"): no segment's end."""
_TAIL_SEGMENT = re.compile(
    rf"[ \t]*(?:(?P<open>\()|[,;])[ \t]*(?P<part>(?:[^,;.!?\n()]|{_ABBREVIATION_DOT}){{1,70}}?)[ \t]*"
    rf"(?=[,;!?\n)]|\Z|(?!{_ABBREVIATION_DOT})\.)"
)
"""After an address, a comma (or an open bracket) and what stands up to the next comma, full stop
or bracket; not the full stop of an abbreviation of four letters at most before its number ("кв. 9")."""


@cache
def _tail_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The words that make a segment after an address part of it: a flat's, a floor's, a house's or
    a home's word (one word); the words of "near" (phrases); the landmarks' stems."""
    single = frozenset(
        w.casefold().rstrip(".")
        for part in ("flats", "floors", "houses", "homes", "dorms")
        for w in address_phrases(part)
        if " " not in w
    )
    near = tuple(w.casefold() for w in address_phrases("near"))
    landmarks = tuple(w.casefold() for w in address_phrases("landmarks") if len(w) >= 4)
    return single, near, landmarks


_IN = frozenset({"в", "во", "на", "in", "at", "on", "inside"})


@cache
def _yards() -> tuple[str, ...]:
    """The words of a house's yard or its front ("короодо", "во дворе", "oldida"), as a segment's words
    are read."""
    return tuple(w.casefold().translate(ONE_APOSTROPHE) for w in address_phrases("yards"))


def _an_address_tail(part: str) -> bool:
    """A segment says where in the building or by what the home is: a flat's, a floor's, a house's or
    a gate's word with a number, first, or in six words at most with no pronoun ("3-кабат", "2nd
    floor", "(3 подъезд)", "общежитие", "частный дом с зелёным забором"), or a landmark with a word of
    "near" in four words at most ("дарыкананын үстү", "behind the school"). Not a clause said after
    the address ("у него свой дом", "у мечети встретились с ребятами", "в комнате ещё 11 человек").
    A segment opening with the house's yard says what is in it ("короодо жаңгак дарагы бар")."""
    single, near, landmarks = _tail_words()
    lowered = part.casefold().translate(ONE_APOSTROPHE)
    words = [w.rstrip(".") for w in re.findall(rf"[^\W\d_][\w{_APOSTROPHES}.]*", lowered)]
    padded = f" {' '.join(words)} "
    if words and any(padded.startswith(f" {yard} ") for yard in _yards()):
        return True  # what is in its yard: "короодо жаңгак дарагы бар", "во дворе большой тут"
    if not words or words[0] in _IN:
        return False
    if any(w in single for w in words) and (
        words[0] in single
        or any(c.isdigit() for c in part)
        or (
            len(words) <= 6
            and not any(padded.startswith(f" {n} ") for n in near)
            and not any(w in union("pronouns") for w in words)
        )
    ):
        return True  # "частный дом с зелёным забором"; not "у него свой дом"
    if len(words) > 4 or not any(w.startswith(landmarks) for w in words):
        return False
    return any(f" {n} " in padded for n in near)


_LANDMARKS_NAME = re.compile(
    r"[ \t]+(?:[«\"“][^»\"”\n]{1,30}[»\"”]|(?-i:[A-Z][A-Za-z-]{2,}))"
    r"(?:[ \t]+(?:на|по)[ \t]+(?-i:[А-ЯЁ][\w-]+))?"
)
"""A landmark's own name after it, in quotes or a Latin brand, maybe with its street ("«Береке» на Абая")."""
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")


def address_tail(text: str, end: int) -> int:
    """Where an address that ends at ``end`` ends with the segments after it that say where in the
    building or by what the home is ("ул. Джангильдина 48, кв 31 (3 подъезд)", "Ленин көчөсү 45,
    дарыкананын үстү, 3-кабат"): up to the first segment that says no such thing, at most three. A
    landmark it ends with keeps its own name and its street ("напротив магазина «Береке» на Абая",
    "за заправкой Helios")."""
    named = _LANDMARKS_NAME.match(text, end)
    if named is not None:
        last = _LAST_WORD.search(text, max(0, end - 30), end)
        if last is not None and last.group().casefold().startswith(_tail_words()[2]):
            end = named.end()
    for _ in range(3):
        segment = _TAIL_SEGMENT.match(text, end)
        if segment is None or not _an_address_tail(segment.group("part")):
            break
        end = segment.end("part")
        if segment.group("open") and text[end : end + 1] == ")":
            end += 1
    return end


# A person's home, then a colon or a dash and how to find it: "Ермектің үйі — су мұнарасының
# жанындағы ескі үй", "Хонаи Умедчон: пушти масчиди кухна, …", "Дом Калыбека в Ак-Талаа: напротив
# старой бани, …". The words of home are each language's; the person is one the rules found.

_HOME_AFTER_A_PERSON = re.compile(
    r"(?:['’]s)?[ \t]+(?:үйі|үйү|үйи|уйи|uyi|úıi|üii|uii|ui|үйлері|үйлөрү|uylari|house|home)"
    r"[ \t]*(?:—|–|-|:)[ \t]*",
    re.IGNORECASE,
)
_HOME_BEFORE_A_PERSON = re.compile(
    r"(?<![^\W\d_])(?:хонаи|xonai|дом|home of|house of)[ \t]+\Z", re.IGNORECASE
)
_AFTER_THE_OWNER = re.compile(r"(?:[ \t]+(?:в|во|дар|da|in)[ \t]+[^\W\d_][\w'’-]*)?[ \t]*(?:—|–|:)[ \t]*")
_TOLD_HOME = re.compile(r"(?:[^.!?\n(—–]|(?<! )[—–])*")
"""How a home is told: from the colon or the dash to the sentence's end, a dash with a space before
it or a bracket ("…, 12-páter — ákesimen kezdesý kerek": what follows is said of it)."""
_CITY_OPENING = re.compile(r"([^\W\d_][\w'’-]*)[ \t]*,[ \t]*")


def homes_told(text: str, persons: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Where a person's home is told after its word and a colon or a dash ("Ермектің үйі — …",
    "Хонаи Умедчон: …", "Дом Калыбека в Ак-Талаа: …"): the rest of the sentence up to a dash or a
    bracket, an address though no street or number is in it; a big city opening it stays
    ("Nurlybektiń úıi: Almaty, Jetisý-3 …")."""
    for start, end in persons:
        told = _HOME_AFTER_A_PERSON.match(text, end)
        if told is None and _HOME_BEFORE_A_PERSON.search(text, max(0, start - 12), start):
            told = _AFTER_THE_OWNER.match(text, end)  # not "дом Калыбека стоит …": nothing told
        if told is None:
            continue
        home = told_home(text, told.end())
        if home is not None:
            yield home


def told_home(text: str, at: int) -> tuple[int, int] | None:
    """How a home is told from ``at`` (after its word and a colon or a dash): up to the sentence's
    end, a spaced dash or a bracket, less a big city opening it; None if it is too short to tell."""
    rest = _TOLD_HOME.match(text, at)
    if rest is None:
        return None
    begin, stop = rest.span()
    city = _CITY_OPENING.match(text, begin, stop)
    if city is not None and skeleton(city.group(1)) in lexicon.word_list("cities.txt"):
        begin = city.end()
    while stop > begin and text[stop - 1] in " \t,;":
        stop -= 1
    return (begin, stop) if stop - begin >= 8 else None
