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
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from facilitator.anonymizer import kazakh_spellings, lexicon
from facilitator.anonymizer.numbered_things import numbered_after
from facilitator.anonymizer.possessed_kin import kin_of_a_person
from facilitator.anonymizer.profiles import (
    address_phrases,
    birth_phrases,
    cue_phrases,
    endings_for,
    profile,
    union,
)
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span
from facilitator.anonymizer.surnames_first import family_names_before
from facilitator.anonymizer.thanks_alone import thanks_alone

TOKEN = re.compile(r"[^\W\d_](?:[\w’'ʼ‘-]*[^\W\d_])?", re.UNICODE)
_POSSESSIVE = re.compile(r"(?:['’]s)$", re.IGNORECASE)
SURNAME = re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ][\w-]*(?:ов|ова|ев|ева|ёв|ёва|ин|ина|улы|ұлы|уулу|кызы|қызы|ович|овна|евич|евна"
    r"|ovich|ovna|evich|evna|ova|ov|eva|ev|uly|uulu|kyzy|qyzy|ulı|qızı|zoda|зода|заде|yev|yeva|iyev|iyeva"
    r"|bekov|bekova|беков|бекова|баев|баева|baev|baeva|bayev|bayeva)$"
)
MIN_LIST_NAME = 3
_PLURALS = ("lar", "ler", "dar", "der", "tar", "ter")
"""The Turkic plural after a stem, as skeletons."""
AMBIGUOUS = "name-or-word"
NAME_SHAPE = "name-shape"
"""A word no list or dictionary knows, shaped like a name of the region, where a person stands."""
"""The source of a detection the anonymizer is unsure of: removed, and shown first in the review."""
PET_FORM = "pet-form"
"""A pet form made from a roster first name ("erjeke" of Ержан), though it may be a word."""
NAME_ALONE = "name-alone"
"""A listed name alone in its clause, though it may be a word."""
SURNAME_WORD = "surname-word"
"""A word right after a first name, read as a surname, though it may be a word ("вячеслав ткач")."""
PERSON_PLACE = "person-place"
"""A name-word where a person stands, though it may be a word: spoken to ("Бақыт, сен …"), before the
comitative and a verb of talking ("Бакыт менен сүйлөштүм"), before an age ("Роман, 14 лет")."""
PLACED_NICKNAME = "placed-nickname"
"""A word a note places beside a person as what the group calls them ("Руслан «Шериф»"), though it
may be a word (placed_names.py): every form of it in the session is that person."""
NAME_COLUMN = "name-column"
"""A word opening a line in a column of lines that open with people's names (placed_names.py)."""
UNSURE_SOURCES = frozenset(
    {
        AMBIGUOUS,
        "capitalised-start",
        NAME_SHAPE,
        NAME_ALONE,
        SURNAME_WORD,
        PET_FORM,
        PERSON_PLACE,
        PLACED_NICKNAME,
        NAME_COLUMN,
    }
)
_WORD_ONLY = re.compile(r"[^\W\d_]+")
LINE_OPENING = re.compile(r"(?:[\s\d:.\-–—\[\]()#*•>✓✔]|\[[^\[\]\n]{1,24}\])*")
"""What may open a line before its first word: a time, a bullet, a tick, a bracketed tag ("[цитата]")."""
_WORDS_TOO = frozenset(
    {"roster", AMBIGUOUS, "names-list", "same-note", PERSON_PLACE, NAME_ALONE, "capitalised-start"}
)
"""Sources of a name-word's span that ``spoken_of`` may take back (it is the word, spoken of)."""
_ABBREVIATIONS = frozenset(
    {"с", "пос", "п", "ул", "д", "г", "им", "ст", "мкр", "р", "обл", "св", "no", "st", "dr"}
)
_OPENERS = set(" \t«\"“„'‘(-–—•*>")


@cache
def list_names() -> frozenset[str]:
    """The skeletons of the listed first names, surnames and short forms of first names."""
    return _full_names() | _short_names()


@cache
def first_names() -> frozenset[str]:
    """The skeletons of the listed first names (both lists, every spelling) and their short forms."""
    return lexicon.word_list("first_names.txt") | _region_bases() | _short_names()


@cache
def _older_bases() -> frozenset[str]:
    """The skeletons of the older, reviewed name lists (first_names.txt, surnames.txt, the short
    forms): what the region's list adds is read more warily."""
    return lexicon.word_list("first_names.txt") | lexicon.word_list("surnames.txt") | _short_names()


@cache
def _region_bases() -> frozenset[str]:
    return frozenset(skeleton(form) for form in _region_forms())


@cache
def _region_forms() -> tuple[str, ...]:
    """Every spelling of the region's given names (data/names_region.tsv, with the variants
    ``spelling_variants`` adds), less those that are a word for a person or a relative, a word of
    the profiles' grammar, a place or a word that is never a name: "Бала", "Адам" and "Ата" stay
    what the profiles say they are."""
    taken = (
        _person_nouns()
        | frozenset(skeleton(w) for w in _kin_nouns() | _grammar_words() | union("honorifics"))
        | union("particles")
        | lexicon.word_list("places.txt")
    )
    found: dict[str, None] = {}
    for written, _group, _word in lexicon.region_names():
        for form in written:
            for variant in spelling_variants(form):
                if skeleton(variant) not in taken and variant.casefold() not in lexicon.not_names():
                    found[variant] = None
    return tuple(found)


_IYO = re.compile("(?<=[иИ])[ёя]")


def spelling_variants(form: str) -> tuple[str, ...]:
    """``form`` and the spellings of it that another alphabet's habit gives: Uzbek "иё" is Russian
    and Kazakh "ия" (Бахтиёр, Бахтияр; Зиёда, Зияда). Kazakh letters and Russian passport
    spelling (Нұрлан, Нурлан; Гүлшат, Гульшат) are one written form already (``_plain_cyrillic``),
    and Latin spellings one skeleton."""
    swapped = _IYO.sub(lambda m: "я" if m.group() == "ё" else "ё", form)
    return (form,) if swapped == form else (form, swapped)


def short_forms() -> frozenset[str]:
    """The skeletons of the short forms of first names that are listed names (``list_names``)."""
    return _short_names()


@cache
def _written_short_forms() -> frozenset[str]:
    """The short forms as written (lower case, Kazakh letters as their Russian look-alikes) that no
    list of first names or surnames writes so ("асик": the list has only "Asik")."""
    full = frozenset(_plain_cyrillic(w) for w in _list_lines(short=False))
    return (
        frozenset(_plain_cyrillic(w) for w in lexicon.short_form_words() if skeleton(w) in _short_names())
        - full
    )


def written_short_form(word: str, base: str) -> bool:
    """``word`` (a form of the listed ``base``) is a form of a short or pet form of a first name that
    no list has as a full name, or is written as a short form and as no listed full name ("асик": the
    list has "Asik")."""
    if base in _short_names() and base not in _full_names():
        return True  # "жекой", "zheka": a form of a short form that no list has as a full name
    return not _is_latin(word) and _plain_cyrillic(word) in _written_short_forms()


@cache
def _full_names() -> frozenset[str]:
    return lexicon.word_list("first_names.txt") | lexicon.word_list("surnames.txt") | _region_bases()


def _short_names() -> frozenset[str]:
    """The short forms of first names (data/diminutives.txt) that are listed names: not those spelt
    like a Kazakh or English word ("Толик" is written like "толық", full; "Азик" like "азық", food),
    which are names only on a roster or beside their full name in a session."""
    return frozenset(lexicon.short_forms())


@cache
def name_words(latin: bool) -> frozenset[str]:
    """Names that are also words, written in Latin (``latin``) or in Cyrillic script."""
    # a Kazakh, Kyrgyz, Uzbek or Tajik name-word is a word in either script ("жеңіс", "jeńis")
    return frozenset(
        word
        for word, section, in_latin in _name_word_lines()
        if in_latin == latin or not section.startswith(_SCRIPT_BOUND)
    )


_SCRIPT_BOUND = ("russian", "english", "inflected", "of russian", "european", "words of the region in their")
"""Sections of name-words that are words in their own script only ("роман" is no word in Latin)."""


@cache
def regional_name_words() -> frozenset[str]:
    """Name-words of Kazakh, Kyrgyz, Uzbek and Tajik: in Russian text these are names ("Жасур")."""
    regional = ("kazakh", "kyrgyz", "uzbek", "tajik", "tatar", "uyghur")
    russian = frozenset(word for word, section, _latin in _name_word_lines() if section.startswith("russian"))
    return (
        frozenset(word for word, section, _latin in _name_word_lines() if section.startswith(regional))
        - russian
    )  # "Роза" is a Russian word too


@cache
def _name_word_lines() -> list[tuple[str, str, bool]]:
    lines: list[tuple[str, str, bool]] = []
    section = ""
    for line in lexicon._data("name_words.txt").splitlines():
        if line.startswith("# ==="):
            section = line.strip("# =").strip().casefold()
            continue
        word = line.split("#", 1)[0].strip()
        if word:
            lines.append((skeleton(word), section, _is_latin(word)))
    # the region's names marked as everyday words, in every spelling ("бақыт", "baqyt", "bakyt")
    region = frozenset(_region_forms())
    older = lexicon.word_list("first_names.txt")
    for written, group, word_too in lexicon.region_names():
        # a name of the older, reviewed list keeps its word or name reading ("Серік", "Нодир")
        if word_too and skeleton(written[0]) not in older:
            section = _GROUPS.get(group, group)
            lines += [(skeleton(f), section, _is_latin(f)) for f in written if f in region]
    return lines


_GROUPS = {"kk": "kazakh", "ky": "kyrgyz", "uz": "uzbek", "tg": "tajik", "tt": "tatar", "ug": "uyghur"}
_GROUPS |= {"ru": "russian", "ko": "korean"}
"""The region list's groups as the sections of name_words.txt (a Russian name-word is a word only in
Cyrillic; a Kazakh one in either alphabet)."""


@cache
def _written_names() -> tuple[frozenset[str], frozenset[str]]:
    """The list names as written, lower case, in Cyrillic; and the skeletons of those written in Latin
    and of every name as ASCII spells it."""
    cyrillic: set[str] = set()
    latin: set[str] = set()
    for name in _list_lines():
        if _is_latin(name):
            latin.add(skeleton(name))
        else:
            cyrillic.add(_plain_cyrillic(name))
            # "zharas", "omirzak": a name listed in Cyrillic only, as it is typed in ASCII
            latin.add(skeleton(kazakh_spellings.to_ascii(name)))
    return frozenset(cyrillic), frozenset(latin)


_PLAIN = str.maketrans("әғқңөұүһіёўҳҷӣӯ", "агкноуухиеухжиу", "ьъ")


def _plain_cyrillic(word: str) -> str:
    """Lower case, the letters of Kazakh, Uzbek and Tajik as their Russian look-alikes ("нұрлан" is
    written like "Нурлан"), no soft or hard sign (Kazakh "Гүлшат" is Russian "Гульшат"); doubled
    letters and other spellings stay apart ("жанна" is not "жана")."""
    return word.casefold().translate(_PLAIN)


_NEXT = re.compile(r" ([^\W\d_]+)")


def _list_lines(short: bool = True) -> list[str]:
    lines = []
    for source in ("first_names.txt", "surnames.txt"):
        for line in lexicon._data(source).splitlines():
            word = line.split("#", 1)[0].strip()
            if word:
                lines.append(word)
    lines += _region_forms()
    return lines + [w for w in lexicon.short_form_words() if short and skeleton(w) in _short_names()]


@lru_cache(maxsize=50_000)
def written_like_a_name(word: str) -> bool:
    """A lower-case word is a listed name only as a name of its own script is spelt, maybe with an
    ending: "айгерімге", "ерболом", "ulugbekning" are; "жаңа" (Жанна), "тағйир" (Тагир), "және"
    (Jane), "қатын" (Katie), "suraıdy" (Сурайё) are words that only share a skeleton with one."""
    cyrillic, latin = _written_names()
    if _is_latin(word):
        if any(c in _KAZAKH_LATIN for c in word):
            if _kazakh_latin_name(word.casefold()):
                return True
            # "ánsar" (Әнсар, listed as "Ансар"): a name the lists write only in Russian letters, typed
            # with Kazakh letters, is one as in Cyrillic, where no Kazakh word is spelt so ("jańa")
            written = kazakh_spellings.to_cyrillic(word)
            return not _kazakh_reading(written) and _cyrillic_name(_plain_cyrillic(written), cyrillic)
        return base_of(word, latin) is not None
    return _cyrillic_name(_plain_cyrillic(word), cyrillic)


def _cyrillic_name(lower: str, cyrillic: frozenset[str]) -> bool:
    """``lower`` (plain Cyrillic, ``_plain_cyrillic``) is a list name as written, maybe with an ending."""
    if lower in cyrillic:
        return True
    if _held_with_ending(lower, cyrillic, endings_for(False)):
        return True
    # "дилнозе", "с мадиной": a name in -а or -я takes a Russian case ending in its stead (a stem
    # of four letters at least: "және" is no Жана)
    stem, ending = _RUSSIAN_CASE.sub("", lower), _RUSSIAN_CASE.search(lower)
    return ending is not None and len(stem) >= 4 and (stem + "а" in cyrillic or stem + "я" in cyrillic)


_RUSSIAN_CASE = re.compile("(?:ой|ою|ей|ею|е|у|ю|ы|и)$")


_KAZAKH_LATIN = frozenset(kazakh_spellings.LOWER_LETTERS)


@cache
def _kazakh_latin_names() -> frozenset[str]:
    """The list names written with the letters of Kazakh's Latin alphabets, lower case ("aıgerim"), and
    every Cyrillic list name as Kazakh's 2018 and 2021 Latin alphabets spell it ("Қайрат" is "qaırat"
    and "qairat", "Дәурен" "dáýren" and "däuren", "Айнұр" "aınur" and "ainūr"): the lists write such
    names in Russian-style Latin ("Kairat") only."""
    lines = _list_lines()
    written = {n.casefold() for n in lines if any(c in _KAZAKH_LATIN for c in n.casefold())}
    spelt = {s for n in lines if not _is_latin(n) for s in kazakh_spellings.latin_spellings(n)}
    return frozenset(written | spelt)


def kazakh_latin(name: str) -> str:
    """A Cyrillic word in lower case as Kazakh's 2018 Latin alphabet spells it ("Қайраттың" is
    "qaırattyń"; its other spellings: kazakh_spellings)."""
    return kazakh_spellings.to_2018(name)


def _kazakh_latin_name(lower: str) -> bool:
    """A lower-case word with a letter of Kazakh's Latin alphabet is a listed name only as one is
    written in it, maybe with an ending ("jańa" is "new", not Jana)."""
    names = _kazakh_latin_names()
    return lower in names or _held_with_ending(lower, names, endings_for(True))


def places() -> frozenset[str]:
    return lexicon.word_list("places.txt")


_LATIN_HEAD_CASE = re.compile(r"(?P<head>[A-Za-z][a-z]+)['’ʼ](?P<tail>[а-яёәғқңөұүһі]{1,5})$")
"""A Latin word, an apostrophe, a Cyrillic case ending: "Arman'у", "Max'а", "Dana'ға"."""
_RUSSIAN_SPELLING = re.compile(r"[а-яё'-]+")
"""A word written only in the letters of Russian: the only words the Russian dictionary can guess."""


def _is_latin(word: str) -> bool:
    return word[:1].isascii() or word[:1] in _LATIN_FIRST


