"""What a found name's span takes in beside it: a title ("Mrs"), an honorific before or after it
("домулло Саид", "Нурлан ағаға"), a kin word said before it ("тётя Роза"), a possessive, and
adjacent names joined into one."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.grammar_forms import _GENITIVE
from facilitator.anonymizer.name_rules.honorifics import glide_end
from facilitator.anonymizer.name_rules.name_lists import SURNAME, first_names, list_names
from facilitator.anonymizer.name_rules.name_sources import SURNAME_WORD, UNSURE_SOURCES
from facilitator.anonymizer.name_rules.sentence_positions import _POSSESSIVES, Token
from facilitator.anonymizer.name_rules.word_bases import _CASE_ENDINGS, _all_endings, _is_latin
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span


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
        # nor a plural or a possessive: relatives, no one's title ("jańa ákeler": new fathers; "жаңа
        # әкесі": his new father; the Kyrgyz honorific "аке" is the Kazakh father's skeleton)
        and not shape[cut:].startswith(("lar", "ler", "dar", "der", "tar", "ter", "si", "i"))
        for cut in range(3, len(shape) - 1)
    )


def _with_possessive(span: Span, text: str) -> Span:
    """ "Dana's", "kairat’s": the possessive is part of what names the person."""
    if text[span.end : span.end + 2] in _POSSESSIVES and not text[span.end + 2 : span.end + 3].isalnum():
        return Span(span.start, span.end + 2, span.kind, span.source, span.key)
    return span


_ENDING_APART = re.compile(
    r"[ \t]([^\W\d_]{2,4})(?=[ \t][^\W\d_]+(?:ы|і|и|у|ү)(?:н|на|не|ны|ні|нда|нде|нан|нен|мен)?(?![\w'’]))",
    re.IGNORECASE,
)
"""A word of two to four letters after a name, before a word with a possessive of the third person
("нын инисы", "дың әкесін")."""


def _with_genitive_apart(span: Span, text: str) -> Span:
    """ "ерлан нын инисы", "Асан дың әкесі": a genitive ending typed apart from the name, before the
    word it owns, is the name's, as it is glued on ("Ерлан тың жерлер туралы": virgin lands, no
    possessive after it)."""
    apart = _ENDING_APART.match(text, span.end)
    if apart is None or apart.group(1).casefold() not in _GENITIVE:
        return span
    return Span(span.start, apart.end(), span.kind, span.source, span.key)


_NUMBER_TAG = re.compile(r"-\d{1,2}(?![\w/-]|[.,:]\d)")
"""A hyphen and a number of one or two digits glued to a name ("Nurik-2", "Тимур-1"): how a note tells
two namesakes apart; not a range ("2-3") nor a date."""


def with_number_tag(span: Span, text: str) -> Span:
    """ "Nurik-2", "Timur-1": the number that tells namesakes apart is part of the name's span (left
    behind it names one of the group's two Nuriks)."""
    if span.kind is not Kind.NAME:
        return span
    tag = _NUMBER_TAG.match(text, span.end)
    if tag is None:
        return span
    return Span(span.start, tag.end(), span.kind, span.source, span.key)


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
    if before is None:
        return span
    kin = before.group(1).casefold()
    if _is_latin(before.group(1)):
        return _with_latin_address_kin(span, text, before)
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


def _with_latin_address_kin(span: Span, text: str, before: re.Match[str]) -> Span:
    """ "Uncle Bolat", "Aunt Raushan", "Little Timur", "Big Azat": in Latin letters a kin word or an
    epithet (the profiles' ``address_kin``) written with a capital right before a capitalised name is
    how the person is called, part of the name's span; in lower case ("his uncle Bolat") it says how
    he is related, and stays."""
    word = before.group(1)
    if not word[:1].isupper() or word.casefold() not in union("address_kin"):
        return span
    if not text[span.start : span.start + 1].isupper():
        return span
    return Span(before.start(1), span.end, span.kind, span.source, span.key)


_HONORIFIC_AFTER = re.compile(r" ([^\W\d_][\w’'ʼ‘]*)(?![\w-])")


@cache
def _honorifics_not_before() -> frozenset[str]:
    """The honorifics that follow a name and are no word before one."""
    return _honorifics_after() - {skeleton(w) for w in union("person_before")}


@lru_cache(maxsize=10_000)
def _honorific_with_case(shape: str) -> bool:
    """An honorific of the region with a case ending of two letters or more ("akaga", "agaga",
    "apaiga", "baikege", "opaga", "agaidin"), not a possessive's ("agasi", "apasin", "ejesin")."""
    honorifics = _honorifics_not_before()
    if shape in _honorifics_after():
        return False  # "эжеке" is an honorific of its own, not эже + -ке
    return any(
        shape[:cut] in honorifics
        and (shape[cut:] in _CASE_ENDINGS or shape[cut - 1] + shape[cut:] in _CASE_ENDINGS)  # "hanymmen"
        and not (shape[cut - 1] in "aeiou" and shape[cut:] in ("di", "ti") and not glide_end(shape[:cut]))
        for cut in range(3, len(shape) - 1)
    )


_SIZE_AFTER = re.compile(r" ([^\W\d_]+)(?![\w'’-])")
_SIZE_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+) \Z")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|A|An)[ \t]+\Z")


def with_size_word(span: Span, text: str) -> Span:
    """A word for little or big, younger or elder right beside a name, one space between ("Далери
    хурд", "Айбек кичүү", "small Dima", "кіші Ерлан", "Дима маленький"): how a group tells two boys
    of one name apart, part of the name's span (the profiles' ``size_before`` and ``size_after``)."""
    if span.kind is not Kind.NAME:
        return span
    start, end = span.start, span.end
    after = _SIZE_AFTER.match(text, end)
    if after is not None and after.group(1).casefold() in union("size_after"):
        end = after.end()
    before = _SIZE_BEFORE.search(text, max(0, start - 16), start)
    if (
        before is not None
        and before.group(1).casefold() in union("size_before")
        and _ARTICLE_BEFORE.search(text, max(0, before.start() - 4), before.start()) is None
    ):
        start = before.start()  # not "a big Ruslan fan": the fan is big
    return (
        span if (start, end) == (span.start, span.end) else Span(start, end, span.kind, span.source, span.key)
    )


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
        any(name.endswith(g) and len(name) - len(g) >= 3 and _a_genitive(name, g, span) for g in _GENITIVE)
        and skeleton(name) not in first_names()
    ):
        return span  # "Бауыржанның ағасы"; not "Нуриддин ака": a listed name that only ends like a genitive
    return Span(span.start, after.end(1), span.kind, span.source, span.key)


def _a_genitive(name: str, ending: str, span: Span) -> bool:
    """``name`` ending in ``ending`` is a name in the genitive ("Бауыржанның", "Эмилдин"): the span's
    key is its stem, or the stem is a listed name; "Нуриддин", "Шамшидин" (names ending in -дин,
    their key the whole word, no listed name before the ending) are not, nor a vowel before "-дин"
    ("Шамшидин": the genitive after a vowel is -нің / -нин, Шамшинин)."""
    stem = name[: -len(ending)]
    if ending[:1] in "дтdt" and stem[-1:] in _VOWELS:
        return False
    return span.key != skeleton(name) or skeleton(stem) in list_names()


_VOWELS = frozenset("аәеёиіоөуүұыэюяaeiouıäöüóúáé")


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