_LATIN_FIRST = "Í" + kazakh_spellings.LETTERS
"""Letters a Latin word may start with beyond ASCII: Kazakh's (either alphabet) and "Í"."""


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    initial: bool = False
    """The first word of a sentence (or of a quotation, or after a colon)."""

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def shouting(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def tokens(text: str) -> Iterator[Token]:
    for match in TOKEN.finditer(text):
        word = _POSSESSIVE.sub("", match.group())
        yield Token(match.start(), match.start() + len(word), word, starts_sentence(text, match.start()))


def _words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word, a possessive "'s" left out (what ``tokens`` reads)."""
    for match in TOKEN.finditer(text):
        word = match.group()
        if word[-2:] in _POSSESSIVES:
            word = word[:-2]
        yield match.start(), match.start() + len(word), word


_POSSESSIVES = frozenset({"'s", "'S", "’s", "’S"})
_GLUE = frozenset("@._/")
_LINK_REACH = 64


def _in_a_link(text: str, start: int, end: int) -> bool:
    """A word inside an e-mail address or a link ("will" and "fischer" of will.fischer04@gmail.com,
    "aibar" of aibar.kz@inbox.ru): the pattern of the address takes it whole; as a name it would
    join the name before it ("Почта Айбара aibar…") and make other forms of the note names."""
    glued = (end < len(text) and text[end] in _GLUE and text[end + 1 : end + 2].isalnum()) or (
        start > 0 and text[start - 1] in _GLUE
    )
    if not glued:
        return False
    left = start
    while left > 0 and start - left < _LINK_REACH and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and right - end < _LINK_REACH and not text[right].isspace():
        right += 1
    chunk = text[left:right]
    if _SLASHED_WORDS.fullmatch(chunk.strip(".,;:!?()«»\"'")):
        return False  # "Max/Tim/Nick", "он/она": words given as alternatives, no link
    return "@" in chunk[1:] or "/" in chunk or "www." in chunk


_SLASHED_WORDS = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)+")


def _token(word: tuple[int, int, str]) -> Token:
    """A neighbour: only its text is read (``initial`` is not)."""
    return Token(word[0], word[1], word[2])


_WORD_AND_DOT = re.compile(r"(\w+)\.$")


def starts_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in _OPENERS:
        index -= 1
    if index < 0:
        return True
    if text[index] in "!?…\n:;" or "\t" in text[index + 1 : start]:
        return True  # a new line, or a table's cell after a tab ("Имя<tab>Возраст")
    if index + 1 < start and _emoji(text[index]):
        return True  # "… кешікті 😅 Сабақ …": an emoji typed between two sentences ends the first
    if text[index] == ".":
        before = _WORD_AND_DOT.search(text[max(0, index - 8) : index + 1])
        return not (before and before.group(1).casefold() in _ABBREVIATIONS)
    return False


_SHAPE_SOURCES = frozenset({"capitalised", "capitalised-start", "surname-pattern", "dictionary", "nickname"})
"""What found a word by its capital or its shape alone, no list of names."""
_DASH_WORDS = re.compile(r"[ \t]*[—–-][ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def _there_after(text: str, end: int) -> bool:
    """A dash and a word for "there" (the profiles' ``there``) right after ``end``."""
    after = _DASH_WORDS.match(text, end)
    if after is None:
        return False
    words = after.group(1).casefold()
    return words.split()[0] in union("there") or words in union("there")


def _emoji(char: str) -> bool:
    """A pictograph or a symbol's variation selector: typed where a sentence ends ("…кешікті 😅")."""
    return char == "\ufe0f" or unicodedata.category(char) == "So"


@lru_cache(maxsize=200_000)
def base_of(word: str, bases: frozenset[str], min_inflected: int = 4) -> str | None:
    """The name in ``bases`` that ``word`` is a form of (an inflection or a spelling), if any.

    Short names match only as written: "Ли" is a name, "Лиза" is not "Ли" with an ending.
    """
    for candidate in _base_candidates(word, min_inflected):
        if candidate in bases:
            return candidate
    return None


@lru_cache(maxsize=50_000)
def _base_candidates(word: str, min_inflected: int) -> tuple[str, ...]:
    """Every base ``word`` can be a form of, in the order ``base_of`` tries them: they depend on the
    word alone, so they are worked out once a word, not once for each set of bases asked about."""
    shape = skeleton(word)
    found = [shape]
    lower = word.casefold()
    if lower[-1:] in ("я", "ю") and lower[-2:-1] in ("а", "е", "о", "у") and len(lower) > min_inflected:
        # "Абылая", "Николаю", "Алексея": a name in -ай, -ей, -ой in the genitive or dative (the
        # skeleton writes "ая" as one "a", so only the word as written shows the -й)
        found.append(skeleton(lower[:-1] + "й"))
    endings = endings_for(_is_latin(word))
    for cut in range(len(shape) - 1, min_inflected - 1, -1):
        stem, ending = shape[:cut], shape[cut:]
        # "Ерланнан" is Ерлан + нан, whose doubled н the skeleton wrote once
        if ending in endings or stem[-1:] + ending in endings:
            found.append(stem)
            # Жақсылық -> Жақсылығы: қ and п are voiced before a vowel
            found.append(stem[:-1] + {"g": "k", "b": "p"}.get(stem[-1:], stem[-1:]))
            found.extend(stem + vowel for vowel in ("a", "e", "i"))  # Дильноза -> Дильнозы; Али -> Алиге
            if stem.endswith("nk"):  # Ткаченко -> Ткаченкам, Шевченкой
                found.append(stem + "o")
    return tuple(dict.fromkeys(found))


_ENGLISH_PRONOUNS = frozenset({"I", "i"})
"""The English "I" (and its lower-case slip): never a name nor a part of one."""
INITIAL = re.compile(r"[ \t][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.(?:[ \t]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?")


def _with_lower_initials(span: Span, text: str) -> Span:
    """A name typed in lower case with its initials after it, also in lower case ("azamat k.",
    "серікбаев а.қ."): the initials are the name's."""
    if span.kind is not Kind.NAME or not text[span.start : span.start + 1].islower():
        return span
    initials = _LOWER_INITIALS.match(text, span.end)
    return span if initials is None else Span(span.start, initials.end(), span.kind, span.source, span.key)


_LOWER_INITIALS = re.compile(r"[ \t][a-zа-яёәғқңөұүһі]\.(?:[a-zа-яёәғқңөұүһі]\.)?(?=[\s,;:)!?]|\Z)")
"""Initials in lower case after a name typed in lower case ("azamat k.", "серікбаев а.қ."): the
writer's case, not a sentence's end (a dot right after a word, no space, is one)."""
"""A surname's initial after a name on its line ("Yerlan B."); one on the next line opens that line's
name ("Е. Оспанов\nН. Кенжебаев")."""
_INITIALS_BEFORE = re.compile(r"(?<![\w.])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.(?:[ \t]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.){0,2}[ \t]?\Z")


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
        found += family_names_before(text, words, found, public)  # "Калиев Нурсултан"
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
        # "Ҳуҷра №7", "Кабинет № 12": the noun of a numbered thing
        found = [s for s in found if not (s.source in _SHAPE_SOURCES and numbered_after(text, s.end))]
        found = [s for s in found if s.source == "roster" or not thanks_alone(text, s.start, s.end)]
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
        if token.capitalised and not token.shouting and kin_of_a_person(word, text, token.end):
            return self._span(token, "capitalised", _strip_case(skeleton(word)))  # "Syrga's brother"
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


_FAMILY_TAILS = ("uulu", "kizi", "uli", "ova", "eva", "ina", "ov", "ev", "in")
"""Skeletons of the endings a family name is made with, in Russian and in the region's spelling
("Байтурсынов", "Байтұрсынұлы": one family)."""


def _family_stem(shape: str) -> str:
    for tail in _FAMILY_TAILS:
        if shape.endswith(tail) and len(shape) - len(tail) >= 3:
            return shape[: -len(tail)]
    return shape


@cache
def _figures_first_names() -> dict[str, frozenset[str]]:
    """The other words the public phrases write beside each word of theirs, by the stem of its family
    name ("байтурсын": Ахмет), as skeletons."""
    found: dict[str, set[str]] = {}
    for phrase in lexicon.public_phrases():
        words = TOKEN.findall(phrase)
        for at, word in enumerate(words):
            others = words[:at] + words[at + 1 :]
            if others:
                # each in Kazakh's Latin spellings too ("Álıa" of "Әлия")
                spelt = {s for w in others if not _is_latin(w) for s in kazakh_spellings.latin_spellings(w)}
                found.setdefault(_family_stem(skeleton(word)), set()).update(
                    skeleton(w) for w in {*others, *spelt}
                )
    return {stem: frozenset(others) for stem, others in found.items()}


def _the_figures_first_name(word: str, surname: str) -> bool:
    """``word`` beside the public surname ``surname`` may be the figure's first name: the public
    phrases write it beside that family ("Ахмет Байтұрсынұлы"), or they write that family with no
    first name at all. "Нурбол" beside "Байтурсынов" is a namesake."""
    known = _figures_first_names().get(_family_stem(skeleton(surname)))
    if known is None:
        return True
    shape = skeleton(word)
    # a spelling the skeleton folds apart ("Álıa", "ala", for "Әлия", "alia") keeps its first letters
    return shape in known or base_of(word, known) is not None or any(k[:2] == shape[:2] for k in known)


def a_public_figure(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` names a public figure ("Абай говорил …"), not someone named after
    one ("Абай Жумабаев"): the session layer does not look for it as a person of the note."""
    word = text[start:end]
    if not _public_form(word, lexicon.public_people_for(word)):
        return False
    after = _next_token(text, end)
    token = Token(start, end, word)
    return not (_named_after(token, after, text) or _came_after(text, token, after))


def _named_after(token: Token, after: Token | None, text: str) -> bool:
    """``token``, a public figure's name, is a first name right before a capitalised surname (an
    -ов, -ев, -ин, -ұлы … ending) that is no public figure's: someone else of that name."""
    return (
        after is not None
        and token.text[:1].isupper()
        and text[token.end : after.start] == " "
        and after.text[:1].isupper()
        and not after.text.isupper()
        and bool(SURNAME.match(after.text))
        and not _public_form(after.text, lexicon.public_people_for(after.text))
    )


def _a_namesake(
    token: Token, before: Token | None, after: Token | None, text: str, names: frozenset[str]
) -> bool:
    """``token``, a public figure's family name, right beside a listed first name that the public
    phrases never write with that family ("Байтурсынов Нурбол", "Нурбол Байтурсынов"; not "Ахмет
    Байтурсынов"): someone of the same family name."""
    if (
        not SURNAME.match(token.text)
        or _figures_first_names().get(_family_stem(skeleton(token.text))) is None
    ):
        return False
    return any(
        t is not None
        and _beside(t, token, text)
        and t.text[:1].isupper()
        and not t.text.isupper()
        and base_of(t.text, names) is not None
        and not _the_figures_first_name(t.text, token.text)
        for t in (before, after)
    )


def _came_after(text: str, token: Token, after: Token | None) -> bool:
    """A verb of coming to the session (or missing it) right after the word, maybe past a filler
    ("Dımaş keldı", "Димаш бүгін келмеді"; the profiles' ``came``)."""
    if after is None or not text or text[token.end : after.start] != " ":
        return False
    came = union("came")
    if after.text.casefold() in came:
        return True
    following = _NEXT.match(text, after.end) if after.text.casefold() in union("subject_fillers") else None
    return following is not None and following.group(1).casefold() in came


@lru_cache(maxsize=100_000)
def _public_form(word: str, public: frozenset[str]) -> bool:
    """ "Абая", "Абайдың" are Абай; "Құдайбергенов" is not Құдайберген (a surname made from it)."""
    base = base_of(word, public)
    if base is None:
        if _is_latin(word):
            return False
        # a dictionary form of two letters is a guess at an unknown word's stem ("Ёров" read as a form
        # of "ёр": not the hero Ер)
        return any(
            len(form) >= 3 and skeleton(form) in public for form in lexicon.normal_forms(word.casefold())
        )
    rest = skeleton(word)[len(base) :]
    if rest.startswith("in") and base.endswith("n") and re.search("нн|nn", word, re.IGNORECASE):
        return True  # "Пушкиннің", "Golovkinniń": the Kazakh genitive, its "нн" written once
    return not rest.startswith(("ov", "ev", "in", "uli", "kizi", "bek"))


@cache
def _honorifics_after() -> frozenset[str]:
    """Honorifics written after a name as a word of their own ("Aqjarqyn apaı", "Gulnora opa",
    "Жарас аға"): those of the region's languages; English titles come before a name."""
    from facilitator.anonymizer.profiles import all_profiles

    return frozenset(h for p in all_profiles() if p.code != "en" for h in p.honorifics) - {skeleton("брат")}


def _honorific_after(after: Token | None) -> bool:
    """The next word is an honorific, maybe with a case ending ("apaıǵa", "опага")."""
    return (
        after is not None
        and not after.text[:1].isupper()
        and after.text.casefold() not in union("conjunctions")  # "және" is not жан + е
        and _honorific_form(skeleton(after.text))
    )


@lru_cache(maxsize=10_000)
def _honorific_form(shape: str) -> bool:
    """An honorific, alone or with an ending of two letters or more ("apaıǵa"; "жаңа" is not жан + а)."""
    honorifics = _honorifics_after()
    if shape in honorifics:
        return True
    endings = _all_endings()
    return any(
        shape[:cut] in honorifics
        and shape[cut:] in endings
        # a Kazakh past tense is no honorific with an accusative: "atady" (named) is no "ata" + "dy"
        # (an honorific ending in a vowel takes "-ны": "атаны")
        and not (shape[cut - 1] in "aeiou" and shape[cut:] in ("di", "ti"))
        for cut in range(3, len(shape) - 1)
    )


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(skeleton(w) for w in union("person_nouns") if len(skeleton(w)) >= 3)


@cache
def _kin_skeletons() -> frozenset[str]:
    return frozenset(skeleton(w) for w in _kin_nouns() if len(skeleton(w)) >= 3)


def _short_name_with_case(word: str, names: dict[str, str]) -> str | None:
    """The key of the name of ``names`` (as written) that ``word`` is, with a case ending of two letters
    or more after it ("Aıannyń" beside "Aıan"), or None."""
    lower = word.casefold()
    for name, key in names.items():
        if (
            lower.startswith(name)
            and len(lower) - len(name) >= 2
            and skeleton(lower[len(name) :]) in _all_endings()
        ):
            return key
    return None


def _kin_with_case(word: str) -> bool:
    """A relative in the possessive with a case ending after it ("erini", "ерини": her husband, whom),
    not a name that starts like one ("бауыржан" is no бауыр + -жан: that is no case)."""
    kin = _kin_form(word)
    shape = skeleton(word)
    return bool(kin) and shape.startswith(kin) and shape[len(kin) :] in _CASE_ENDINGS


_WRITER = frozenset({"я", "мы"})
"""The writer as a subject after a person named first in the dative ("Жене я предложила")."""


_QUOTED_AFTER_LABEL = re.compile(r"[ \t]*:[ \t]*['\"«“‘]")


def _a_quoted_speakers_label(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` opens its line (past a time, a bullet or a bracketed tag) and a
    colon and an opening quote follow it ("Captain: 'In Kulob …'", "23:09 [quote] Tank: «…»")."""
    line = text.rfind("\n", 0, start) + 1
    return (
        bool(_QUOTED_AFTER_LABEL.match(text, end)) and LINE_OPENING.fullmatch(text, line, start) is not None
    )


def _an_abstract_or_heading(lower: str) -> bool:
    """A Russian word whose dictionary forms hold an abstract name-word or a heading's word ("вере",
    "надежде", "теме"): "Вере я не верю" is faith, not Вера."""
    forms = lexicon.normal_forms(lower)
    return bool(forms & (union("abstract_names") | union("label_words")))


@cache
def _latin_russian_endings() -> tuple[str, ...]:
    """The profiles' Russian case endings in Latin letters, as skeletons, longest first."""
    return tuple(sorted({skeleton(e) for e in union("latin_endings")} - {""}, key=len, reverse=True))


@lru_cache(maxsize=10_000)
def _latin_relative(lower: str) -> bool:
    """A Russian relative typed in Latin letters, in any case ("mamu", "brata", "sestre")."""
    if len(lower) < 3:
        return False
    kin = _RUSSIAN_KIN | frozenset(cue_phrases("kin"))
    return any(
        form in kin
        for variant in _cyrillic_variants(lower)
        for form in (variant, *lexicon.normal_forms(variant))
    )


_RUSSIAN_KIN = frozenset(
    {
        "мама",
        "папа",
        "отец",
        "мать",
        "брат",
        "сестра",
        "бабушка",
        "дедушка",
        "дядя",
        "тётя",
        "тетя",
        "друг",
        "подруга",
    }
)
"""Relatives and friends as the Russian dictionary writes them, beside the profiles' ``kin``."""


def _speaks_next(after: Token | None) -> bool:
    """The next word is a verb of speech, in Cyrillic or in Russian typed in Latin ("сказал",
    "skazal")."""
    return after is not None and (_said(after) or after.text.casefold() in union("latin_person_verbs"))


def _russian_name_not_kin(lower: str) -> bool:
    """A word the Russian dictionary reads as a given name, though its skeleton is a relative's
    ("женя" is "жена"'s: я and а are one letter to a skeleton); not a relative as written."""
    if lower in _kin_nouns() or _is_latin(lower):
        return False
    known, name, _place = lexicon.russian(lower)
    return known and name >= 0.5


def _kin_form(word: str) -> str:
    """The relative or word for a person that ``word`` is a form of ("анасына" of анасы), or ""."""
    return base_of(word, _kin_skeletons(), min_inflected=3) or ""


@cache
def _kin_nouns() -> frozenset[str]:
    """Relatives and words for a person, as written: "сестра", "ағасы", "cousin", "jigit"."""
    return union("person_before") | union("person_nouns")


@cache
def _cue_words() -> frozenset[str]:
    """The words of the profiles' "only", "alone" and date-of-birth cues, in every spelling ("jalğyz",
    "yagona", "туулган"): words, never a name no list holds."""
    phrases = [*cue_phrases("singling"), *cue_phrases("singling_weak"), *cue_phrases("alone")]
    phrases += [*birth_phrases("before"), *birth_phrases("after")]
    return frozenset(w for phrase in phrases for w in phrase.split() if len(w) >= 4)


@cache
def _place_words() -> frozenset[str]:
    # "Қўрғонча қишлоғи", "Qoraqamish mahallasi": a village's word of an address names a place too
    words = (*cue_phrases("small_places"), *address_phrases("villages"))
    return frozenset(w for w in words if " " not in w and not w.endswith(".")) | union("place_words")


_PET_ENDINGS = ("eke", "ke", "ka", "ko", "ik", "chik", "jan", "sha", "ha", "a", "ja")
"""Skeletons of the region's pet endings after a name's first syllable: Kazakh -еке/-ке (Нұреке,
Ержеке, Бауке), Russian -ка/-ко/-ик/-чик/-ша/-ха/-я (Дико, Санька, Сашка, Нурик, Данчик, Миша,
Леха, Саня), -жан (Айжан, Санжан)."""
_SYLLABLE = re.compile(r"^[^aeiou]*[aeiou]")


def _pet_forms(keys: frozenset[str], taken: frozenset[str]) -> dict[str, str]:
    """The pet forms of the roster's first names (``keys``, skeletons), made by the region's
    morphology: the first syllable, open or closed by one or two consonants ("di", "did"; "er",
    "erj"), and a pet ending ("diko", "ereke", "erjeke", "nureke", "sanja"), to the key of the one
    person it may stand for; none of four letters or fewer than the syllable allows, none that is a
    roster word or short form itself (``taken``), none two people share."""
    found: dict[str, set[str]] = {}
    for key in keys:
        opening = _SYLLABLE.match(key)
        if opening is None:
            continue
        syllables = {opening.group()}
        rest = key[opening.end() :]
        for size in (1, 2):
            if len(rest) > size and not any(c in "aeiou" for c in rest[:size]):
                syllables.add(opening.group() + rest[:size])
        for syllable in syllables:
            if len(syllable) < 2:
                continue
            for ending in _PET_ENDINGS:
                pet = syllable + ending
                if len(pet) >= 4 and pet != key and pet not in taken:
                    found.setdefault(pet, set()).add(key)
    return {pet: next(iter(owners)) for pet, owners in found.items() if len(owners) == 1}


_CLAUSE_EDGE = ",.;:!?\n()"


def _clause_of_one(text: str, start: int, end: int) -> bool:
    """Punctuation or a line's edge on both sides of the word (spaces and tabs between)."""
    left = text[max(0, start - 40) : start].rstrip(" \t")
    right = text[end : end + 40].lstrip(" \t")
    if not left and start > 40:
        return False  # a long run of spaces: no edge in reach
    return (not left or left[-1] in _CLAUSE_EDGE) and (not right or right[0] in _CLAUSE_EDGE)


def _alone(text: str, start: int, end: int, before: Token | None, after: Token | None) -> bool:
    """The word is a clause of its own (punctuation or a line's edge on both sides), and not an item
    of a list of lower-case words ("Любовь, страх, стыд", "Nur, jaryq, úmit")."""
    if not _clause_of_one(text, start, end):
        return False
    left = text[max(0, start - 40) : start].rstrip(" \t")
    right = text[end : end + 40].lstrip(" \t")
    return not (
        (left[-1:] == "," and (before is None or before.text.islower()))
        or (right[:1] == "," and (after is None or after.text.islower()))
    )


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
        if initials.group().replace(" ", "").replace("\t", "").casefold() in abbreviations:
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
    if "(" in text:
        for aged in _INITIAL_AGED.finditer(text):  # "Д. (10 «А», 16 л.)": one initial, then the age
            start, end = aged.span()
            if not any(s < end and start < e for s, e in taken):
                added.append(Span(start, end, Kind.NAME, "initials", skeleton(aged.group()[:-1])))
        for one in _INITIAL_IN_BRACKETS.finditer(text):  # "one participant (Sh.) disclosed", "бір бала (Е.)"
            start, end = one.span("initial")
            noun = one.group("noun")
            person = skeleton(noun) in _person_nouns() or noun.casefold() in union("titles")
            if person and not any(s < end and start < e for s, e in taken):
                added.append(Span(start, end, Kind.NAME, "initials", skeleton(one.group("initial")[:-1])))
    return added


def _a_grammar_word(lower: str) -> bool:
    """The Russian dictionary's first reading of ``lower`` is a pronoun, preposition, conjunction,
    particle or interjection ("из", "под")."""
    readings = lexicon.russian_readings(lower)
    return bool(readings) and readings[0][0] in _GRAMMAR_PARTS


_CUT_SURNAME = re.compile(
    rf"(?<![\w.-])(?P<first>[{_CAPITAL}])-(?:[а-яё]?(?:в|н)(?:а|у|ой|ым|ой)?|[а-яё]?(?:ий|ая|ой|ко|ук|юк))"
    rf"[ \t]?(?P<initials>[{_CAPITAL}]\.(?:[ \t]?[{_CAPITAL}]\.)?)(?![\w])"
)
"""A family name cut to its first letter and its ending, then initials ("Ж-н Т.", "Б-ва Е.", "К-ко
А.А."): how a school's papers write a pupil without writing the name."""
_INITIAL_AGED = re.compile(
    rf"(?<![\w.])[{_CAPITAL}]\.(?=[ \t]*\([^()\n]{{0,24}}?(?<!\d)\d{{1,2}}[ \t]*-?[ \t]*"
    r"(?:л\.|лет|года?\b|г\.|y\.?o\b|yrs?\b|years?\b|жас|ёш|yosh|сол))"
)
"""One initial with an age in the brackets after it ("Д. (10 «А», 16 л.)", "S. (15 y.o.)"): a person
of the note, no abbreviation."""
_CLASS_NUMBER_BEFORE = re.compile(r"(?<![\d.,:/])\d{1,2}[ \t]*[«\"“]?\Z")
"""A class's number right before its letter ("9А", "10 «А»", "9 В", "11«Б»")."""
_INITIAL_IN_BRACKETS = re.compile(
    r"(?P<noun>[^\W\d_]+)[ \t]*\([ \t]*(?P<initial>[A-ZА-ЯЁӘҒҚҢӨҰҮІ][hH]?\.)[ \t]*\)"
)
"""One initial in brackets right after a word for a person ("one participant (Sh.)", "участник (Б.)"):
the facilitator's way of naming someone without a name, a digraph of Latin letters too ("Sh", "Zh")."""


def _surname_after(text: str, first: Token, word: Token) -> bool:
    """``word``, right after the first name ``first`` (one space between, the same letter case), is
    a Russian noun in the nominative or a word no Russian dictionary reads: a surname that is also
    a word ("вячеслав ткач", "Пётр Кузнец"); not a verb ("ерлан пришёл"), nor a Latin word."""
    if text[first.end : word.start] != " " or word.capitalised != first.capitalised or _is_latin(word.text):
        return False
    if not word.capitalised and (
        _any_kazakh_word(word.text.casefold()) or _kazakh_around(text, word.start, word.end)
    ):
        return False  # "мейрам қызғаныш туралы", "айбектің күнделігін": the Russian dictionary's guess
    return lexicon.russian_nominative_noun(word.text.casefold())


@lru_cache(maxsize=64)
def _lowercase_writer(text: str) -> bool:
    """Most sentences of ``text`` start in lower case, or its only one does: its writer does not
    capitalise names either ("максат опять без слов.")."""
    starts = [m.group(1) for m in re.finditer(r"(?:^|[.!?\n]\s*)([^\W\d_])", text)]
    lower = sum(1 for c in starts if c.islower())
    return (len(starts) >= 2 and lower * 2 >= len(starts)) or (len(starts) == 1 and lower == 1)


def _unquoted(text: str, start: int) -> bool:
    """The word does not open a quotation («ерке балам»: words quoted in another language)."""
    index = start - 1
    while index >= 0 and text[index] == " ":
        index -= 1
    return index < 0 or text[index] not in "«\"'“„‘"


_NICKNAME = re.compile(r"^([^aeiou]*[aeiou](?:[^aeiou]|[iu](?=k))?)(ke|ka|ek|ik|chik|ush|sh|tai)")


@lru_cache(maxsize=50_000)
def _nickname_of(shape: str, names: frozenset[str]) -> str:
    """``NameFinder._nickname``, kept for each skeleton (asked of a word in every look at it)."""
    found = _NICKNAME.match(shape)
    if not found or len(found.group(1)) < 2:
        return ""
    rest = shape[found.end() :]
    if rest and rest not in endings_for(False) and rest not in endings_for(True):
        return ""
    prefix = found.group(1)
    return prefix + found.group(2) if _a_longer_name_starts(prefix, names) else ""


@lru_cache(maxsize=20_000)
def _a_longer_name_starts(prefix: str, names: frozenset[str]) -> bool:
    """A name of ``names`` starts with ``prefix`` and is two letters longer at least (asked once a
    prefix: it reads every name)."""
    return any(name.startswith(prefix) and len(name) > len(prefix) + 1 for name in names)


_TRUNCATED_STEMS = (4, 5)
"""The lengths of a truncated name's stem ("Ербо", "Дани", "Айгу")."""


@lru_cache(maxsize=50_000)
def _truncated_name(shape: str, names: frozenset[str]) -> bool:
    endings = _all_endings()
    longest = _longest_with_prefix(names)
    for cut in range(len(shape), 3, -1):
        stem = shape[:cut]
        if cut > 5 or shape[cut:] not in endings or stem[-1] not in "aeiou" or stem in names:
            continue
        if longest.get(stem, 0) >= cut + 2:  # a name starts with the stem, two letters longer at least
            return True
    return False


@cache
def _longest_with_prefix(names: frozenset[str]) -> dict[str, int]:
    """For each beginning of ``names`` as long as a truncated name's stem, the longest name that
    starts with it (built once: asking every name for each word cost a tenth of a long note)."""
    longest: dict[str, int] = {}
    for name in names:
        for cut in _TRUNCATED_STEMS:
            if len(name) >= cut:
                longest[name[:cut]] = max(longest.get(name[:cut], 0), len(name))
    return longest


@cache
def _english_cues() -> frozenset[str]:
    """English words after a word that say it is a word ("Hope is"): they say it only of English words."""
    from facilitator.anonymizer.profiles import profile

    return profile("en").word_after - profile("kk-latn").word_after - profile("uz").word_after


def _a_word(word: str) -> bool:
    """A dictionary (English, Russian), a name-word list or the never-a-name list reads ``word`` as a
    word, or it is a word for a person."""
    lower = word.casefold()
    if lower in lexicon.not_names() or base_of(word, _person_nouns(), min_inflected=3) is not None:
        return True
    if base_of(word, name_words(_is_latin(word))) is not None:
        return True
    if _is_latin(word):
        return lower in lexicon.english_words()
    known, name, _place = lexicon.russian(lower)
    return known and name < 0.3


_WORD_ENDINGS = re.compile(
    r"(?:лар|лер|дар|дер|тар|тер|ғы|гі|қы|кі|шы|ші|лық|лік|дық|дік|тық|тік|ған|ген|қан|кен|ды|ді|ты|ті|лы|лі"
    r"|мыз|міз|са|се|сы|сі|ы|і|ым|ім|ың|ің|ын|ін|ңыз|ңіз|сыз|сіз|йды|йді|ып|іп|у|да|де|та|те|ны|ні|ға|ге|қа|ке"
    r"|нан|нен|дан|ден|тан|тен|мен|бен|пен"
    r"|lar|ler|dar|der|tar|ter|ǵy|gy|gi|qy|ki|shy|shi|lyq|lik|dyq|dik|tyq|tik|ǵan|gan|gen|qan|ken|dy|di|ty|ti|ly|li"
    r"|myz|miz|sa|se|sy|si|ym|im|yń|iń|yn|in|syz|siz|yp|ip|ý|da|de|ta|te|ny|ni|ǵa|ga|qa|ka|ke|nan|nen|dan|den"
    r"|tan|ten|men|ben|pen|mi|moq|ish|iy|n't|ҳо|ро|ӣ|луу|лүү|дуу|дүү|туу|түү|чүү|лик|чилик"
    r"|лык|лук|лүк|дык|дук|дүк|тык|тук|түк|чылык|чулук|чүлүк|га|аман|яман|aman|yman"
    r"|ҳои|ият|iyat|аи|ӯи|ии|фтам|штам|идам|ардам)$"
    r"|^(?:ме|наме)[^\W\d_]{3,}(?:ам|ям|ем|ед|анд|ад|яд|ӣ)$"
    r"|(?<=[^\W\d_]{3})(?:со|сө|ация|изия)$|(?<=[^\W\d_]{2})(?:lash|лаш)$|(?<=[^\W\d_]{4})инг$"
)
"""Endings of Kazakh, Kyrgyz and Uzbek words that a given name without a case ending does not have:
plural, possessive, past tense, participle, adjective, agent and abstract nouns, "without", verbal
nouns and converbs, cases; Uzbek "-mi", "-moq", "-ish", "-iy", "-лик"; Tajik "-ҳо", "-ро", "-ӣ"; Kyrgyz
adjectives "-луу", "-түү" ("Күчтүү"); English
"n't"; Kyrgyz abstract nouns ("-лык", "-чылык": "Атачылык"), the Uzbek dative in Cyrillic ("-га": "Уйга",
"Ўзимга") and the first person's future ("-аман": "Гаплашаман"); Tajik "-ҳои" and "-ият" ("Ҳолатҳои",
"Ризоият"), the izafe after a vowel ("Дафъаи", "Беморхонаи": a name in -а takes it only after a
name's word, "Сӯҳроби хурд"), the first person's past ("Гуфтам", "Фаҳмидам") and the present made
with "ме-" ("Мекунам", "Мегӯяд"). After a stem of three letters or more: the Kyrgyz conditional
("Үндөбөсө"), Russian abstract nouns in "-ация", "-изия" ("Мотивация", "Ревизия"; not "Грация");
of two or more, the Uzbek verbal noun in "-lash" ("To'g'rilash"); of four or more, loans in "-инг"
("Тренинг"). Before "and" it is not a name by that alone ("Падарон ва модарон")."""


def _word_shaped(lower: str) -> bool:
    if _WORD_ENDINGS.search(lower):
        return True
    # "bolğan", "sūrağy": Kazakh's 2021 letters read as the 2018 endings above (a word without them
    # is read once)
    as_2018 = kazakh_spellings.marks_as_2018(lower)
    if as_2018 != lower and _WORD_ENDINGS.search(as_2018):
        return True
    # "Aqköldegı", "mektebınıñ": the 2021 alphabet's "ı" is the 2018 "i" (і)
    dotted = as_2018.replace("ı", "i")
    return dotted != as_2018 and bool(_WORD_ENDINGS.search(dotted))


@cache
def _all_endings() -> frozenset[str]:
    return endings_for(False) | endings_for(True)


@lru_cache(maxsize=50_000)
def _stems(shape: str) -> tuple[str, ...]:
    """The stems of a name's skeleton without an ending of the region ("jalgastin" -> "jalgas")."""
    endings = _all_endings()
    return tuple(shape[:cut] for cut in range(len(shape) - 1, 3, -1) if shape[cut:] in endings)


_SHAPED = (
    "bek",
    "jan",
    "gul",
    "han",
    "hon",
    "bai",
    "nur",
    "tai",
    "murat",
    "ali",
    "jon",
    "gali",
    "ulan",
    "zoda",
)
"""Endings of names of the region, as skeletons: -бек, -жан/-жон, -гүл/-гуль, -хан/-хон, -бай, -нұр,
-тай, -мұрат, -али, -ғали, -ұлан, -зода."""
_SHAPED_LONG = ("ana", "ina", "iia", "ira", "ura")
"""Endings of women's names (-ана, -ина, -ия, -ира, -ура), read only on a word of six letters or more."""


@lru_cache(maxsize=50_000)
def _name_shaped(shape: str) -> bool:
    """The skeleton, or its stem without an ending of the region, ends like a name of the region."""
    for stem in (shape, *_stems(shape)):
        if len(stem) >= 4 and stem.endswith(_SHAPED) and stem not in _SHAPED:
            return True
        if len(stem) >= 6 and stem.endswith(_SHAPED_LONG):
            return True
    return False


@lru_cache(maxsize=50_000)
def _name_like_shape(word: str) -> bool:
    """Cheap, by its letters alone: a lower-case word shaped like a name or a surname of the region
    (-бек, -гүл, -жан, -нұр, -зода, -ов, -ин, -ұлы … maybe with a case ending). What decides a word
    no context can make a name (``NameFinder._never_a_name``); the dictionaries are asked later."""
    if len(word) < 5 or "-" in word:
        return False
    lower = kazakh_spellings.marks_as_2018(word.casefold())  # "erlanūly" read as 2018's "erlanuly"
    return (
        _ends_like_a_name(skeleton(lower))
        or bool(_OV_SURNAME.search(_lower_surname(lower)))
        or bool(SURNAME.match(lower[:1].upper() + lower[1:]))
        or bool(_FAMILIAR_PATRONYMIC.search(lower))
    )


_FAMILIAR_PATRONYMIC = re.compile(r"ыч(?:а|у|ем|е)?$")
"""A patronymic as it is said ("иваныч", "михалычу")."""


@lru_cache(maxsize=50_000)
def _unknown_word(lower: str) -> bool:
    """No dictionary reads ``lower`` as a word (Russian, Kazakh in either alphabet, English), and it is
    no listed name-word ("арман") nor a word that is never a name."""
    if lower in lexicon.not_names() or base_of(lower, name_words(_is_latin(lower))) is not None:
        return False
    if _is_latin(lower):
        english = lexicon.english_words()
        return (
            lower not in english
            and lower.rstrip("s") not in english
            and not _kazakh_skeleton(skeleton(lower))
        )
    known, _name, _place = lexicon.russian(lower)
    return not known and not _kazakh_word(lower) and not _russian_compound(lower)


_PLACE_ADJECTIVE = re.compile(
    r"(?P<stem>[а-яёәғқңөұүһі-]{2,}?)[сц]к(?:ий|ая|ое|ой|ого|ому|им|ом|ую|ие|их|ими|ых|ыми|ые)"
)


@lru_cache(maxsize=10_000)
def _place_adjective(lower: str) -> bool:
    """A Russian adjective made from a place of the lists ("таразской", "алматинской",
    "кызылординской", "каскеленской"): the place's, no person's (a surname in -ский made from no
    listed place, "ковальский", stays one)."""
    made = _PLACE_ADJECTIVE.fullmatch(lower)
    if made is None:
        return False
    stem = skeleton(made.group("stem"))
    known = places() | lexicon.region_places()
    return stem in known or any(
        candidate in known
        for candidate in (stem + "a", stem + "i", stem[:-1], stem[:-2] + "a", stem[:-2] + "i")
    )


_COMPOUND_HEADS = (
    "соц",
    "мед",
    "гос",
    "гор",
    "рай",
    "обл",
    "спорт",
    "проф",
    "пед",
    "юр",
    "тех",
    "зав",
    "орг",
    "пром",
    "спец",
    "студ",
    "полит",
    "культ",
    "вет",
    "фин",
    "хоз",
    "нарко",
    "энерго",
    "турист",
    "инфо",
    "психо",
)
"""Shortened first words that Russian glues to a noun ("соцслужба", "медсестра", "госорганы",
"райотдел", "профком", "спортзал"), written once each."""


@lru_cache(maxsize=10_000)
def _russian_compound(lower: str) -> bool:
    """A Russian compound of a shortened word and a noun the dictionary reads, in any case
    ("соцслужбой", "медсестрой", "райотдела"): a word, though the dictionary does not hold it whole."""
    for head in _COMPOUND_HEADS:
        if lower.startswith(head) and len(lower) - len(head) >= 4:
            known, name, place = lexicon.russian(lower[len(head) :])
            if known and name < 0.3 and place < 0.5:
                return True
    return False


def _lower_name_shaped(word: str) -> bool:
    """A lower-case word shaped like a given name or an -ов surname of the region, that no dictionary
    reads as a word: "ерсейіт", "жаркынов", "toqgali". A name only where a person stands
    (``_lower_person_context``)."""
    if not _name_like_shape(word):
        return False
    lower = word.casefold()
    if not (_ends_like_a_name(skeleton(lower)) or _OV_SURNAME.search(_lower_surname(lower))):
        return False  # "-ин", "-ұлы" alone: a surname only right after a name
    return _unknown_word(lower)


def _lower_surname_shaped(word: str) -> bool:
    """A lower-case word shaped like a name or a surname (-ов, -ин, -ұлы, -қызы, -бай, -бек …) that no
    dictionary reads as a word."""
    return _name_like_shape(word) and _unknown_word(word.casefold())


def _any_kazakh_word(lower: str) -> bool:
    """The Kazakh dictionary reads ``lower`` (any alphabet), maybe with an ending."""
    return _kazakh_word(lower) or _kazakh_skeleton(skeleton(lower))


def _kin_after(after: Token | None) -> bool:
    """A relative of someone follows ("Жансұлудың әкесі", "Ерсейіттің ағасы"): the word is a person's
    name in the genitive."""
    return after is not None and after.text.casefold() in union("person_before") and not after.capitalised


def _kazakh_skeleton(shape: str) -> bool:
    """A Kazakh word in any alphabet, maybe with an ending ("týraly", "sóılestik")."""
    if shape in lexicon.kazakh_skeletons():
        return True
    # a listed name is no guess of a stem and an ending: "шурик" is no "шұр" + "ық"
    return shape not in list_names() and _kazakh_skeleton_reading(shape)


@lru_cache(maxsize=50_000)
def _ends_like_a_name(shape: str) -> bool:
    """The skeleton, or its stem without an ending of the region, ends like a name of the region
    (the profiles' ``name_endings``), with at least four letters and more than the ending."""
    endings = _name_endings()
    return any(
        len(stem) >= 4 and stem.endswith(endings) and stem not in endings for stem in (shape, *_stems(shape))
    )


@cache
def _name_endings() -> tuple[str, ...]:
    return tuple(union("name_endings") | frozenset(_SHAPED))


_OV_INSIDE = re.compile(r"ов|ев|ёв|ov|ev")


def _lower_surname(lower: str) -> str:
    """A lower-case word without the case ending after a surname's -ов/-ев ("жаркыновқа" -> жаркынов)."""
    if not _OV_INSIDE.search(lower):
        return lower
    stem = _surname_stem(lower[:1].upper() + lower[1:])
    return stem.casefold() if stem else lower


def _shaped_key(word: str) -> str:
    """The key of a name found by its shape: its stem without a case ending ("ерсейітке" -> erseit)."""
    shape = skeleton(word)
    surname = _lower_surname(word.casefold())
    if _OV_SURNAME.search(surname):
        return skeleton(surname)
    stems = [stem for stem in (shape, *_stems(shape)) if _ends_like_a_name(stem)]
    return stems[-1] if stems else _strip_case(shape)


_CLOSING_QUOTE = re.compile("[»\"”“']")
_SPEAKER_GAP = re.compile(r"\s*:\s*[«\"“„'‘]?")  # a speaker's colon, then what was said


def _lower_person_context(token: Token, before: Token | None, after: Token | None, text: str) -> bool:
    """Where a person stands: before a verb a person does or an honorific ("ерсейіт үндемеді",
    "toqgali said", "дәмеғали ағай"), after a relative, a person's preposition or a verb of telling
    ("брат ерсейита", "с мыңқали", "with bolkhan")."""
    if (
        after is not None
        and after.text.casefold() not in union("conjunctions")
        and (after.text.casefold() in union("person_after") or _honorific_after(after))
    ):
        return True
    if before is not None and not text[before.end : token.start].strip():
        lower = before.text.casefold()
        return lower in union("person_before") or lower in _PERSON_PREPOSITIONS
    return False


def _person_stands(text: str, words: list[tuple[int, int, str]], index: int, base: str) -> bool:
    """A lower-case name that is also a word, where only a person stands: a speaker label at a
    line's start or after a semicolon ("арман: мен келіспеймін"), a family name, a patronymic or an
    honorific after it ("нур ахметова", "алтын серікқызы", "алтын апай"), a Kazakh dative before a
    verb of telling or a comitative before one of talking ("арманға айттым", "алтынмен сөйлестім"),
    an English verb of talking or telling before it ("spoke with max", "asked will"). Not "my" or
    "his" word ("менің арманым"), nor a word of the grammar."""
    start, end, word = words[index]
    if _possessed(word, base) or _function_or_person_word(word, base):
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    spaced = after is not None and text[end : after[0]] == " "
    if after is not None and spaced and (_honorific_after(_token(after)) or _family_name(after[2])):
        return True
    if _PHONE_AFTER.match(text, end):
        return True  # "тел дархан 8747…", "bolat: +7 701 …": a person's number after it
    if _AGE_AFTER.match(text, end):
        return True  # "мирас 15 жаста", "umid, 16 yoshda": a person's age after it
    if _AGE_LOCATIVE.match(text, end) and not _is_latin(word) and skeleton(word) not in union("clock_words"):
        return True  # "дәулет 17 де үйленеді", "жеңіс 16-да кетті": at an age, a person does something
    if _stays_at(text, words, index) or _own_relative_after(text, words, index):
        return True  # "он ночует у славы", "әзиз өз апасын алып қашқан"
    if _a_person_does_after_filler(text, words, index):
        return True  # "слава тоже хочет", "роман опять опоздал"
    shape = skeleton(word)
    if shape == base:
        return (
            _speaker_label(text, start, end)
            or _told_in_english(words, index)
            or _named_relative(text, words, index)
        )
    if accusative_of(word, base):
        verbs = _verb_stems("object_verbs")  # "эркинди ата-энеси менен чакыруу": the one invited
    elif not shape.startswith(base):
        return False
    elif shape[len(base) :] in _TO_ENDINGS:
        verbs = _verb_stems("addressee_verbs")
    elif shape[len(base) :] in _WITH_ENDINGS:
        verbs = _verb_stems("companion_verbs")
    else:
        return False
    clause = _CLAUSE_END.search(text, end, end + 80)
    stop = clause.start() if clause else end + 80
    following = [w for w in words[index + 1 : index + 5] if w[0] < stop]
    return any(skeleton(w[2]).startswith(verbs) for w in following)


_QUOTATION_AFTER = re.compile(
    r"(?:[ \t]*[«“„\"]([^«»“”„\"\n]{1,300})[»”\"]|[ \t]+'([^'\n]{1,300})'(?![^\W\d_]))[ \t]*,?[ \t]*"
    r"(?P<verb>[^\W\d_]+)"
)
"""A quotation in quotes or, a space before it, in single quotes as a phone types them ("'жақсы әке'
деді"), then the word after it."""


_GRAMMAR_PARTS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "INTJ"})
"""The Russian dictionary's parts of speech of grammar: pronouns, prepositions, conjunctions, particles."""
_EQUATION = r"(?:это|actually|aka|a\.k\.a\.|real name)"
_EQUATED_BEFORE = re.compile(
    r"(?<![\w-])(?P<nick>[^\W\d_][\w’'-]*)[ \t]*(?:=|[—–-]?[ \t]*" + _EQUATION + r")[ \t]*\Z"
)
"""A word, then "=", "это" or "actually" ("Boss = ", "Нема это ", "Nick — actually "), right before a
name."""
_EQUATION_WORD = re.compile(r"(?<!\w)" + _EQUATION + r"(?!\w)")
_KIN_AND_NAME = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")
_FROM_GROUP = re.compile(
    r" (?:из|from) (?:(?P<code>\d{1,2}[ -]?[^\W\d_])(?![\w])|(?:[\w-]+ )?(?P<noun>[^\W\d_]+))"
)


def _from_a_group(text: str, end: int) -> bool:
    """Right after the word, "из" or "from" and a class ("из 11б", "from 10B") or, maybe after one
    word, where participants come from (the profiles' ``group_words``: "из второй группы", "из
    техникума", "from group 3"): the word is a person ("Слава из 11б смеялся"), not "роман из
    библиотеки", "Слава из уст в уста"."""
    found = _FROM_GROUP.match(text, end)
    if found is None:
        return False
    return found.group("code") is not None or found.group("noun").casefold() in union("group_words")


_LABEL_FILLER_QUOTE = re.compile(r"(?:[ \t]+(?P<filler>[^\W\d_]+))?[ \t]*:[ \t]*[«\"“„'‘]")


def _labels_a_quotation(text: str, end: int) -> bool:
    """Right after the word, maybe one word that goes with a subject ("сразу", "тоже", "again"), a
    colon and a quotation: the word says who spoke it ("женя сразу: 'нет, …'", "Вера: «я …»")."""
    found = _LABEL_FILLER_QUOTE.match(text, end)
    if found is None:
        return False
    filler = found.group("filler")
    return filler is None or filler.casefold() in union("subject_fillers")


def _speaks_a_quotation(text: str, end: int) -> bool:
    """A quotation right after the word, then a verb of speech ("Сырым «айтайын ба?» деп бастады",
    "Бақыт «келіспеймін» деді"; the profiles' ``speech`` and ``quote_verbs``): the word is its speaker."""
    quoted = _QUOTATION_AFTER.match(text, end)
    if quoted is None:
        return False
    return _said_verb(quoted.group("verb"))


def _said_verb(word: str) -> bool:
    """A verb that says who spoke a quotation (the profiles' ``speech`` and ``quote_verbs``)."""
    verb = word.casefold()
    return verb in union("speech") or verb in union("quote_verbs")


def _told_to(text: str, words: list[tuple[int, int, str]], index: int, base: str) -> bool:
    """A listed name in the dative before a verb of telling, thanking or helping in its clause
    ("Сырымға рахмет айттым", "Бақытқа хабарластым"), though the Kazakh dictionary reads a word and an
    ending ("сыр" + "-ым" + "-ға": to my secret): no one thanks a secret."""
    _start, end, word = words[index]
    shape = skeleton(word)
    if not shape.startswith(base) or shape[len(base) :] not in _TO_ENDINGS:
        return False
    clause = _CLAUSE_END.search(text, end, end + 80)
    stop = clause.start() if clause else end + 80
    verbs = _verb_stems("addressee_verbs")
    return any(skeleton(w[2]).startswith(verbs) for w in words[index + 1 : index + 4] if w[0] < stop)


_AGE_LOCATIVE = re.compile(r"[ \t]+(?:1[2-9]|2[0-9])[ \t]*-?(?:де|да|те|та)[ \t]+[^\W\d_]{3,}")
"""An age (12 to 29) with the Kazakh locative, then a word (a verb): "at 17 he marries" ("дәулет
17 де үйленеді", "16-да кетті"); not a clock's hour ("сағат 6-да", "сағат 18-де": ``clock_words``)."""


def _stays_at(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """A Russian case form after "у" after a verb of staying or living ("ночует у славы", "живёт у
    романа", "остался у веры"): at someone's place; not "у славы есть цена" (no verb before "у")."""
    if index < 2 or words[index - 1][2].casefold() not in ("у", "к"):
        return False
    verb, preposition = words[index - 2], words[index - 1]
    if text[verb[1] : preposition[0]] != " " or text[preposition[1] : words[index][0]] != " ":
        return False
    return verb[2].casefold().startswith(cue_phrases("staying_verbs"))


def _own_relative_after(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """A name-word before "own" and a relative ("әзиз өз апасын алып қашқан", "нұр өз әкесін",
    "aziz o'z singlisini"): the one whose own relative it is, a person."""
    if index + 2 >= len(words):
        return False
    own, kin = words[index + 1], words[index + 2]
    if text[words[index][1] : own[0]] != " " or text[own[1] : kin[0]] != " ":
        return False
    return own[2].casefold() in union("reflexives") and _a_relative(kin[2])


@lru_cache(maxsize=100_000)
def _a_relative(word: str) -> bool:
    """A relative of any profile in any case or possessive form ("апасын", "сестру", "әкесі").
    Kept for each word: every piece's second look asks about the words after each name again."""
    lower = word.casefold()
    if lower in cue_phrases("kin") or skeleton(lower) in _relatives():
        return True
    return any(skeleton(lower).startswith(r) and len(r) >= 3 for r in _relative_stems())


@cache
def _relative_stems() -> frozenset[str]:
    """The skeletons of the relatives of the profiles without a last vowel ("sestr", "brat", "apa",
    "ake"): a case or possessive ending goes on them."""
    stems = set()
    for shape in _relatives() | frozenset(skeleton(w) for w in cue_phrases("kin")):
        stems.add(shape[:-1] if shape[-1:] in "aeiouy" and len(shape) > 4 else shape)
    return frozenset(s for s in stems if len(s) >= 3)


def _a_person_does_after_filler(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """A Russian name-word, one to three fillers ("тоже", "опять", "сегодня вообще не") and a verb of
    speech, of coming or of wanting ("слава тоже хочет", "роман опять опоздал", "лев сегодня вообще
    не говорил"): the one who does it; not "слава тоже важна", "любовь тоже играет роль" (no verb
    only a person does)."""
    if _is_latin(words[index][2]):
        return False
    fillers = union("subject_fillers")
    at = index + 1
    while at < len(words) and at <= index + 4 and text[words[at - 1][1] : words[at][0]] == " ":
        lower = words[at][2].casefold()
        if lower not in fillers:
            return at > index + 1 and lower in union("speech")  # "лев сегодня вообще не говорил"
        at += 1
    return False


def _genitive_before_relative(text: str, words: list[tuple[int, int, str]], index: int, base: str) -> bool:
    """A Russian case form of a listed name that is also a word, opening its clause, right before a
    relative (maybe after "старший", "младшая": the profiles' ``kin_modifiers``) or what a person
    owns (``owned_after``: "номер", "адрес"): that person in the genitive ("романа старший брат",
    "Славы сестра вышла замуж", "Славы адрес для сертификата"); not "в конце романа друг героя"
    (inside a clause) nor "романа главный герой" (no relative)."""
    start, end, word = words[index]
    if _is_latin(word) or skeleton(word) == base or not written_like_a_name(word):
        return False
    if not _russian_genitive_of(skeleton(word), base) or _kazakh_around(text, start, end):
        return False  # "бақытты отбасы туралы": a Kazakh adjective (happy), no genitive of Бақыт
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    if opening and opening[-1] not in _CLAUSE_OPENERS:
        return False
    following = words[index + 1 : index + 3]
    if following and following[0][2].casefold() in union("kin_modifiers"):
        end = following[0][1]
        following = following[1:]
    if not following or not following[0][2].islower() or text[end : following[0][0]].strip():
        return False
    kin = following[0][2].casefold()
    return kin in cue_phrases("kin") or skeleton(kin) in _relatives() or kin in union("owned_after")


_KIN_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _kin_named(text: str, found: list[Span]) -> Iterator[str]:
    """The stems of the names a relative introduces inside a sentence, found by a sure rule, with a
    capital ("его брата Славу забрали", "сестра Вера пришла"): the same name opening a later sentence
    is that person, as a full name's first name is ("Слава, по его словам, единственный кто мог")."""
    for s in found:
        written = text[s.start : s.end]
        if s.source in UNSURE_SOURCES or not written[:1].isupper() or " " in written:
            continue
        if starts_sentence(text, s.start):
            continue
        kin = _KIN_BEFORE.search(text, max(0, s.start - 30), s.start)
        if kin is not None and _a_relative(kin.group(1)):
            yield from (stem for stem in (skeleton(written), s.key) if len(stem) >= 3)


_KIN_DASH = re.compile(r"(?<![\w-])([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?[ \t]*[—–-][ \t]*\Z")


def _a_relatives_name(text: str, start: int) -> bool:
    """A relative and a dash right before, the relative maybe before whose it is: the word names
    that relative ("Нағашы ағасы — Серік", "Амаки Дилшод - Раҳмон": Dilshod's uncle), a person
    though a public figure bears the name; not "Ұлы ақын — Абай" (the great poet)."""
    kin = _KIN_DASH.search(text, max(0, start - 40), start)
    if kin is None:
        return False
    first, second = kin.group(1), kin.group(2)
    if second is None:
        return _a_relative(first)
    return _a_relative(second) or (_a_relative(first) and second[:1].isupper())


_PAIRED_AFTER = re.compile(r"[ \t]+[дтdt][аеae][ \t]*,?[ \t]+(?=[^\W\d_]+[ \t]+[дтdt][аеae](?![\w-]))")
_PAIRED_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]+[ \t]+[дтdt][аеae][ \t]*,?[ \t]+\Z")
_PARTICLE_AFTER = re.compile(r"[ \t]+[дтdt][аеae](?![\w-])")


def _paired_with(text: str, start: int, end: int, names: set[int]) -> bool:
    """The word and a name of ``names`` (their starts) paired by the Turkic "да … да" ("both … and":
    "qanat ta, almas ta kórgen", "Арман да, Жеңіс те келді"), either one first: two people."""
    after = _PAIRED_AFTER.match(text, end)
    if after is not None and after.end() in names:
        return True
    if _PARTICLE_AFTER.match(text, end) is None:
        return False
    before = _PAIRED_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.start() in names


_CLAUSE_STOP = re.compile(r"[.,;:!?\n«»\"()]")
_OBLIQUE = re.compile(
    r"(?:[ғгқк][аеә]|[нт][аеә]|[дт][аеә]|[ндт][ыі]|[нд][аеә]н|[ndt][ae]|[gqk][ae]|ǵa|ge|[ndt][yi]|[ndt][ae]n)$"
)
"""A Turkic dative, locative, accusative or ablative ending ("телефонға", "үйде", "кітапты",
"мектептен"): a word governed by the verb after it."""


def subject_of_a_persons_verb(text: str, start: int, end: int) -> bool:
    """The word opens its sentence and a verb only a person does comes within five words of its
    clause, with a word in an oblique case before it (the verb's object or place) and nothing between
    that could be the subject itself (a pronoun, a person's word, a capitalised word), nor "about" or
    "деген" right after the word: "алмас телефонға қарап отырды" (sat looking at the phone); not
    "алмас қылыш жарқырап тұрды" (no person's verb), "жеңіс оңай келмейді" (no object), "арман
    туралы айтты"."""
    if not starts_sentence(text, start):
        return False
    reach = min(len(text), end + 160)  # five words: a long note's clause is not read to its end
    stop = _CLAUSE_STOP.search(text, end, reach)
    clause = TOKEN.findall(text, end, stop.start() if stop else reach)[:5]
    if not clause or clause[0].casefold() in union("word_after") | union("word_cues") | union("conjunctions"):
        return False
    persons = union("person_after") - union("conjunctions")
    governed = False  # a word in an oblique case between: the verb has an object or a place
    for word in clause:
        lower = word.casefold()
        if lower in persons:
            return governed
        if (
            word[:1].isupper()
            or lower in union("pronouns")
            or lower in _kin_nouns()
            or _a_function_word_of_person(word)
        ):
            return False
        governed = governed or _OBLIQUE.search(lower) is not None
    return False


def _a_function_word_of_person(word: str) -> bool:
    """A word for a person ("бала", "мұғалім", "парень"): the subject may be that one."""
    return base_of(word, _person_nouns(), min_inflected=3) is not None


def _russian_genitive_of(shape: str, base: str) -> bool:
    """``shape`` is a Russian genitive of the name ``base`` (skeletons): "romana" of "roman", "slavi"
    of "slava", "kati" of "katia"."""
    stems = {base, base[:-1]} if base[-1:] in ("a", "e") else {base}
    if base.endswith("ia"):
        stems.add(base[:-2])
    return any(shape == stem + ending for stem in stems for ending in ("a", "i", "ia"))


_CLAUSE_OPENERS = frozenset('.,;:!?\n—–-(«"')


def _opens_clause(text: str, start: int) -> bool:
    """The word at ``start`` opens its note, line or clause (after a time or a bullet too)."""
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    return not opening or opening[-1] in _CLAUSE_OPENERS or LINE_OPENING.fullmatch(opening) is not None


@cache
def _dictionary_speech() -> frozenset[str]:
    """Verbs of speech of the languages whose every word a dictionary here reads (Russian, English):
    a word before one that no dictionary reads is no word of the sentence's language."""
    return profile("ru").speech | profile("en").speech


def _possessive_of_a_name(lower: str) -> str:
    """The first name (a listed one or a short form) whose Russian possessive adjective ``lower`` is,
    as the dictionary reads it ("лёвин" of Лёва, "димина" of Дима), or "" ("машина" is a car too)."""
    owned = lexicon.russian_possessive(lower)
    if not owned.endswith("ин"):
        return ""
    for vowel in ("а", "я"):
        shape = skeleton(owned[:-2] + vowel)
        if shape in first_names():
            return shape
    return ""


def _said_absent(text: str, words: list[tuple[int, int, str]], index: int, taken: set[int]) -> bool:
    """The word opens a clause whose only other word says someone is absent, in a sentence that names
    another person of the note: a roll call ("14 бала келді, қайрат жоқ, Дәурен кешікті", "kairat
    zhok"); not "қайрат жоқ, күш жоқ" (no will, no strength) nor "жастарда арман жоқ"."""
    start, end, _word = words[index]
    after = words[index + 1] if index + 1 < len(words) else None
    if after is None or text[end : after[0]] != " " or after[2].casefold() not in union("absent_after"):
        return False
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    closing = text[after[1] : after[1] + 20].lstrip(" \t")
    if (opening and opening[-1] not in ",;.!?\n:—–-") or (closing and closing[0] not in ",;.!?\n)"):
        return False
    begin, stop = _sentence_bounds(text, start, after[1])
    near = words[max(0, index - 12) : index + 12]
    return any(begin <= w[0] < stop and w[0] in taken and w[0] != start for w in near)


def _between_names(text: str, words: list[tuple[int, int, str]], index: int, taken: set[int]) -> bool:
    """The word lies between two names of the note in a list, after a comma or a conjunction and
    before one ("ерасыл, куаныш, нурбек"; "сезім, арман және мақсат" has no name beside it)."""
    if index == 0 or index + 1 >= len(words):
        return False
    before, word, after = words[index - 1], words[index], words[index + 1]
    left, right = text[before[1] : word[0]].strip(), text[word[1] : after[0]].strip()
    conj = union("conjunctions")
    left_name = before[0] in taken and left == ","
    right_name = after[0] in taken and right == ","
    if not left_name and index >= 2 and not left and before[2].casefold() in conj:
        left_name = words[index - 2][0] in taken and text[words[index - 2][1] : before[0]].strip() in (
            "",
            ",",
        )
    if not right_name and index + 2 < len(words) and not right and after[2].casefold() in conj:
        right_name = words[index + 2][0] in taken
    return left_name and right_name


def _absent_genitive(text: str, words: list[tuple[int, int, str]], index: int, base: str) -> bool:
    """A Russian genitive of a listed name-word opening its clause, before a word saying someone is
    absent, maybe after fillers ("Романа нет", "Славы опять не было", "Армана сегодня нет"); not the
    name as it is ("Роман нет" is no Russian) nor a word of another script."""
    start, _end, word = words[index]
    if _is_latin(word) or skeleton(word) == base or not written_like_a_name(word):
        return False
    if base in {skeleton(w) for w in union("abstract_names")}:
        return False  # "Надежды нет", "Веры нет": no hope, no faith
    if not lexicon.russian_oblique_name(word.casefold()) and skeleton(word) != base + "a":
        return False  # "Славы", "Романа"; "Армана", "Жениса": a name of the region declined in Russian
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    if opening and opening[-1] not in _CLAUSE_OPENERS:
        return False
    following = [w[2].casefold() for w in words[index + 1 : index + 5]]
    absent = union("absent_after")
    for at, said in enumerate(following):
        if said in absent or " ".join(following[at : at + 2]) in absent:
            return True
        if said not in union("subject_fillers"):
            return False  # "Славы опять не было": fillers ("опять", "не") may stand between
    return False


def _a_list_of_three(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """The word heads a list: the next word is followed by a comma or a conjunction ("Вера, надежда,
    любовь", "Hope, faith and love"), not a question or what was said ("Will, what do you think?")."""
    if index + 2 >= len(words):
        return False
    second, third = words[index + 1], words[index + 2]
    if second[2].casefold() in union("addressed"):
        return False  # "Бақыт, сен не ойлайсың?": "не" (or) is a question here
    gap = text[second[1] : third[0]].strip()
    return gap == "," or (not gap and third[2].casefold() in union("conjunctions"))


_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,80}\)")


def _acting_after(text: str, end: int, after: Token | None) -> Token | None:
    """The word that says what the person did, past an aside in brackets or a filler right after the
    name ("Роман (наш) сказал", "Эмир не пришёл"); ``after`` itself otherwise."""
    if after is None:
        return None
    aside = _ASIDE.match(text, end)
    if aside is not None:
        # "Қабылан (17) бүгін айтты": past the aside, a filler too
        acting = _next_token(text, aside.end())
        if (
            acting is not None
            and acting.text.casefold() in union("subject_fillers")
            and text[acting.end : acting.end + 1] == " "
        ):
            return _next_token(text, acting.end) or acting
        return acting
    if text[end : after.start] == " " and after.text.casefold() in union("subject_fillers"):
        return _past_a_count(text, _next_token(text, after.end))
    return after


def _past_a_count(text: str, word: Token | None) -> Token | None:
    """``word``, or the word after a count it opens ("birinchi marta", "бірінші рет": the first time),
    between a filler and what the person did ("Bek bugun birinchi marta gapirdi")."""
    if word is None or word.text.casefold() not in union("numerals") or text[word.end : word.end + 1] != " ":
        return word
    counted = _next_token(text, word.end)
    if counted is None or text[counted.end : counted.end + 1] != " ":
        return word
    return _next_token(text, counted.end) or word


def _acting_text(text: str, end: int, after: Token | None) -> str | None:
    """What ``_acting_after`` reads, for the cache of judged words (None where it is ``after``)."""
    acting = _acting_after(text, end, after)
    return None if acting is after or acting is None else acting.text


def _family_names_after(
    text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
) -> list[Span]:
    """The family name or patronymic in lower case right after a found name, maybe with a case
    ending ("серік әбілұлымен", "serik ábiluly", "нур ахметова"): part of the name, as sure as it.
    (A capitalised one is the other rules', which know the public ones: "Сұлтанға Бишімбаев ісінен".)"""
    starts = [w[0] for w in words]
    taken = {s.start for s in found}
    added: list[Span] = []
    for span in found:
        at = bisect.bisect_left(starts, span.end)
        if span.kind is not Kind.NAME or at >= len(words) or text[span.end : starts[at]] != " ":
            continue
        start, end, word = words[at]
        if word[:1].isupper() or start in taken or any(s <= start < e for s, e in public):
            continue
        if _family_name(word):
            source = NAME_SHAPE if span.source in UNSURE_SOURCES else "surname-pattern"
            added.append(Span(start, end, Kind.NAME, source, span.key))
            taken.add(start)
    # the family name first, as a list or a register writes it ("кабдолов ерназар — мама просит"):
    # a family name (not a patronymic, which follows the first name) right before a lower-case name
    for span in found:
        at = bisect.bisect_left(starts, span.start) - 1
        if span.kind is not Kind.NAME or at < 0 or not text[span.start : span.start + 1].islower():
            continue
        start, end, word = words[at]
        if text[end : span.start] != " " or not word.islower() or start in taken:
            continue
        if any(s <= start < e for s, e in public) or _PATRONYMIC.search(word.casefold()):
            continue
        if _FAMILY.search(word.casefold()) and _family_name(word):
            source = NAME_SHAPE if span.source in UNSURE_SOURCES else "surname-pattern"
            added.append(Span(start, end, Kind.NAME, source, span.key))
            taken.add(start)
    # a register's family name in capitals, either side of a first name, maybe with a case ending
    # ("ТЎРАЕВА Муқаддас", "с ЭРГАШЕВЫМ Шохруҳом", "Азамат ЖЎРАЕВ")
    for span in found:
        if span.kind is not Kind.NAME or not text[span.start : span.start + 1].isupper():
            continue
        at = bisect.bisect_left(starts, span.start)
        for index, gap in ((at - 1, (1, 0)), (bisect.bisect_left(starts, span.end), (0, 1))):
            if not 0 <= index < len(words):
                continue
            start, end, word = words[index]
            between = text[end : span.start] if gap[0] else text[span.end : start]
            if between != " " or start in taken or len(word) < 4 or not word.isupper():
                continue
            title = word[:1] + word[1:].casefold()
            if any(s <= start < e for s, e in public) or not (SURNAME.match(title) or _surname_stem(title)):
                continue
            source = NAME_SHAPE if span.source in UNSURE_SOURCES else "surname-pattern"
            added.append(Span(start, end, Kind.NAME, source, span.key))
            taken.add(start)
    return added


def _named_relative(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """Right after a relative or a word for a person, before a quotation, a stop or a verb a person
    does ("его девушка дана «сама виновата»", "ағасы арман келді"); not a word of the dictionary of
    English ("my brother will come"), nor an adjective before a noun ("қызы алтын медаль алды")."""
    start, end, word = words[index]
    if index == 0 or (_is_latin(word) and word.casefold() in lexicon.english_words()):
        return False
    before = words[index - 1]
    if text[before[1] : start] != " " or skeleton(before[2]) not in _relatives():
        return False  # "агасы" typed without its letters is ағасы
    if base_of(before[2], list_names()) is not None:
        return False  # "нағыз азамат кім?": the word before is a name itself
    after = words[index + 1] if index + 1 < len(words) else None
    gap = text[end : after[0]] if after is not None else text[end : end + 40]
    if after is None or gap.strip():
        return "?" not in gap  # a quotation, a stop, a bracket after it; not a question ("… кім?")
    following = after[2].casefold()
    # "ахметтин агасы болат да солай үйленген": a filler after it, as after a subject
    return gap == " " and (following in union("person_after") or following in union("subject_fillers"))


@lru_cache(maxsize=50_000)
def _name_word_base(word: str) -> str | None:
    """The name that ``word`` is a form of, of those that are also words ("алтынмен": алтын) or the
    parts of compound names that are nicknames too ("бек")."""
    return base_of(word, name_words(_is_latin(word))) or base_of(word, _name_parts())


@cache
def _name_parts() -> frozenset[str]:
    """The first parts of compound given names that are names alone too, as nicknames ("бек", "нұр",
    "жан"; not "ай", "ер", "ақ": two letters)."""
    return frozenset(p for p in union("name_parts") if len(p) >= 3)


@cache
def _relatives() -> frozenset[str]:
    """Relatives and words for a person of the region's languages (four letters at least: not the
    prepositions that ``person_before`` holds too)."""
    english = profile("en").person_before | profile("en").person_nouns
    words = (union("person_before") | union("person_nouns")) - english
    return frozenset(skeleton(w) for w in words if len(w) >= 4)


_PHONE_AFTER = re.compile(r"[ \t]*[:\-–—]?[ \t]*(?:\+\d|8|0)[\d \t().-]{8,}\d")
"""A phone number right after a word: a dialling plus, or 8 or 0 to start, then digits and
separators (not "2 сағат", "15 жаста")."""
_TO_ENDINGS = frozenset({"ga", "ge", "ka", "ke", "go", "ko"})
"""Skeletons of the Turkic dative ("арманға", "бахытқа", "armanǵa", Kyrgyz "-го")."""
_WITH_ENDINGS = frozenset({"men", "ben", "pen", "menen", "benen", "penen"})
_ACCUSATIVE = re.compile(r"(?:[ндт][ыіиуү]|[ndt][yiıu]|ро|ro)$")
"""The accusative as written (Kazakh, Kyrgyz, Uzbek "-ны", "-ді", "-ту", "-ni"; Tajik "-ро"): read
on the letters, not the skeleton, where "бақытты" (the accusative) and "бақыты" (his happiness)
are one."""


def accusative_of(word: str, base: str) -> bool:
    """``word`` is the accusative of the name ``base`` (a skeleton): "эркинди" of erkin, "бақытты"
    of bakit, "шодмонро" of shodmon; not "бақыты" (his happiness)."""
    ending = _ACCUSATIVE.search(word.casefold())
    return ending is not None and len(word) - 2 >= 3 and skeleton(word[: ending.start()]) == base


"""Skeletons of the Kazakh and Kyrgyz comitative ("алтынмен", "нурмен", "менен")."""
_CLAUSE_END = re.compile(r"[.,;!?\n]")


_NEXT_SENTENCE_WORD = re.compile(r"[.!?…]+[\s\"»”)]*([^\W\d_]+)")


def _a_person_pronoun_next(text: str, end: int) -> bool:
    """The sentence after the one ``end`` is in opens with a pronoun of one person ("He", "Она", "Ол")."""
    following = _NEXT_SENTENCE_WORD.search(text, end, min(len(text), end + 200))
    return (
        following is not None
        and "\n" not in text[end : following.start(1)]
        and following.group(1)[:1].isupper()
        and following.group(1).casefold() in union("person_pronouns")
    )


def _latin_sentences(
    text: str, words: list[tuple[int, int, str]], whole_note: bool = False
) -> Iterator[list[tuple[int, int, str]]]:
    """The sentences of ``text`` (as lists of its words) typed as Russian in Latin letters: of their
    lower-case words, the profiles' ``latin_function_words`` (one each) and ``latin_weak_words``
    (half each; "u" is Uzbek, "i" and "a" English), counted once each, with the verbs of a person
    (one), come to two, and one at least is no weak word ("kuba is a country", "u keldi" are none).
    With ``whole_note`` (the note is Russian in Latin, ``_latin_russian_note``), every sentence of it
    in Latin letters is, short ones with few such words too ("dime 16, on starshii iz 4", "nad samirom
    smeyutsya")."""
    strong = union("latin_function_words") | union("latin_person_verbs")
    if strong.isdisjoint(w.casefold() for _s, _e, w in words):
        return  # no sentence of the text holds a strong word: none is one (most texts, in Cyrillic)
    weak = union("latin_weak_words")
    sentence: list[tuple[int, int, str]] = []
    for index, item in enumerate(words):
        sentence.append(item)
        following = words[index + 1][0] if index + 1 < len(words) else len(text)
        if index + 1 < len(words) and not _SENTENCE_BREAK.search(text, item[1], following):
            continue
        seen = {w.casefold() for _s, _e, w in sentence if w.islower() and _is_latin(w)}
        weight = len(seen & strong) + 0.5 * len(seen & weak)
        enough = whole_note or (weight >= 2 and bool(seen & strong))
        if enough and all(_is_latin(w) for _s, _e, w in sentence):
            yield sentence
        sentence = []


_TO_CYRILLIC = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("yu", "ю"),
    ("ya", "я"),
    ("yo", "ё"),
    ("'", "ь"),
)
_CYRILLIC_LETTERS = dict(zip("abvgdezijklmnoprstufhcyw", "абвгдезийклмнопрстуфхцыв", strict=True))
_FINAL_CYRILLIC = (
    ("iy", "ий"),
    ("yi", "ый"),
    ("yy", "ый"),
    ("oy", "ой"),
    ("oi", "ой"),
    ("ey", "ей"),
    ("ei", "ей"),
)


def _russian_word_in_latin(lower: str) -> bool:
    """Whether a Russian word typed in Latin letters is one the Russian dictionary reads, and not as a
    name or a place ("direktor", "primer", "uchitelnica" with its soft sign left out; "kuba", a
    country, may be a nickname)."""
    return _read_in_cyrillic(lower, 0.5)


@lru_cache(maxsize=20_000)
def _read_in_cyrillic(lower: str, name_below: float) -> bool:
    """A word typed in Latin letters that, put back in Cyrillic, the Russian dictionary knows with
    its name reading below ``name_below`` and its place reading below 0.5."""
    for variant in _cyrillic_variants(lower):
        known, name, place = lexicon.russian(variant)
        if known and name < name_below and place < 0.5:
            return True
    return False


_CLAUSE_MARK = re.compile(r"[,.;:!?\n]")
"""What ends a clause: a word after it is no verb of a word before it."""


def _latin_russian_common(lower: str) -> bool:
    """A word typed in Latin letters that, put back in Cyrillic, the Russian dictionary reads above
    all as a common word ("tema": тема; "avguste": августе), not as a name or a place."""
    return _read_in_cyrillic(lower, 0.3)


_LATIN_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")
_LATIN_RUSSIAN_NOTE = 2


@cache
def _russian_only_in_latin() -> frozenset[str]:
    """The profiles' ``latin_function_words`` and ``latin_person_verbs`` that are no English word
    ("chto", "tolko", "skazal"; not "my", "mama", "net")."""
    strong = union("latin_function_words") | union("latin_person_verbs")
    return strong - lexicon.english_words()


@lru_cache(maxsize=64)
def _latin_russian_note(text: str) -> bool:
    """``text`` is written as Russian typed in Latin letters: two of its function words or verbs of a
    person that are no English word (``_russian_only_in_latin``) stand in it, in lower case."""
    found = _russian_only_in_latin().intersection(_LATIN_LOWER_WORD.findall(text))
    return len(found) >= _LATIN_RUSSIAN_NOTE


@lru_cache(maxsize=50_000)
def _cyrillic_variants(lower: str) -> tuple[str, ...]:
    """A Russian word typed in Latin letters put back in Cyrillic, and the same with a soft sign
    after a consonant that often takes one ("uchitelnica": учительница); none for a word that does
    not spell Cyrillic."""
    text = lower
    ending = ""
    for latin, cyrillic in _FINAL_CYRILLIC:
        if text.endswith(latin):
            text, ending = text[: -len(latin)], cyrillic
            break
    for latin, cyrillic in _TO_CYRILLIC:
        text = text.replace(latin, cyrillic)
    guess = "".join(_CYRILLIC_LETTERS.get(char, char) for char in text) + ending
    if not re.fullmatch(r"[а-яё]+", guess):
        return ()
    consonants = "бвгджзклмнпрстфхцчшщ"
    softened = (
        guess[: i + 1] + "ь" + guess[i + 1 :]
        for i in range(len(guess) - 1)
        if guess[i] in "лнтдср" and guess[i + 1] in consonants
    )
    # "poetomu": an "e" opening the word or after a vowel is often "э" ("поэтому", "этот")
    hard = _HARD_E.sub("э", guess)
    return (guess, *softened, *((hard,) if hard != guess else ()))


_HARD_E = re.compile("(?:^|(?<=[аоуыэ]))е")


cyrillic_variants = _cyrillic_variants


@lru_cache(maxsize=50_000)
def _latin_russian_verb(lower: str) -> bool:
    """A Russian verb of a subject typed in Latin letters, in the past or the present, singular or
    plural ("skazali", "prishli", "poshutil", "plachet"): the dictionary's main reading of it put back
    in Cyrillic is a finite verb."""
    for variant in _cyrillic_variants(lower):
        readings = lexicon.russian_readings(variant)
        if readings and readings[0][0] == "VERB" and readings[0][2] >= 0.5:
            return True
    return False


_SENTENCE_BREAK = re.compile(r"[.!?\n;]")
_AGE = re.compile(r"[ \t]+[1-9]\d?(?!\d|[.:/-]\d)")
"""A number after a name in the dative, a person's age ("dime 16": Диме 16)."""


@cache
def _name_in_russian(base: str) -> bool:
    """A listed name that Russian does not read as a word ("adilet", a Kazakh word, is a name in a
    Russian sentence; "roman", "vera" are words)."""
    russian_words = name_words(False) | name_words(True)
    return base not in russian_words or base in regional_name_words()


_LABEL_WORD = re.compile(
    r"(?:^|(?<=[\n;]))(?:[ \t\d:.\-–—\[\]()#*•>]|\[[^\[\]\n]{1,24}\])*"
    r"(?P<word>[^\W\d_][\w’'ʼ‘-]*)[ \t]*:(?!/)"
)
"""A word at a line's start (after a time, a bullet or a bracketed tag: "23:39 [цитата] ера: «…»") or
after a semicolon, then a colon."""
_DESCRIBED_SPEAKER = re.compile(
    r"(?:^|(?<=[\n.!?;]))[ \t\d:.\-–—\[\]#*•>]*(?P<word>[^\W\d_][\w’'ʼ‘-]{2,})(?=[ \t]+\()"
)
"""A word opening a sentence right before a bracket."""
_DESCRIBED_AFTER = re.compile(
    r"[ \t]+\([^()\n]{2,60}\)[ \t]*(?:(?P<verb>[^\W\d_]+)[ \t]*)?(?P<sep>[:—–-])?[ \t]*[«\"“„'‘]"
)


def pointed_out_speaker(text: str, end: int) -> bool:
    """After the word ending at ``end``: a remark in brackets, then a colon, a dash or a verb of
    speech, and a quotation ("Мулла (самый религиозный) — «…»"): the facilitator points out who
    spoke, a person (no place or thing speaks)."""
    after = _DESCRIBED_AFTER.match(text, end)
    if after is None:
        return False
    verb = after.group("verb")
    if verb is None:
        return after.group("sep") is not None
    return _said_verb(verb)


_QUOTED_LABEL = re.compile(r"[ \t]*:[ \t]*[«\"“„'‘—–-]")
_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*(?=[«\"“„'‘—–-]|[^\W\d_])")
_ENGLISH_TO = frozenset({"with", "to"})
_SAID_WORD = re.compile(r"[^\W\d_][\w'’]*")


@cache
def _verb_stems(field: str) -> tuple[str, ...]:
    """The verb stems of ``field`` of every profile, as skeletons (one for either script)."""
    stems = {skeleton(v) for v in cue_phrases(field) if len(skeleton(v)) >= 3}
    return tuple(sorted(stems, key=lambda p: (-len(p), p)))


_TO_DO = re.compile(r"[ \t]*(?:->|=>|→|—|–| - )")


def _to_do_label(text: str, start: int, end: int) -> bool:
    """The word opens its line (maybe after a time or a bullet) before an arrow or a dash: a line of
    what to do with whom ("timur -> call on friday", "Ерлан — позвонить")."""
    if _TO_DO.match(text, end) is None:
        return False
    newline = text.rfind("\n", max(0, start - 200), start)
    if newline < 0 and start > 200:
        return False
    return LINE_OPENING.fullmatch(text, newline + 1, start) is not None


def _speaker_label(text: str, start: int, end: int) -> bool:
    """The word is a speaker's label: at its line's start (maybe after a time or a bullet) or after a
    semicolon, then a colon and what was said: a quotation, or a pronoun or a verb of saying among
    its first words ("арман: мен келіспеймін"; not "Тақырып: арман", "мақсат: зорлық туралы
    сөйлесу", "- сезім: ашу")."""
    label = _LABEL_AFTER.match(text, end)
    if label is None or text[start:end].casefold() in union("label_words"):
        return False
    said = text[label.end() : label.end() + 60]
    if said[:1] not in "«\"“„'‘—–-" and not any(
        w.casefold() in union("speaker_cues") for w in _SAID_WORD.findall(said.split("\n", 1)[0])[:6]
    ):
        return False
    reach = max(0, start - 40)
    line = text.rfind("\n", reach, start)
    before = text[line + 1 : start] if line >= 0 or reach == 0 else ""
    if line >= 0 or reach == 0:
        if LINE_OPENING.fullmatch(before):
            return True
    else:
        before = text[reach:start]
    return before.rstrip().endswith(";")


_WHO_ASKING = frozenset({"kim", "ким", "кім", "кӣ"})
""""Who" in Kazakh, Kyrgyz, Uzbek and Tajik: opening a question of those languages, no name."""
_QUESTION_END = re.compile(r"[^.!?\n]{0,120}\?")


def _asks_in_the_region(text: str, after: Token | None) -> bool:
    """The sentence from ``after`` on is a question of a language of the region: a letter of Kazakh,
    Kyrgyz, Uzbek or Tajik in it, or ``after`` no Russian nor English word ("Ким пришёл?" may ask
    about Ким)."""
    question = _QUESTION_END.match(text, after.start) if after is not None else None
    if after is None or question is None:
        return False
    if any(c in _REGION_LETTERS for c in question.group()):
        return True  # "Кӣ дар хона қарор қабул мекунад?": a Tajik letter in the question
    lower = after.text.casefold()
    if _is_latin(lower):
        return lower not in lexicon.english_words()
    return not lexicon.russian(lower)[0]


_WHO = frozenset({"kim", "kimdir", "kimde", "кім", "кімде"})
""""Who" in Kazakh and Uzbek, in lower case: no name (not the Cyrillic "ким": the surname Ким in a
lower-case note; Ким, Kim capitalised are surnames)."""

_FIRST_PERSON_QUOTED = re.compile(r"[ \t]*:[ \t]*[«\"“„'‘][ \t]*(?P<word>[^\W\d_][\w’']*)")


def _first_person_quoted(text: str, end: int) -> bool:
    """A colon, a quotation mark, then "I" or "we" of any profile ("Вера: «я боюсь»", "Hope: "I'm
    scared"", "Бақыт: «мен …»")."""
    quoted = _FIRST_PERSON_QUOTED.match(text, end)
    if quoted is None:
        return False
    first = quoted.group("word").casefold()
    return first in _FIRST_PERSON or first.split("'")[0] in _FIRST_PERSON


_FIRST_PERSON = frozenset(
    {
        "я",
        "мы",
        "мен",
        "біз",
        "биз",
        "men",
        "biz",
        "ман",
        "мо",
        "i",
        "we",
        "мне",
        "меня",
        "маған",
        "мага",
        "menga",
    }
)


def _told_in_english(words: list[tuple[int, int, str]], index: int) -> bool:
    """ "spoke with max", "talked to will", "asked max": a verb of talking or telling before it."""
    if index == 0 or not _is_latin(words[index][2]):
        return False
    verbs = profile("en").companion_verbs
    before = words[index - 1][2].casefold()
    if before in verbs:
        return True
    return before in _ENGLISH_TO and index >= 2 and words[index - 2][2].casefold() in verbs


_PATRONYMIC = re.compile(
    r"(?:ұлы|улы|қызы|кызы|уулу|ович|евич|овна|евна|uly|ulı|uulu|ulu|qyzy|qızı|kyzy|qizi|ovich|evich|ovna|evna)$"
)
_FAMILY = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ov|ova|ev|eva|yev|yeva)$")
_PATRONYMIC_OR_FAMILY = re.compile(f"(?:{_PATRONYMIC.pattern[3:-2]}|{_FAMILY.pattern[3:-2]})$")


def _family_name(word: str) -> bool:
    """A patronymic or a family name, capitalised or not ("серікқызы", "ахметова", "Petrov"), that no
    dictionary reads as a word ("готов" is ready)."""
    lower = word.casefold()
    if _glued_family_name(lower):
        return True
    if _is_latin(lower):
        lower = kazakh_spellings.marks_as_2018(lower)  # "ábilūly", "serikqyzy" in the 2021 alphabet
    endings = endings_for(_is_latin(lower))
    for cut in range(len(lower) - 1, 4, -1):  # "ахметовамен", "ábilulyna": a case ending after it
        if skeleton(lower[cut:]) in endings and _PATRONYMIC_OR_FAMILY.search(lower, 0, cut):
            lower = lower[:cut]
            break
    patronymic = _PATRONYMIC.search(lower)
    if patronymic is not None and patronymic.start() >= 3:
        return not _a_word(lower)
    family = _FAMILY.search(lower)
    if family is None or family.start() < 3:
        return False
    if _is_latin(lower):
        return lower not in lexicon.english_words()
    known, name_p, _place = lexicon.russian(lower)
    return name_p >= 0.5 if known else not _any_kazakh_word(lower)


_GLUED = re.compile(
    r"(?:ұлы|улы|қызы|кызы|уулу|ович|евич|овна|евна|ыч|ов|ова|ев|ева|ёв|ёва|зода|заде"
    r"|uly|ulı|uulu|qyzy|kyzy|qızı|ovich|evich|ovna|evna|ov|ova|ev|eva|zoda|zade)$"
)
"""A patronymic or a family name glued to a first name: -ұлы, -қызы, -uulu, -ович, -овна, -ыч
(иваныч), -ов(а), -ев(а), -зода."""


def _a_russian_surname(word: str) -> bool:
    """The Russian dictionary reads ``word`` (lower case) as a surname more than as anything else
    ("беляев", "литвиненко")."""
    if not word or _is_latin(word):
        return False
    known, name_p, _place = lexicon.russian(word.casefold())
    return known and name_p >= 0.5


_BAI = ("bai", "bek", "ba")
"""-бай, -бек before -ов/-ев (-баев, -беков): a surname's whatever its stem; the Kazakh list holds
surnames of that shape too ("жұмабаев")."""
_FAMILY_ENDS = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ov", "ova", "ev", "eva")


@lru_cache(maxsize=50_000)
def _glued_family_name(lower: str) -> str:
    """The key of a lower-case word that is a listed first name with a patronymic's or a family
    name's ending glued on, maybe with a case ending after it ("ерланұлы", "асанқызы", "bakytuulu",
    "нурлановича", "ерлановну", "nurbekov", "rahimzoda"), or any stem of four letters with a
    patronymic's ending or -баев/-беков ("тлеубаев", "жаксылыкулы"), where no dictionary reads a
    word ("романов", "алмазов" are novels and diamonds); "" otherwise."""
    if len(lower) < 6 or "-" in lower:
        return ""
    latin = _is_latin(lower)
    if latin:
        lower = kazakh_spellings.marks_as_2018(lower)  # "erlanūly": the 2021 alphabet's ұ is 2018's u
    endings = endings_for(latin)
    names = first_names()
    for cut in range(len(lower), 4, -1):
        if cut < len(lower) and skeleton(lower[cut:]) not in endings:
            continue
        core = lower[:cut]
        suffix = _GLUED.search(core)
        if suffix is None:
            continue
        stem = core[: suffix.start()]
        shape = skeleton(stem)
        family = suffix.group().endswith(_FAMILY_ENDS)
        # "сергеевич" is Сергей's son, "nikolaevna" Nikolai's daughter
        known = len(shape) >= 3 and (shape in names or skeleton(stem + ("y" if latin else "й")) in names)
        # a patronymic's ending, or -бай/-бек before -ов, is a name's whatever its stem ("тлеубаев")
        shaped = len(shape) >= 4 and (not family or shape.endswith(_BAI))
        shaped = shaped and suffix.group() != "ыч"  # "иваныч" only of a known name
        if known or shaped:
            # the Kazakh list holds patronymics ("сергеевич", "омарханұлы"): it speaks only of -ов, -ев
            if _a_word(lower) or (family and not shape.endswith(_BAI) and _any_kazakh_word(lower)):
                return ""
            return skeleton(core)
    return ""


@lru_cache(maxsize=50_000)
def _surname_stem(word: str) -> str:
    """The surname inside ``word`` followed by endings of the region ("Сапаровтар" -> "Сапаров")."""
    endings = endings_for(_is_latin(word))
    for cut in range(len(word) - 1, 4, -1):
        if skeleton(word[cut:]) in endings and SURNAME.match(word[:cut]):
            return word[:cut]
    return ""


def _blank(text: str, start: int, end: int, allowed: str) -> bool:
    return 0 <= end - start <= 4 and not text[start:end].strip(" " + allowed)


_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_REGION_LETTERS = _KAZAKH_LETTERS | frozenset("ӣӯҷҳўӢӮҶҲЎ")
"""The letters of Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic that Russian has not."""


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most 80 characters either side."""
    begin = max(0, start - 80)
    stop = min(len(text), end + 80)
    for mark in ".!?\n":
        at = text.rfind(mark, begin, start)
        if at >= 0:
            begin = max(begin, at)
        at = text.find(mark, end, stop)
        if at >= 0:
            stop = min(stop, at)
    return begin, stop


def _russian_around(text: str, start: int, end: int) -> bool:
    """The sentence around a word is Russian: Cyrillic, without the letters of Kazakh."""
    begin, stop = _sentence_bounds(text, start, end)
    part = text[begin:stop]
    if any(c in _KAZAKH_LETTERS for c in part):
        return False
    cyrillic = [w for w in re.findall(r"[а-яёА-ЯЁ]+", part) if len(w) > 2]
    if len(cyrillic) < 3 or sum(c.isascii() and c.isalpha() for c in part) * 2 > sum(map(len, cyrillic)):
        return False
    # Kazakh without its own letters ("ер адам жыламайды") reads as Russian only by the dictionary
    return sum(lexicon.russian(w.casefold())[0] for w in cyrillic) * 2 >= len(cyrillic) + 1


_SHORT_CASES = (
    ("oi", "a"),
    ("ou", "a"),
    ("ei", "a"),
    ("i", "a"),
    ("e", "a"),
    ("u", "a"),
    ("om", ""),
    ("em", ""),
    ("a", ""),
    ("u", ""),
    ("e", ""),
)
"""Russian case endings, as skeletons, of a name in -а/-я (Вика: вики, вике, вику, викой; Катя: кати,
катю, катей) and of one in a consonant (Диас: диаса, диасу, диасом, диасе), each with what the
name's own form ends with."""


def _short_name_base(shape: str, names: frozenset[str]) -> str | None:
    """The listed name of a three-letter stem that the skeleton is a Russian case form of."""
    for ending, vowel in _SHORT_CASES:
        stem = shape[: -len(ending)]
        if shape.endswith(ending) and len(stem) == 3 and stem + vowel in names:
            return stem + vowel
    return None


def _another_russian_word(lower: str, base: str) -> bool:
    """The Russian dictionary reads ``lower`` mostly as a word other than a noun ("жила": lived,
    "сама", "пятью"), or only as a noun whose dictionary form is not the name ``base`` ("жильём":
    жильё); not "диасу" (read as a noun "диас"), "вики", "лену" (a name among the readings)."""
    readings = lexicon.russian_readings(lower)
    if not readings:
        return False
    if sum(score for pos, _form, score in readings if pos != "NOUN") > 0.3:
        return True
    return lexicon.russian(lower)[1] == 0 and all(skeleton(form) != base for _pos, form, _s in readings)


@cache
def _short_case_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The Russian words after which (a person's preposition, a relative, a thing a person owns) and
    before which (a verb of telling or contacting, what is done to a person) a name stands."""
    ru = profile("ru")
    before = ru.person_before | _PERSON_PREPOSITIONS | frozenset(ru.kin) | ru.owned_after | ru.person_nouns
    after = ru.person_after | ru.oblique_after | ru.speech | frozenset(ru.contacting)
    return frozenset(before), frozenset(after) - union("conjunctions")


def _russian_sentence(text: str, start: int, end: int) -> bool:
    """The sentence around a word is Russian, however short: none of its letters is of Kazakh,
    Kyrgyz, Tajik or Uzbek only, and most of its other Cyrillic words the Russian dictionary knows
    ("илья смутился"; not "эркек деген ким", "дар бораи фишор")."""
    begin, stop = _sentence_bounds(text, start, end)
    if _REGION_LETTERS & set(text[begin:stop]):
        return False
    others = re.findall(r"[а-яёА-ЯЁ]{2,}", text[begin:start] + " " + text[end:stop])
    known = sum(lexicon.russian(w.casefold())[0] for w in others)
    return bool(others) and known * 2 >= len(others) + 1


def _kazakh_around(text: str, start: int, end: int) -> bool:
    """The sentence around a word is Kazakh: of its other lower-case words, those with a letter of
    Kazakh are at least one, and as many as the Russian ones."""
    begin, stop = _sentence_bounds(text, start, end)
    others = [w for w in re.findall(r"[^\W\d_]{2,}", text[begin:start] + " " + text[end:stop]) if w.islower()]
    kazakh = sum(1 for w in others if any(c in _KAZAKH_LETTERS for c in w))
    return kazakh > 0 and kazakh >= sum(1 for w in others if _a_russian_word(w))


def _a_russian_word(word: str) -> bool:
    """A word without the letters of Kazakh that the Russian dictionary knows."""
    return not any(c in _KAZAKH_LETTERS for c in word) and lexicon.russian(word.casefold())[0]


def _english_around(text: str, start: int, end: int) -> bool:
    """The sentence around a word is English: most of its other words are English words."""
    begin, stop = _sentence_bounds(text, start, end)
    others = [w.casefold() for w in re.findall(r"[A-Za-z]{2,}", text[begin:start] + " " + text[end:stop])]
    return len(others) >= 3 and sum(w in lexicon.english_words() for w in others) * 3 >= len(others) * 2


@cache
def _place_abbreviations() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in cue_phrases("small_places") if w.endswith("."))


_SPACED_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’]*)")


def before_a_place_word(text: str, end: int) -> bool:
    """A village's, a neighbourhood's or a district's word right after ``end`` ("Oydin mahallasida",
    "Ақсу ауылы", "Yunusobod tumani"): the word before it names the place, though a person of the
    note has that name ("Oydin opa")."""
    following = _SPACED_NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1).casefold()
    return word in _place_words() and not _BARE_PLACE.fullmatch(word)


_BARE_PLACE = re.compile(
    r"(?:ауыл|айыл|aýyl|auyl|аул|aul|qishloq|қишлоқ|кишлак|кыштак|mahalla|маҳалла|махалла|ovul|овул|деҳа"
    r"|kent|кент|район|аудан|aýdan|tuman|туман)"
    r"(?:да|де|та|те|дан|ден|тан|тен|ға|ге|қа|ке|га|ка|дағы|дегі|дагы|даги|da|de|ta|te|dan|den|tan|ten|ǵa|ge"
    r"|qa|ke|ga|ka|daǵy|degi|dagi|dagy)?"
)
"""A village's word without the possessive ("ауылда", "qishloqda"): where someone is, after a
person ("Ерлан ауылда тұрады"), not a place's name with its word ("Ақсу ауылы", "Oydin mahallasida")."""


def _place_cue(first: Token | None, second: Token | None, text: str) -> bool:
    """ "село Жанажол", "с. Акжар", "Қызылжар ауылы": one of the two is a place word right beside
    the other. "с Ерболом" (a preposition, no dot) and "Kairat (school director)" are not."""
    if first is None or second is None:
        return False
    gap = text[first.end : second.start]
    for cue, other in ((first, True), (second, False)):
        word = cue.text.casefold()
        if word in _place_abbreviations() and other:
            if gap.strip() == ".":
                return True
            continue
        if word in _place_words() and not gap.strip():
            return True
    return False


_MY_YOUR = re.compile(
    r"(?:ым|ім|ымыз|іміз|ym|im|ymyz|imiz)"
    r"(?:а|е|ға|ге|ды|ді|ны|ні|да|де|дан|ден|нан|нен|ның|нің|дың|дің|мен|a|e|ǵa|ge|dy|di|ny|ni|da|de|dan|den"
    r"|nan|nen|nyń|niń|dyń|diń|men)?$"
)
"""The Kazakh endings for "my" and "our", maybe with a case (арманым, арманымға, armanymyz); not the
third person's ("Ақжолымен", "Ақжолын"), nor "your" (-ың is also the genitive: "Бақыттың")."""


_MINE = re.compile(r"[^\W\d_]{2}(?:м|m)(?:ыз|із|из|уз|үз|yz|iz|ız)?(?:[^\W\d_]{1,4})?$")
"""A word with the possessive of "my" or "our" (-м, -ым, -ім, -ум, -үм, -im, -ımyz), maybe with a case
after it, as it stands after "менің", "mening", "менин" (my): "ерікім", "umidim", "ойымша"."""


_WORD_BEFORE_GAP = re.compile(r"([^\W\d_]+) $")


def mine_after_my(text: str, start: int, word: str) -> bool:
    """A lower-case word with the possessive of "my" or "our", right after "менің", "mening", "менин" or
    another possessive pronoun: a thing of mine ("менің ерікім жоқ": I have no will), never a person."""
    if not word[:1].islower() or not _MINE.search(word.casefold()):
        return False
    before = _WORD_BEFORE_GAP.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).casefold() in union("possessives")


@lru_cache(maxsize=10_000)
def _an_adjective(lower: str) -> bool:
    """The dictionary's first reading of the Russian ``lower`` is a full adjective ("настоящий",
    "каждый")."""
    readings = lexicon.russian_readings(lower)
    return bool(readings) and readings[0][0] == "ADJF"


def is_made_from_a_numeral(word: str) -> bool:
    """A Kyrgyz collective numeral or a Tajik ordinal or superlative ("Экөөнү", "Аввалин", "Беҳтарин")."""
    return _NUMBER_WORD.search(word.casefold()) is not None


_NEXT_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’]*)")
_DASH_NEXT = re.compile(r"[ \t]*[—–-][ \t]+")
_IN_A_LANGUAGE = re.compile(
    r"[ \t]+(?:по-[а-яё]+ски|in[ \t]+[A-Z][a-z]+|на[ \t]+[а-яё]+ом(?:[ \t]+языке)?"
    r"|[а-яёәғқңөұүһі]+(?:ша|ше|ча|че)|[a-z'ʻ‘]+(?:cha|sha)"
    r"|[а-яёәғқңөұүһі]+[ \t]+(?:тіліндегі|тилинде)|[a-z'ʻ‘]+[ \t]+tilida)(?=[ \t])",
)
"""A language named between a word and what it means: "по-казахски", "in Kazakh", "на таджикском",
"қазақша", "o'zbekcha", "қазақ тіліндегі", "o'zbek tilida"."""
_IN_HONOUR = re.compile(r"(?:в[ \t]+честь|in[ \t]+honou?r[ \t]+of|named[ \t]+after)[ \t]+\Z", re.IGNORECASE)
_FROM_A_WORK = re.compile(r"[ \t]+(?:из|from)[ \t]+([«\"“]?)([^\W\d_][\w'’-]*)")


def _a_figure_of_a_work(text: str, start: int, end: int) -> bool:
    """A name "from" a work (a book, an epic, a film): after "в честь" / "named after" with a
    capitalised word after "из" / "from" ("в честь Фаридуна из Шоҳнома"), or before "из" and a
    public work ("Рустам из Шоҳнома"). A person from a place or a centre ("Айбек из «Сезима»",
    "Ерлан из Алматы") is none: no honour before, no public work after."""
    work = _FROM_A_WORK.match(text, end)
    if work is None or not work.group(2)[:1].isupper():
        return False
    if _IN_HONOUR.search(text, max(0, start - 24), start):
        return base_of(work.group(2), places()) is None  # "в честь Ерлана из Алматы": a man from a town
    return base_of(work.group(2), lexicon.public_people_for(work.group(2)), min_inflected=3) is not None


_IN_THE_WORK = re.compile(
    r"[ \t]+(?:(?P<there>там|there)|в[ \t]+(?:книге|фильме|повести|романе|сериале|рассказе)"
    r"|in[ \t]+the[ \t]+(?:book|film|movie|novel|story|series)"
    r"|kitobda|filmda|кітапта|фильмде|китепте|тасмада)(?![\w'])",
    re.IGNORECASE,
)
_QUOTED_TITLE_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]*[«\"“„]")


def _a_character_there(text: str, start: int, end: int) -> bool:
    """A name right before "in the book / film" ("Данияр в книге …", "kitobda"), or before "там"
    (there) when a title read or watched stands quoted earlier in the note, within 200 characters
    ("прочитал «Джамилю» … «Данияр там единственный …»"): a character of the work, no person."""
    found = _IN_THE_WORK.match(text, end)
    if found is None:
        return False
    if not found.group("there"):
        return True
    things = union("titled_things")
    return any(
        m.group(1).casefold() in things
        for m in _QUOTED_TITLE_BEFORE.finditer(text, max(0, start - 200), start)
    )


_MEANING = re.compile(r"[ \t]*[—–-][ \t]+([^\W\d_A-ZА-ЯЁ][\w'’ʻ‘]{3,})[ \t]*,")


def _meaning_discussed(text: str, end: int) -> bool:
    """A word heading a sentence, a dash, a lower-case word and a comma, and that word again later in
    the sentence ("Zafar — g'alaba, lekin bu yerda g'alaba kimga?"): the heading's meaning given and
    discussed, the heading a word."""
    found = _MEANING.match(text, end)
    if found is None:
        return False
    stop = _SENTENCE_END.search(text, found.end(), found.end() + 200)
    reach = stop.start() if stop else min(len(text), found.end() + 200)
    meaning = found.group(1)
    at = text.find(meaning, found.end(), reach)
    return (
        at >= 0
        and not text[at - 1 : at].isalpha()
        and not text[at + len(meaning) : at + len(meaning) + 1].isalpha()
    )


def _heading_repeated_lower(text: str, start: int, end: int) -> bool:
    """A name-word that is also a word (``name_words``) heading a sentence before a dash, and the same
    word typed again in lower case opening a quotation within 200 characters after it ("Мейірім —
    Бекзат плакатқа жазды: «мейірім бақылау емес»"): the topic heading the note, no person ("Бақыт —
    бүгін келмеді, бақыт емес" is Бақыт: the word again, but no quotation opens with it)."""
    word = text[start:end]
    if skeleton(word) not in name_words(_is_latin(word)):
        return False
    lower = word.casefold()
    reach = min(len(text), end + 200)
    at = text.find(lower, end, reach)
    while at >= 0:
        if text[at - 1 : at] in _OPEN_QUOTES and text[at : at + 1].islower():
            return True
        at = text.find(lower, at + 1, reach)
    return False


_OPEN_QUOTES = frozenset("«\"“„'‘")
_WORD_WORDS = re.compile(
    r"(?<![\w'])(?:word|words|слово|слова|слов|сөз|сөзі|сөздің|so'z|so'zi|сўз|калима|калимаи|сөзү)(?![\w'])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _a_word_discussed(text: str, start: int, end: int) -> bool:
    """A virtue's name (the profiles' ``abstract_names``: Grace, Hope, Вера) heading its sentence
    before a dash, the sentence then speaking of a word ("… there's no kyrgyz word like it", "… такого
    слова нет"): the word discussed, no person."""
    if text[start:end].casefold() not in union("abstract_names"):
        return False
    stop = _SENTENCE_END.search(text, end, end + 300)
    return _WORD_WORDS.search(text, end, stop.start() if stop else min(len(text), end + 300)) is not None


_NAMED_SO = re.compile(
    r"[ \t]*[—–-][ \t]*(?:вот[ \t]+)?так[ \t]+(?:и[ \t]+)?(?:называ|назва)\w*", re.IGNORECASE
)
"""A dash, then "так называлась/называется/назвали": the word before is the name the thing had."""
_WORD_BEFORE_MARK = re.compile(r"([^\W\d_][\w'’]*)[ \t]*[:—–=-]?[ \t]*\Z")
_RUSSIAN_IN = frozenset({"в", "во", "v", "vo"})
_MY = frozenset(
    {"my", "мой", "моя", "моё", "мое", "menin", "менің", "meniń", "mening", "менин", "mani", "мани"}
)
""""My" before a word: "my arman is …" is my dream ("our Timur said", "наш Слава" are people)."""


def spoken_of(text: str, start: int, end: int) -> bool:
    """The name-word ``text[start:end]`` is the word itself, spoken of, not a person: before a word
    that speaks of it ("Нурлан значит свет", "«Арман деген — мақсат»", "umid means hope"); a listed
    name that is also a word opening a sentence inside a quotation before a dash that defines it
    ("«Бақыт — отбасы»", "… «Мейір — это когда …»"); after "my" ("my arman is …", "мой бакыт"),
    after a word of meaning ("his name means nur", "мағынасы — бақыт"); in the Russian "в" with no
    case ending ("v islam uvazhayut": in Islam); a feast's name after a word of time ("born on
    Nowruz": the profiles' ``feast_before``); a capitalised name after a title of history or legend
    ("the hero Rustam", "царь Искандар": public.yaml ``figure_titles``)."""
    word = text[start:end]
    shape = skeleton(word)
    # a listed name as it is, no case ending: "Бақыттың сөзі" (Бақыт's words) is a person's
    plain = shape in list_names()
    if word[:1].isupper() and _a_figure_of_a_work(text, start, end):
        return True  # "назвали в честь Фаридуна из Шоҳнома": the epic's hero, though a participant's name
    language = _IN_A_LANGUAGE.match(text, end)  # "Арман по-казахски означает …", "Umid in Uzbek means"
    following = _NEXT_WORD_AFTER.match(text, language.end() if language else end)
    initial = starts_sentence(text, start)
    if plain and initial and _NAMED_SO.match(text, end):
        return True  # "Умед — так называлась наша игра": the name of a thing, given by the writer
    if word[:1].isupper() and _a_character_there(text, start, end):
        return True  # "прочитал «Джамилю» … «Данияр там единственный …»": the story's hero
    if (
        initial
        and _DASH_NEXT.match(text, end)
        and (
            _meaning_discussed(text, end)  # "Zafar — g'alaba, lekin bu yerda g'alaba kimga?": its meaning
            or _heading_repeated_lower(text, start, end)  # "Sabr — Aziz dedi: «sabr qizga kerak»": a topic
            or _a_word_discussed(text, start, end)  # "Grace - Aizhan said there's no kyrgyz word like it"
        )
    ):
        return True  # a heading before a dash that the sentence speaks of as a word
    if plain and following is not None and following.group(1).casefold() in union("word_cues"):
        person = _NEXT_WORD_AFTER.match(text, following.end())  # "сабыр деген бала": a boy called Сабыр
        if person is not None and person.group(1).casefold() in union("nickname_persons"):
            return False
        return word.islower() or initial
    if (
        plain
        and initial
        and _DASH_NEXT.match(text, end)
        and shape in name_words(_is_latin(word))
        and _quoted(text, start)  # "Роман — тихий парень" unquoted: said of a person
    ):
        return True
    before = _WORD_BEFORE_MARK.search(text, max(0, start - 40), start)
    if before is None:
        return False
    joined = before.end(1) == start - 1  # one space between
    if joined and shape in union("feast_names") and before.group(1).casefold() in union("feast_before"):
        return True  # "born on Nowruz", "на Навруз": the feast, though a boy's name too
    if joined and word[:1].isupper() and skeleton(before.group(1)) in lexicon.figure_titles():
        return True  # "the hero Rustam", "царь Искандар": a figure of history or legend
    if not word.islower():
        return False
    previous = before.group(1).casefold()
    return (
        (joined and previous in _MY)
        or previous in union("meaning_before")
        or (joined and previous in _RUSSIAN_IN and plain)
    )


_QUOTE_REACH = 400
"""Characters back on its line that a quotation around a word is looked for in (a long note may hold
no line break)."""


def _quoted(text: str, start: int) -> bool:
    """``start`` is inside a quotation opened earlier on its line ("«Моё имя значит счастье. Бакыт —
    это …»", "Ерлан: «Жеңіс — …»"): more quotation marks open than close before it (a straight
    quote or an apostrophe opens when nothing is open; not one inside a word)."""
    reach = max(0, start - _QUOTE_REACH)
    line = text[text.rfind("\n", reach, start) + 1 or reach : start]
    depth = 0
    for at, char in enumerate(line):
        if char in "'’" and 0 < at < len(line) - 1 and line[at - 1].isalpha() and line[at + 1].isalpha():
            continue  # "don't", "qo'shiq": an apostrophe inside a word
        if char in "«“„" or (char in "\"'" and depth == 0):
            depth += 1
        elif char in "»”" or (char in "\"'’" and depth > 0):
            depth = max(0, depth - 1)
    return depth > 0


def _my_word(word: str, base: str) -> bool:
    """A lower-case name-word with "my" on it is the word: a person is not "my Арман"."""
    mine = _MY_YOUR.search(word.casefold())
    return (
        mine is not None
        and mine.start() >= 3
        and base in name_words(_is_latin(word)) | name_words(not _is_latin(word))
        and skeleton(word[: mine.start()]) == base
    )


_LOCATIVES = frozenset({"da", "de", "ta", "te", "do", "to"})
"""Skeletons of the Turkic locative ending (-да, -де, -та, -те; Kyrgyz -до, -дө, -то, -тө): a word in it
says where something is, so before a verb it is never the verb's subject ("бозорда ишлайди": he works
at the bazaar, not Бозор works)."""


_HIS = re.compile(
    r"(?:ы|і|сы|сі|y|i|ı|sy|si|sı)"
    r"(?:н|на|не|нда|нде|нан|нен|ның|нің|мен|n|na|ne|nda|nde|nan|nen|nyń|niń|men)?$"
)
"""The Kazakh third person's possessive, maybe with a case ("арманы", "armanyn", "сұлтаны"): a name
takes "-ды", "-ны", "-ты" for its accusative, never a bare "-ы" after a consonant."""


def _possessed(word: str, base: str) -> bool:
    """A lower-case name-word with a possessive on it is the word ("менің арманым", "óz armanyn
    jazdy", "үйінің сұлтаны"): a person is not "my Арман" nor "his Арман"."""
    if not base or _my_word(word, base):
        return bool(base)
    his = _HIS.search(word.casefold())
    return (
        his is not None
        and his.start() >= 3
        and word[his.start() - 1 : his.start()].casefold() not in "aeiouаеиоуыіәөұүэюяáóúıý"
        # "qairattyn", "nurlannyn": a doubled consonant is the genitive's (-тың, -ның) in ASCII
        and not _doubled(word.casefold(), his.start())
        and base in name_words(_is_latin(word)) | name_words(not _is_latin(word))
        and skeleton(word[: his.start()]) == base
    )


def _doubled(lower: str, end: int) -> bool:
    return end >= 2 and lower[end - 2] == lower[end - 1]


@cache
def _grammar_words() -> frozenset[str]:
    return union("subject_fillers") | union("conjunctions") | union("word_after") | union("person_after")


def _function_or_person_word(word: str, base: str) -> bool:
    """A word of the profiles' grammar ("әлі" still, "men" and) or a word for a person ("адам", "ер"):
    no name, whatever follows it."""
    lower = word.casefold()
    return (
        lower in _grammar_words()
        or base in _person_nouns()
        or lower in _kin_nouns()
        or base_of(word, _person_nouns(), min_inflected=3) is not None
    )


_AGE_AFTER = re.compile(
    r"[ \t]*[,(–—-]?[ \t]*\d{1,2}[ \t]*-?[ \t]*(?:лет|года?|годик\w*|сола\w*|сол\b|years?\b|y\.?o\b|"
    + "|".join(re.escape(w) for w in cue_phrases("ages"))
    + r")|[ \t]*[,(–—-]?[ \t]*(?:19|20)\d\d[ \t]*(?:"
    + "|".join(re.escape(w) for w in birth_phrases("after"))
    + r")",
    re.IGNORECASE,
)
"""An age right after a word ("Роман, 14 лет", "Бақыт 16 жаста", "Умед 15 сола", "Mark, 17 years"),
or a year of birth ("Славик 2008 г.р."): the word is a person."""
_TAJIK_PLURAL = re.compile(r"ҳо(?:и|ро|е|ям|яш|ят|ямон|ятон|яшон)?$")
"""The Tajik plural, maybe with the izafe, a case or a possessive: no name takes it."""
_COUNTED = (
    "нафар",
    "nafar",
    "kishi",
    "киши",
    "кісі",
    "kisi",
    "чел",
    "человек",
    "адам",
    "adam",
    "odam",
    "одам",
    "марта",
    "marta",
    "рет",
    "ret",
    "жолу",
    "раз",
    "дона",
    "dona",
    "минут",
    "мин",
    "min",
    "soat",
    "саат",
    "сағ",
    "час",
    "сом",
    "so'm",
    "сўм",
    "сум",
    "тенге",
    "теңге",
    "teńge",
    "сомонӣ",
    "сомони",
    "%",
    "январ",
    "феврал",
    "март",
    "апрел",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
)
"""Words after a number that count something or name a month: the number is no age."""


_NUMBER_AFTER = re.compile(
    r"[ \t]*,?[ \t]*\d{1,2}(?!\d)(?![.:/]\d)(?![ \t]*-?[ \t]*(?:"
    + "|".join(re.escape(w) for w in sorted({*birth_phrases("months"), *_COUNTED}, key=len, reverse=True))
    + r"))",
    re.IGNORECASE,
)
"""One or two digits after a word, not a date, a time or a count ("Davomat 26-mart", "Кочкор, 15.03",
"Ҳамагӣ 6 нафар": the word is no person before its age)."""


_BEFORE_A_WORD = re.compile(r"(\d{1,3}|[^\W\d_]+)[ \t]+\Z")


def _counted(text: str, start: int) -> bool:
    """A number (digits, or a numeral, an ordinal or a word that counts: the profiles' ``numerals``)
    right before ``start``: the word there is what is counted ("birinchi marta", "екі жеңіс")."""
    before = _BEFORE_A_WORD.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1).casefold()
    return word.isdigit() or word in union("numerals")


_AMOUNT = re.compile(r"(?<![\w:./,-])\d{1,3}(?:[ \u00a0.,]?\d{3})*[ \u00a0]+\Z")
_NO_LABEL = re.compile(r"[ \t]*:")


def an_amount_before(text: str, start: int, end: int) -> bool:
    """A number (no time, date or part of a phone: nothing but a space before its digits) right
    before a lower-case word that labels no line: the word is what is counted, a currency or a
    unit ("300 сомонӣ", "5000 тенге", "20 somoni"), no person, whatever name it spells."""
    return _AMOUNT.search(text, max(0, start - 16), start) is not None and not _NO_LABEL.match(text, end)


_HEADING_AFTER = re.compile(r"[ \t]*:(?![ \t]*[«\"“„'‘—–-])[ \t]*(?P<next>[^\W_]*)")


def _a_heading(text: str, end: int) -> bool:
    """A colon after the word, then no quotation, dash or word that says something was said (the
    profiles' ``speaker_cues``): the word heads a line ("Максат: апрелде …"), it is no speaker
    ("Максат: «атам …»", "Тилек: мен макул эмесмин")."""
    found = _HEADING_AFTER.match(text, end)
    return found is not None and found.group("next").casefold() not in union("speaker_cues")


_PLURAL_NOUN = re.compile(
    r"(?P<stem>[^\W\d_]{3,}?)(?:лар|лер|дар|дер|тар|тер|лор|лөр|дор|дөр|тор|төр|lar|ler|dar|der|tar|ter|ҳо)"
    r"|(?P<long>[^\W\d_]{4,}?)он"
)
_VERB_STEM = re.compile(
    r"(?:di|ti|dy|ty|ди|ти|ды|ді|ты|ті|ду|дү|ту|тү|gan|ган|ған|ген|kan|qan|кан|қан|moqda|моқда)$"
)
"""A stem that is a verb's form: "keldilar" (they came), "келишкен"; its plural is the verb's."""


def plural_noun(word: str) -> bool:
    """A lower-case word in the Turkic plural ("йигитлар", "qatysýshylar", "балдар") or the Tajik one
    ("дӯстон", "бачаҳо"), no verb's ("keldilar") nor an honorific's or a relative's ("ағалар",
    "акалар": a name and the people with that person). A name-word right before one is its
    adjective, no person: a name is not followed by a plural it does not belong to."""
    lower = word.casefold()
    found = _PLURAL_NOUN.fullmatch(lower)
    if found is None:
        return False
    stem = found.group("stem") or found.group("long")
    shape = skeleton(stem)
    if found.group("long") and shape not in _persons_of_tajik_plurals():
        return False  # "телефон", "осон": -он makes a plural of a person's word only ("дӯстон", "мардон")
    return not (
        _VERB_STEM.search(stem) or shape in union("honorifics") or shape in _relative_stems_of_plurals()
    )


@cache
def _regional_person_nouns() -> frozenset[str]:
    """The words for a person of the region's languages, as skeletons ("адам", "adam", "бала"), less
    those that are given names of the region too ("азамат": Азамат is as often a boy as a word; Адам
    is a name of Russian and English lists only)."""
    english = profile("en").person_nouns | profile("ru").person_nouns
    own = frozenset(
        skeleton(f)
        for written, group, _word in lexicon.region_names()
        if group in _GROUPS and group not in ("ru", "ko")
        for f in written
    )
    return frozenset(skeleton(w) for w in union("person_nouns") - english) - own


@cache
def _persons_of_tajik_plurals() -> frozenset[str]:
    """The words for a person and a relative of the Tajik profile, as stems ("дӯст" of "дӯсти")."""
    words = profile("tg").person_nouns | profile("tg").person_before
    return frozenset(skeleton(w) for w in words) | frozenset(_strip_case(skeleton(w)) for w in words)


@cache
def _relative_stems_of_plurals() -> frozenset[str]:
    """Relatives, by their stems ("ұлы", "ука" of "укам"), besides the honorifics: "Ерлан ағалар",
    "Айгүл апалар" are that person and those with her."""
    words = frozenset(cue_phrases("kin")) | union("my_kin")
    return frozenset(_strip_case(skeleton(w)) for w in words) | frozenset(skeleton(w) for w in words)


def _number_follows(text: str, end: int) -> bool:
    """A number of one or two digits follows the word ("Жене 16", "Тимуру 17 лет"): an age."""
    return _NUMBER_AFTER.match(text, end) is not None


_NUMBER_WORD = re.compile(
    r"^(?:эк|үч|төрт|беш|алт|жет|сегиз|тогуз)(?:өө|оо)"
    r"|^(?:як|ду|се|чор|панҷ|шаш|ҳафт|ҳашт|нӯҳ|даҳ)[ую]мин$|^(?:аввал|охир)ин$|^[^\W\d_]{3,}тарин$"
)
"""Words made from numerals and degrees: Kyrgyz collective numerals with any ending ("экөө", "үчөөбүз",
"экөөнү": the two of them), Tajik ordinals in "-умин" ("дуюмин", "аввалин": first, "охирин": last) and
superlatives in "-тарин" ("беҳтарин": the best). Never a person, though "-ин" ends a Russian surname."""


@cache
def _name_nouns_pattern() -> re.Pattern[str]:
    """The profiles' words for a name or a nickname, as whole words, in any letter case."""
    nouns = sorted(union("name_nouns"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, nouns)) + r")(?![\w-])", re.IGNORECASE)


_SAID_A_NAME = re.compile(
    r"(?<![\w-])(?P<word>[^\W\d_][\w'’]*)"
    r"(?:[ \t]+(?:is|was)[ \t]+|[ \t]+-[ \t]*|[ \t]*[=—–][ \t]*|[ \t]+(?=это))"
    r"(?P<between>(?:[^\W\d_]+[ \t]+){0,2})\Z",
    re.IGNORECASE,
)
"""A word, "is" or a dash or "это", two words at most, before a word for a name (read back from it)."""
_OF_AFTER = re.compile(r"[ \t]+(?:of|для)\b", re.IGNORECASE)
_NEGATIONS = frozenset({"not", "no", "never", "не", "нет", "емес", "эмес", "emas", "эмас", "нест", "emes"})
_ENGLISH_DETERMINERS = frozenset({"what", "which", "the", "his", "her", "their", "its", "my", "your", "our"})
_OBJECT_PRONOUNS = frozenset({"его", "её", "ее", "их", "him", "her", "them"})
_OBJECT_AFTER = re.compile(r"[ \t]+(?:его|её|ее|их|him|her|them)(?![\w-])", re.IGNORECASE)
_SO_CALLED_CUE = re.compile(r"[—–-][ \t]*(?:так|so)[ \t]", re.IGNORECASE)


@cache
def _so_called_pattern() -> re.Pattern[str]:
    """A word, a dash, "так"/"so", two words at most, a verb of calling or writing a name (the profiles'
    ``calling_verbs``: "вилл — так ребята пишут", "Boo - so they call")."""
    verbs = "|".join(map(re.escape, sorted(union("calling_verbs"), key=len, reverse=True)))
    return re.compile(
        r"(?<![\w-])(?P<word>[^\W\d_][\w'’]*)[ \t]*[—–-]+[ \t]*(?:так|so)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?"
        rf"(?P<verb>{verbs})(?![\w-])",
        re.IGNORECASE,
    )


def _not_a_name(word: str) -> bool:
    """On the list of words that are never a person, also in the English plural ("Saturdays"); or an
    English contraction ("Don't", "Didn't", "We're", "I'll"), whatever name its first part spells."""
    lower = word.casefold()
    never = lexicon.not_names()
    if _is_latin(word) and _CONTRACTION.search(lower):
        return True
    return lower in never or (_is_latin(word) and lower.endswith("s") and lower[:-1] in never)


_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:re|ve|ll|m|d))$")


_OV_SURNAME = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ov|ova|ev|eva)$")
"""A surname's ending that no word for a person takes: "Кудаев", "Жиенов" (құда, жиен) are people."""


@lru_cache(maxsize=50_000)
def _kazakh_word(lower: str) -> bool:
    """The Kazakh dictionary knows ``lower`` or its stem before an ending ("мектепке", "шұғыл")."""
    if lower in lexicon.kazakh_words():
        return True
    # a listed name is a word only as the dictionary holds it: "жека" is no "жек" + "а"
    return skeleton(lower) not in list_names() and _kazakh_reading(lower)


def _kazakh_reading(lower: str) -> bool:
    """The Kazakh dictionary holds ``lower``, or a stem of it before an ending (no name list asked)."""
    words = lexicon.kazakh_words()
    return lower in words or _held_with_ending(lower, words, endings_for(False))


def _kazakh_skeleton_reading(shape: str) -> bool:
    """The same for a skeleton (a word in the Latin alphabet)."""
    words = lexicon.kazakh_skeletons()
    endings = _all_endings()
    return shape in words or any(
        shape[:cut] in words and shape[cut:] in endings for cut in range(len(shape) - 1, 2, -1)
    )


def _kazakh_plural(lower: str) -> bool:
    """``lower`` is a word of the Kazakh dictionary (three letters at least) in the plural, maybe with
    a case after it ("басқалар", "бастықтар"): a pet name takes no plural."""
    words = lexicon.kazakh_words()
    return any(
        lower[:cut] in words and skeleton(lower[cut:]).startswith(_PLURALS)
        for cut in range(len(lower) - 3, 2, -1)
    )


def _held_with_ending(lower: str, held: frozenset[str], endings: frozenset[str]) -> bool:
    """``lower`` is a word of ``held`` (a stem of three letters at least) and one of ``endings``."""
    return any(
        lower[:cut] in held and skeleton(lower[cut:]) in endings for cut in range(len(lower) - 1, 2, -1)
    )


@lru_cache(maxsize=50_000)
def _kazakh_dictionary_name(lower: str, base: str) -> bool:
    """The Kazakh dictionary holds the listed name ``base`` itself as a word, and ``lower`` is it or
    it with an ending ("алма", "алмаға": an apple). The Kazakh list was written without the older
    name lists' names, so this speaks of the names brought in since."""
    if base not in _older_bases() and (
        _kazakh_skeleton_reading(skeleton(lower)) if _is_latin(lower) else _kazakh_reading(lower)
    ):
        return True  # a name the older list lacks, read as a word and an ending: "тұрсын", "көзімді"
    if _is_latin(lower):  # either alphabet: a skeleton
        shapes = lexicon.kazakh_skeletons()
        return base in shapes and (skeleton(lower) == base or skeleton(lower)[len(base) :] in _all_endings())
    words = lexicon.kazakh_words()
    if lower in words:
        return True
    endings = endings_for(False)
    return any(
        lower[:cut] in words and skeleton(lower[:cut]) == base and skeleton(lower[cut:]) in endings
        for cut in range(len(lower) - 1, 2, -1)
    )


_LIST_NEXT = re.compile(r"(?:\s*,\s*|\s+(?P<conj>[^\W\d_]+)\s+)(?P<word>[^\W\d_]+)")
_PERSON_PREPOSITIONS = frozenset({"с", "со", "у", "к", "ко", "от"})
"""Russian prepositions before a person in a case ("с даниром", "у азамата")."""


def _common_word(word: str, text: str, start: int, end: int) -> bool:
    """The dictionary of the sentence's language reads a lower-case ``word`` as a common word."""
    lower = word.casefold()
    if _is_latin(word):
        return lower in lexicon.english_words()
    known, name_p, _place = lexicon.russian(lower)
    return known and name_p < 0.3


_TO_BE = frozenset({"is", "was", "isn't", "wasn't"})
_DATIVE = re.compile(r"^(?P<stem>[^\W\d_]{3,}?)(?:ға|ге|қа|ке|ga|ge|qa|ke|ǵa)$")


_NEXT_BARE_WORD = re.compile(r"[ \t]+([^\W\d_][^\W\d_'ʻʼ‘’`-]*)")
_WRITERS_VERB = re.compile(
    r"(?:на|не)?[^\W\d_]{3,}(?:[дт][ыіиуүе][мк]|[дт][ыі]қ|[дт]ам|[dt][yiuı][mkq])"
    r"|(?:ме|наме)[^\W\d_]{2,}(?:ам|ем)"
    r"|де[дт][иі][мк]|ded[iı][mk]"  # "дедим", "dedik": "I said", a stem too short for the above
)
"""A verb of the writer, the first person past or present (Kazakh and Kyrgyz "бердік", "айттым",
Uzbek "qildik", "бердим", Tajik "гирифтем", "кардам", "мекунем"): what comes before it bare, at a
sentence's start, is its object or an adverb, never its subject."""
_TOGETHER = re.compile(
    r"(?:экөө|үчөө|екеу|үшеу|ikkov|ikkala|иккови|иккала|ҳарду|ikkimiz|бирге|бірге|birga|бирга|ҳамроҳ)"
)
"""Words of doing something together ("экөөбүз", "екеуміз", "ikkovimiz", "бірге"): a name before
them and a verb of "we" is one of "us"."""
_A_PERSONS_CASE = re.compile(r"(?:[гкқғ][аеоөә]|н[иыіуү]|ро|[gkq][aeo]|ǵa|n[iyı])\Z")
"""The dative or accusative a person takes before a verb ("Зарифбекка бердим", "Азизни кўрдим",
"Аҳмадро дидам"): such a word before the writer's verb may be someone."""
_VERBAL_NOUN = re.compile(r"[^\W\d_']{2,}(?:ш|sh|ан|у|ý|уу|үү)")
"""A bare verbal noun or infinitive ("қилиш", "yozish", "задан", "салу", "shalý", "чалуу"); with
a possessive ending ("келиши", "келуі": his coming) it has a subject, and is not one."""


def object_before_its_verb(word: str, text: str, end: int) -> bool:
    """``word``, ending at ``end``, is in no case a person takes before a verb and is followed by a
    verb of the writer ("Тамос гирифтем") or by a bare verbal noun and a word of need ("Xat yozish
    kerak", "Хабар додан лозим"); or it is a Tajik noun in the izafe before its attribute
    (``_tajik_izafe``)."""
    if _tajik_izafe(word, text, end):
        return True
    if _A_PERSONS_CASE.search(word.casefold()):
        return False
    verb = _NEXT_BARE_WORD.match(text, end)
    if verb is None or not verb.group(1).islower():
        return False
    if _WRITERS_VERB.fullmatch(verb.group(1)):
        return True
    middle = verb.group(1)
    if (
        middle not in union("conjunctions")
        and not _TOGETHER.match(middle)
        and not _A_PERSONS_CASE.search(middle)
    ):
        # one bare word between, the verb's object: "Туура жооп бердим", "Týra jaýap berdim"; not
        # "Asan men bardyq", "Асан экөөбүз бардык" (Asan and I went), "Калыс байкеге чалдым" (I
        # called Kalys aga: an honorific's dative): a person
        writer = _NEXT_BARE_WORD.match(text, verb.end())
        if writer is not None and writer.group(1).islower() and _WRITERS_VERB.fullmatch(writer.group(1)):
            return True
    if not _VERBAL_NOUN.fullmatch(verb.group(1)):
        return False
    need = _NEXT_BARE_WORD.match(text, verb.end())
    return need is not None and need.group(1).casefold() in union("modals")


def _a_wish(text: str, end: int, after: tuple[int, int, str]) -> bool:
    """The word ending at ``end`` is right before the imperative of "to be" of a wish (the profiles'
    ``wish_verbs``: "Саломат бошед", "Omon bo'ling"): what is wished, no one."""
    return after[2].casefold() in union("wish_verbs") and text[end : after[0]] == " "


_GLOSS = re.compile(
    r"(?<![\w'])([^\W\d_A-ZА-ЯЁ][^\W\d_]+)[ \t]*\((?:an? |the |это )?([a-zа-яё]+(?:[ -][a-zа-яё]+)?)\)"
)
"""A lower-case word with its meaning in brackets ("erkin (free)", "one tilek (wish)", "бақыт
(счастье)")."""


def glossed_words(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` the writer translates in brackets into common words of
    English or Russian ("erkin (free)", "bakyt (happiness)"): a word, in that note, wherever it
    stands in lower case. Not a name explained by a name or by a word for a person ("жека (евгений)",
    "aziz (my cousin)", "ali (the new boy)")."""
    return frozenset(gloss.group(1) for gloss in _glosses(text))


def _glosses(text: str) -> list[re.Match[str]]:
    """The glosses of ``glossed_words``: group 1 the word, group 2 its meaning."""
    if "(" not in text:
        return []
    return [gloss for gloss in _GLOSS.finditer(text) if _a_plain_word(gloss.group(2))]


def _a_plain_word(word: str) -> bool:
    """A common word of English or Russian that names no one: no listed first name, no word for a
    person or a relative."""
    shape = skeleton(word)
    if base_of(word, list_names()) is not None and base_of(word, name_words(_is_latin(word))) is None:
        return False
    people = union("person_before") | union("person_nouns") | union("titles") | set(cue_phrases("jobs"))
    if shape in _person_nouns() or shape in _relatives() or word in people or word in cue_phrases("roles"):
        return False
    if _is_latin(word):
        return word in lexicon.english_words() and not _AGENT_NOUN.search(word)
    known, name, _place = lexicon.russian(word)
    return known and name < 0.3 and lexicon.russian_thing(word)[0]


_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent)s?\Z")
"""English nouns of one who does something ("teacher", "intern"'s kin "trainee", "assistant")."""


_REGION_AGENT_NOUN = re.compile(
    r"^[^\W\d_]{3,}(?:чы|чи|чу|чү|шы|ші|chi|shy|shi)"
    r"(?:лар|лер|дар|дер|тар|тер|lar|ler)?(?:га|ге|гө|го|ға|ге|ны|ни|ну|нү|нын|нин|нун|нүн|ның|нің|ga|ni|ning|ǵa|ge|ny|nyń)\Z"
)
"""A Kyrgyz, Kazakh or Uzbek agent noun ("-чы", "-шы", "-chi": a guard, a seller, a driver) with a
case ending: a word for someone by a trade, which a given name never ends like."""
_IZAFE_AFTER = re.compile(r"[ \t]+(?:[a-zа-яёӣӯҳҷқғ][^\W\d_]*|\d)")
_TAJIK_SENTENCE_LETTERS = frozenset("ӣӯҷҳӢӮҶҲ")


def _tajik_izafe(word: str, text: str, end: int) -> bool:
    """A word no list knows, opening a Tajik sentence (one with a Tajik letter within 80 characters)
    in the izafe "-и" before a lower-case word or a number ("Сабти ном", "Рақами 102-ро", "Маркази
    бӯҳронӣ"): a noun with its attribute; a name so joined is a listed one ("Сӯҳроби хурд")."""
    if len(word) < 5 or not word.endswith("и") or not _IZAFE_AFTER.match(text, end):
        return False
    return any(c in _TAJIK_SENTENCE_LETTERS for c in text[max(0, end - 80) : end + 80])


def _told(lower: str, after: Token | None) -> bool:
    """A word in the dative before a verb of telling, calling or writing ("Дәменге айттым", "Аянға
    хабарластым"), whose stem is no word for a person ("Мұғалімге айттым") nor a pronoun."""
    if after is None:
        return False
    dative = _DATIVE.match(lower)
    if dative is None or not after.text.casefold().startswith(cue_phrases("addressee_verbs")):
        return False
    stem = dative.group("stem")
    return (
        stem not in lexicon.not_names()
        and base_of(stem, _person_nouns(), min_inflected=3) is None
        and not _a_word(stem)
        and not _kazakh_word(lower)
    )


def _next_token(text: str, end: int) -> Token | None:
    found = TOKEN.search(text, end, end + 40)
    return Token(found.start(), found.end(), found.group()) if found else None


_QUOTE_AFTER = re.compile(r"\s*:\s*[«\"“„'‘]")
_COPULA_AFTER = frozenset(
    {"болды", "boldy", "boldi", "болған", "bolǵan", "был", "была", "было", "was", "is", "edi", "еді"}
)
_GENITIVE = (
    *("ның", "нің", "дың", "дің", "тың", "тің"),
    # Kyrgyz, and Kazakh typed without its letters ("жеңистин досы", "эрмектин атасы")
    *("нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн"),
    *("nyn", "nin", "dyn", "din", "tyn", "tin"),
    *("nyń", "niń", "dyń", "diń", "tyń", "tiń", "nyng", "ning"),
    *sorted({s for g in ("nyń", "niń", "dyń", "diń", "tyń", "tiń") for s in kazakh_spellings.from_2018(g)}),
)


def _owned(written: str, following: str | None) -> bool:
    """A name in the genitive before what a person owns or a relative ("Қайраттың сөзі", "aıdostyń
    aǵasy"): the word in the genitive would own no words and no brother."""
    lower = written.casefold()
    if following is None or not any(lower.endswith(g) and len(lower) - len(g) >= 3 for g in _GENITIVE):
        return False
    following = following.casefold()
    return following in union("owned_after") or following in union("person_before")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_SUCH = frozenset(
    {"сондай", "осындай", "сол", "осы", "sondaı", "osyndaı", "sondai", "osyndai", "ондой", "мындай"}
)
"""Demonstratives between an owner and what is owned ("бахыттың да сондай арманы": such a dream)."""


def _owned_after_fillers(text: str, end: int) -> str | None:
    """The word after one or two particles ("да", "тағы": the profiles' ``subject_fillers``) or
    demonstratives right after ``end`` ("… да сондай арманы"); None where none stands there."""
    fillers = union("subject_fillers") | _SUCH
    at = end
    for _step in range(3):
        word = _NEXT_WORD.match(text, at)
        if word is None:
            return None
        if word.group(1).casefold() not in fillers:
            return word.group(1) if at != end else None
        at = word.end()
    return None


def _a_russian_verb(lower: str) -> bool:
    """The Russian dictionary reads ``lower`` as a verb or an infinitive ("позвонить", "спросить")."""
    return any(part in ("VERB", "INFN") for part, _form, _score in lexicon.russian_readings(lower))


_PREDICATES = frozenset({"ADJS", "PRTS", "VERB", "INFN", "GRND", "INTJ"})
"""Russian parts of speech that are no sentence's subject nor its opening adverb or pronoun."""


@lru_cache(maxsize=10_000)
def _no_subject_in_russian(lower: str) -> bool:
    """Every reading the Russian dictionary has of ``lower`` is a predicate's form (``_PREDICATES``:
    "нема", a short adjective), none a noun, a pronoun, an adverb or a particle."""
    readings = lexicon.russian_readings(lower)
    return bool(readings) and all(part in _PREDICATES for part, _form, _score in readings)


def _a_close_relative(word: str) -> bool:
    """A parent, a sibling or a spouse in the possessive ("ákesi", "анасы", "inisi", "атасы"), which a
    thing named by a name-word has not ("Бақыттың сөзі" may be happiness's word; no happiness has a
    father). Not "ұлы" (a son, and "great": "Отанның ұлы")."""
    lower = word.casefold()
    return lower in union("person_before") and lower not in _GREAT


_GREAT = frozenset({"ұлы", "uly", "улы", "ulı"})
"""Kazakh "ұлы": "his son", and "great" ("Отанның ұлы", the Motherland's great son)."""


def _said(after: Token | None) -> bool:
    return after is not None and after.text.casefold() in union("person_after")


def _person_before(before: Token | None) -> bool:
    return before is not None and before.text.casefold() in union("person_before")


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


def _strip_case(shape: str) -> str:
    for ending in ("om", "em", "oi", "ei", "ou", "u", "a", "e", "i"):
        if shape.endswith(ending) and len(shape) - len(ending) >= 3:
            return shape[: -len(ending)]
    return shape


def _with_possessive(span: Span, text: str) -> Span:
    """ "Dana's", "kairat’s": the possessive is part of what names the person."""
    if text[span.end : span.end + 2] in _POSSESSIVES and not text[span.end + 2 : span.end + 3].isalnum():
        return Span(span.start, span.end + 2, span.kind, span.source, span.key)
    return span


def _beside(other: Token, token: Token, text: str) -> bool:
    if not text:
        return True
    gap = text[min(other.end, token.end) : max(other.start, token.start)].strip()
    if not gap:
        return True
    if other.end <= token.start:
        return gap[-1:] in '«"“„' and len(gap) == 1
    return gap[:1] in '»"”' and len(gap) == 1


_TITLE = re.compile(r"(?:^|(?<=[\s(«\"]))(?:Mrs|Mr|Ms|Miss|Dr)\.?\s{1,2}$")


def _with_title(span: Span, text: str) -> Span:
    """ "Mrs Sadykova", "Dr. Omarov": the English title is part of the name's span."""
    if span.start == 0 or not text[span.start : span.start + 1].isupper():
        return span
    title = _TITLE.search(text, max(0, span.start - 8), span.start)
    if title is None:
        return span
    return Span(title.start(), span.end, span.kind, span.source, span.key)


_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w’'ʼ‘]*) $")
_TITLE_BEFORE = re.compile(r"(?<![\w.-])([^\W\d_]{2,3}\.) $")
"""A title shortened with a dot right before a name ("ms. cholpon", "Dr. Aibek")."""


def _with_honorific_before(span: Span, text: str) -> Span:
    """ "домулло Саид", "hoji Anvar", "устоз Бахтияр": an honorific right before a name is part of
    the name's span, as one after it is; alone ("домулло сказал") or before a surname ("муаллим
    Шарифов": a role) it stays."""
    if span.kind is not Kind.NAME or span.start == 0:
        return span
    before = _WORD_BEFORE.search(text, max(0, span.start - 20), span.start)
    if before is None:
        before = _TITLE_BEFORE.search(text, max(0, span.start - 6), span.start)  # "ms. cholpon"
    if before is None or before.group(1).casefold().rstrip(".") not in union("honorifics_before"):
        return span
    if SURNAME.match(text[span.start : span.end].split()[0]):
        return span  # "муаллим Шарифов": a teacher's job before a surname is a role, kept
    return Span(before.start(1), span.end, span.kind, span.source, span.key)


def with_address_kin(span: Span, text: str) -> Span:
    """ "тётя Роза", "у тёти Розы", "дядя Коля", "бро Арсен": a kin or familiar word said before a
    first name as how the person is called (the profiles' ``address_kin``) is part of the name's span
    when both are in the same case, as an apposition is; "тётя Бориса" (Boris's aunt, another case)
    and the word alone ("тётя сказала") stay. Applied to the names that the anonymizer's filters of
    places and public things kept ("деда Момуна": a name the dictionary reads as a place stays)."""
    if span.kind is not Kind.NAME or span.start == 0:
        return span
    before = _WORD_BEFORE.search(text, max(0, span.start - 20), span.start)
    if before is None or _is_latin(before.group(1)):
        return span
    kin = before.group(1).casefold()
    if not ({kin} | lexicon.normal_forms(kin)) & union("address_kin"):
        return span
    first = text[span.start : span.end].split()[0].casefold()
    if _is_latin(first):
        return span  # "бабушка Nurlan": no case to agree in
    kin_cases, name_cases = lexicon.russian_cases(kin), lexicon.russian_cases(first)
    if skeleton(first) in list_names():
        name_cases = frozenset()  # a name as the lists hold it: its own form, or one not declined ("Сауле")
    if kin_cases and name_cases and not kin_cases & name_cases:
        return span
    return Span(before.start(1), span.end, span.kind, span.source, span.key)


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


_HONORIFIC_AFTER = re.compile(r" ([^\W\d_][\w’'ʼ‘]*)(?![\w-])")


@lru_cache(maxsize=10_000)
def _honorific_with_case(shape: str) -> bool:
    """An honorific of the region with a case ending of two letters or more ("akaga", "agaga",
    "apaiga", "baikege", "opaga", "agaidin"), not a possessive's ("agasi", "apasin", "ejesin")."""
    honorifics = _honorifics_after() - {skeleton(w) for w in union("person_before")}
    if shape in _honorifics_after():
        return False  # "эжеке" is an honorific of its own, not эже + -ке
    return any(
        shape[:cut] in honorifics
        and (shape[cut:] in _CASE_ENDINGS or shape[cut - 1] + shape[cut:] in _CASE_ENDINGS)  # "hanymmen"
        and not (shape[cut - 1] in "aeiou" and shape[cut:] in ("di", "ti"))
        for cut in range(3, len(shape) - 1)
    )


_CASE_ENDINGS = frozenset(
    {
        *("ga", "ge", "ka", "ke", "go", "ko"),  # dative: ағаға, akaga, байкеге, эжеге
        *("nin", "din", "tin", "nun", "dun", "tun", "ning"),  # genitive: ағайдың, akaning
        *("ni", "di", "ti", "nu", "du", "tu"),  # accusative: ағайды, akani
        *("da", "de", "ta", "te", "do", "to"),  # locative
        *("dan", "den", "tan", "ten", "nan", "nen", "don", "ton"),  # ablative
        *("men", "ben", "pen", "menen", "benen", "penen"),  # comitative: апаймен
        "ro",  # Tajik object: акаро
    }
)
"""Skeletons of the case endings an honorific takes after a name (the person's case), not the plural
or a possessive ("аталар", "ағасы", "эжесин": other words)."""


def _with_honorific(span: Span, text: str) -> Span:
    """ "Sherzod akaga", "Нурлан ағаға", "Айгүл апайға", "Бакыт байкеге": an honorific after a name
    with the case ending that the name would take is part of the name's span (it is the person's
    case); so is an honorific as it is ("Гүлнара эжеке", "Айбек байке": notes_v's writer marks it as
    part of the name). Not a relative in the possessive ("Бауыржанның ағасы", "эжесин": another
    person's), nor a word joined by a hyphen ("ата-ана"), nor after a name in a case of its own."""
    if span.kind is not Kind.NAME:
        return span
    after = _HONORIFIC_AFTER.match(text, span.end)
    if after is None:
        return span
    word = after.group(1)
    lower = word.casefold()
    if (
        word[:1].isupper()
        or lower in union("conjunctions")
        or (lower in union("person_before") and lower not in union("my_kin"))
        or not (
            _honorific_with_case(skeleton(word))
            or _bare_honorific(skeleton(word))
            or lower in union("my_kin")
            or _my_honorific(skeleton(word))
        )
    ):
        return span
    name = text[span.start : span.end].split()[-1].casefold()
    if (
        any(name.endswith(g) and len(name) - len(g) >= 3 for g in _GENITIVE)
        and skeleton(name) not in first_names()
    ):
        return span  # "Бауыржанның ағасы"; not "Нуриддин ака": a listed name that only ends like a genitive
    return Span(span.start, after.end(1), span.kind, span.source, span.key)


_MY_CASE = re.compile(r"(?:i|u)?m(?:" + "|".join(sorted(_CASE_ENDINGS, key=len, reverse=True)) + ")?")


@lru_cache(maxsize=10_000)
def _my_honorific(shape: str) -> bool:
    """An honorific with "my" and maybe a case after it ("апаймды", "ағайымға", "akamga", "opamni": my
    apai, whom), as a skeleton: how the writer calls the person, part of the name's span."""
    return any(
        shape.startswith(honorific) and _MY_CASE.fullmatch(shape, len(honorific)) is not None
        for honorific in _bare_honorifics()
    )


@cache
def _bare_honorifics() -> frozenset[str]:
    """The region's honorifics after a name as they are ("Айбек байке", "Маржан апай", "Sáken aǵa",
    "Джахонгир ака", "Бехзод ука"), not a relative in the possessive ("ағасы", "apam")."""
    possessed = {skeleton(w) for w in union("person_before")} | {"agam", "apam", "inim", "agasi", "apasi"}
    return frozenset(_honorifics_after() - possessed)


def _bare_honorific(shape: str) -> bool:
    return shape in _bare_honorifics()


def ends_with_honorific(name: str) -> bool:
    """A name of two words or more whose last is an honorific ("Жанар апай", "Sanjar akaga"): a
    person, whatever word follows ("Жанар апай дағдарыс орталығынан келді")."""
    words = name.split()
    if len(words) < 2:
        return False
    last = skeleton(words[-1])
    return _bare_honorific(last) or _honorific_with_case(last) or words[-1].casefold() in union("my_kin")


def merge_adjacent(spans: list[Span], text: str) -> list[Span]:
    """ "Иванова Мария Петровна" is one person: join name spans separated only by spaces."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.kind is Kind.NAME and merged[-1].kind is Kind.NAME:
            gap = text[merged[-1].end : span.start]
            # a word read as a surname stays a span of its own, unsure ("вячеслав ткач": keeping
            # "ткач" in the review keeps the word, not the first name)
            last = text[merged[-1].start : merged[-1].end].split()[-1]
            honoured = " " in text[merged[-1].start : merged[-1].end] and (
                _bare_honorific(skeleton(last)) or _honorific_with_case(skeleton(last))
            )
            # "Гулнора опа Юнусобод 5-мавзе": after the honorific closing a name, another word
            if (
                gap.strip() == ""
                and "\n" not in gap
                and "\t" not in gap  # "Даурен<tab>Нурбол": two cells of a table, two people
                and len(gap) <= 2
                and span.source != SURNAME_WORD
                and not honoured
            ):
                previous = merged[-1]
                key = previous.key if previous.source == "roster" or span.source != "roster" else span.key
                source = "roster" if "roster" in (previous.source, span.source) else previous.source
                if source in UNSURE_SOURCES and span.source not in UNSURE_SOURCES:
                    source = span.source  # "Вера Петрова": the surname makes it sure
                merged[-1] = Span(previous.start, span.end, Kind.NAME, source, key)
                continue
        merged.append(span)
    return merged
