"""Nicknames a note places beside the person they name, with no cue word: how facilitators write down
what the group calls someone.

- a word in quotes right after a person ("Руслан «Шериф»", "Ильяс Мамедов «Профессор»"), or with the
  person's name inside the same quotes ("'Nodir Boss'");
- a word in quotes before the person in brackets ("«Бульдозер» (Ержан)"), or opening a line before a
  dash, a colon or "=" and the person ("«Бро» — Бекасыл", a list of the group's nicknames);
- a word in quotes after a relative of it ("brother of «Шериф»", "брат «Малого»") or after "он же",
  "aka" (the profiles' ``alias_words``: "Чынгыз (он же «Профессор»)");
- a word in quotes opening a cell of a table's row that opens with the person ("Руслан Т.<tab>18
  <tab>«Шериф», спорил");
- a capitalised word of the dictionary alone in brackets right after the person ("Даулетом
  (Джокер)"): not a place, a role, a relative or a word for a person ("Ержан (Шымкент)", "Асель
  (староста)").

Each is a name span of source ``PLACED_NICKNAME`` (unsure: reviewed first); the session layer then
removes every form of that word in every note of the session (``coreference.cued_nicknames``), as it
does a nickname a cue introduces ("Шериф смеётся" after "Руслан «Шериф»"). Read only around the
note's quotes and the names found: no step a word of the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.coreference import ATTENDANCE_MARKS, _no_one
from facilitator.anonymizer.name_rules.name_lists import list_names
from facilitator.anonymizer.name_rules.name_sources import NAME_COLUMN, PLACED_NICKNAME
from facilitator.anonymizer.name_rules.person_words import _a_relative
from facilitator.anonymizer.name_rules.sentence_positions import starts_sentence
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.normalize import ends_with_words
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span
from facilitator.anonymizer.tables import first_cell, names_someone

_WORD = r"[^\W\d_][\w’'-]*"
_QUOTED = re.compile(rf"(?<![\w'’])[«\"“„'‘](?P<body>{_WORD}(?: {_WORD})?)[»\"”'’](?![\w'’])")
"""One word in quotes, or two ("'Nodir Boss'")."""
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*>]|\d{1,2}[.)])?[ \t]*\Z")
"""A line's start before a word, maybe after a bullet or an item's number."""
_TO_PERSON = re.compile(r"[ \t]*(?:[—–=:-]|это)[ \t]*")
_TO_BRACKET = re.compile(r"[ \t]*\([ \t]*")
_CELL_OPENING = re.compile(r"[\t|][ \t]*\Z")
_RELATIVE_BEFORE = re.compile(rf"(?P<kin>{_WORD})(?:[ \t]+of)?[ \t]*\Z")
_BRACKETED = re.compile(rf"[ \t]*\((?P<word>{_WORD})\)")


def placed_nicknames(text: str, names: Sequence[Span], public: Sequence[tuple[int, int]] = ()) -> list[Span]:
    """The nicknames ``text`` places beside a person of ``names`` (the name spans found), as name
    spans of source ``PLACED_NICKNAME``."""
    persons = sorted((s.start, s.end) for s in names if s.kind is Kind.NAME and s.source != PLACED_NICKNAME)
    if not persons:
        return []
    cover = Cover(persons)
    starts = frozenset(start for start, _end in persons)
    ends = dict(persons)
    in_public = Cover(public)
    found: dict[int, Span] = {}
    for start, end in _quoted_nicknames(text, cover, starts):
        if start not in in_public:
            found.setdefault(start, Span(start, end, Kind.NAME, PLACED_NICKNAME, skeleton(text[start:end])))
    for start, end in _equated_nicknames(text, starts, ends):
        if start not in in_public:
            found.setdefault(start, Span(start, end, Kind.NAME, PLACED_NICKNAME, skeleton(text[start:end])))
    for start, end in _equated_after(text, ends):
        if start not in in_public and start not in starts:
            found.setdefault(start, Span(start, end, Kind.NAME, PLACED_NICKNAME, skeleton(text[start:end])))
    for start, end in _bracketed_nicknames(text, persons, cover):
        if start not in in_public:
            found.setdefault(start, Span(start, end, Kind.NAME, PLACED_NICKNAME, skeleton(text[start:end])))
    for start, end in _nicknames_before_a_bracket(text, persons, cover, starts):
        if start not in in_public:
            found.setdefault(start, Span(start, end, Kind.NAME, PLACED_NICKNAME, skeleton(text[start:end])))
    return sorted(found.values(), key=lambda s: s.start)


def _quoted_nicknames(text: str, cover: Cover, starts: frozenset[int]) -> Iterator[tuple[int, int]]:
    if not any(mark in text for mark in "«\"“„'‘"):
        return
    aliases = _aliases()
    for quoted in _QUOTED.finditer(text):
        start, end = quoted.span("body")
        body = quoted.group("body")
        if " " in body:
            # "'Nodir Boss'": a person's name and a word in one pair of quotes
            second = start + body.index(" ") + 1
            if start in cover and second not in cover and _a_nickname(text[second:end]):
                yield second, end
            continue
        opening, closing = quoted.start(), quoted.end()
        if base_of(body, list_names()) is not None:
            continue  # a listed name in quotes ("«Тимур»") is the name rules' and the session's
        if not _a_nickname(body) and _a_word_for_a_young_person(body):
            # "«Bola» (Umarjon)", "«Бола» — энг кичиги Умаржон": a word for a boy in quotes, then
            # the person, is what the group calls him
            bracket = _TO_BRACKET.match(text, closing)
            to_person = _TO_PERSON.match(text, closing)
            named = (bracket is not None and bracket.end() in starts) or (
                to_person is not None and _person_within(text, to_person.end(), starts)
            )
            if named:
                yield start, end
            continue
        if not _a_nickname(body):
            # "— «шаман» это Шамиль Рахимов", "«малой» = его младший брат Матвей": a word in small
            # letters that a line says is a person is that person's nickname
            if body[:1].isupper() or not _a_nickname(body[:1].upper() + body[1:]):
                continue
            if _LINE_OPENING.search(text, max(0, opening - 12), opening) and _equated_to_a_person(
                text, closing, starts
            ):
                yield start, end
            continue
        if _after_a_things_word(text, opening) or _before_a_things_word(text, closing):
            # "он читает роман Айтматова «Плаха»", "Javohir «Alpomish» dostonidan misol keltirdi": a
            # title, whoever stands before it
            continue
        before = text[max(0, opening - 60) : opening]
        gap = len(before) - len(before.rstrip(" \t"))
        dashed = len(before) - len(before.rstrip(" \t—–-"))
        after_person = (
            (opening - gap - 1 in cover and gap <= 2)
            or opening in cover
            # "Тимур — «Шпала», №9": the person, a dash, what he is called
            or (opening - dashed - 1 in cover and dashed <= 4 and "—" in before[-dashed:] + "–")
        )
        to_person = _TO_PERSON.match(text, closing)
        bracket = _TO_BRACKET.match(text, closing)
        lead = _LINE_OPENING.search(text, max(0, opening - 12), opening)
        relative = _RELATIVE_BEFORE.search(text, max(0, opening - 30), opening)
        if (
            after_person
            or (bracket is not None and bracket.end() in starts)
            or (lead is not None and to_person is not None and to_person.end() in starts)
            or (relative is not None and _a_relative(relative.group("kin")))
            or _after_alias(text, opening, aliases, cover)
            or _opens_a_persons_cell(text, opening, cover)
        ):
            yield start, end


_EQUATED = re.compile(r"[ \t]*(?:=|это|бұл)[ \t]*")
_PERSON_WITHIN = 40
"""How far after "=" a person may stand, past a few words in small letters ("его младший брат")."""
_LOWER_WORDS = re.compile(r"(?:[^\W\d_A-ZА-ЯЁ][\w'’-]*[ \t]+){0,3}")


def _equated_to_a_person(text: str, closing: int, starts: frozenset[int]) -> bool:
    """After a closing quote, "=" or "это" and a person, maybe past up to three words in small letters
    ("= его младший брат Матвей")."""
    equated = _EQUATED.match(text, closing)
    if equated is None:
        return False
    if equated.end() in starts:
        return True
    words = _LOWER_WORDS.match(text, equated.end(), equated.end() + _PERSON_WITHIN)
    return words is not None and words.end() in starts


_LINE_EQUATION = re.compile(
    rf"(?m)(?:^[ \t]*(?:[-–—•*>][ \t]*)?|(?<=[.!?,;])[ \t]+)(?P<word>{_WORD})"
    r"[ \t]*(?:=|[ \t][—–][ \t])[ \t]*(?:(?:bu|бу|ин)[ \t]+)?"
)


def _equated_nicknames(text: str, starts: frozenset[int], ends: dict[int, int]) -> Iterator[tuple[int, int]]:
    """A word opening a line, a sentence or a clause before "=" or a dash and a person ("Құдаш =
    Құдайберген", "Дэн = Денис Ткач", "Батон — Денис Ковальчук, Гном — Тимофей", "Kalla — bu
    Nodirbek"), the word said elsewhere in the note too: how the note calls that person, so its other
    forms are removed with it ("құдаш деп жазылған бала мен"). Said once, the word opening the note
    before one person told more of ("бура — Ерлан, күресте облыстан екінші …", "Самовар — Максим Ли,
    говорит без остановки"): the note is about him, by the name the group gives him. A heading's
    word or a role stays ("Итог — …", "Лидер — Тимур, так решила группа"), and so does a list
    ("итог — Айбек, Тимур и …")."""
    if "=" not in text and "—" not in text and "–" not in text:
        return
    for equation in _LINE_EQUATION.finditer(text):
        word = equation.group("word")
        if equation.end() not in starts:
            continue
        opening = (
            not word.isupper()  # "DISCLOSURE — Tim.": a heading
            and _opens_the_note(text, equation.start("word"))
            and _one_person_told_of(text, ends[equation.end()], starts, ends)
        )
        if not opening and not _said_elsewhere(text, *equation.span("word")):
            continue  # "Лидер = Тимур, так решила группа": a word said once is what it says
        if any(c.isdigit() for c in word) or (word[:1].isupper() and _in_small_letters(text, word)):
            continue  # "P07 = Tamerlan": a participant's code; "Joldama — Aıdana …", "psıhologqa joldama"
        # a dash may also give a role ("Лидер — Тимур … Лидер должен слушать"), "=" names someone
        if _a_nickname(word[:1].upper() + word[1:], quoted="=" in equation.group()):
            yield equation.span("word")


_EQUATED_AFTER = re.compile(rf"[ \t]*=[ \t]*(?P<word>{_WORD})(?=[ \t]*(?:[.,;:!?()]|\n|\Z))")


def _equated_after(text: str, ends: dict[int, int]) -> Iterator[tuple[int, int]]:
    """One word after a person and "=", before a stop, a comma or a bracket ("темирлан=бүркүт.",
    "Bekzod = kaptar, …"): the name the group gives him, in small letters too; not a role, a relative
    or a place ("Айбек = ағасы")."""
    if "=" not in text:
        return
    for end in ends.values():
        equated = _EQUATED_AFTER.match(text, end)
        if equated is None:
            continue
        word = equated.group("word")
        if not word.isupper() and _a_nickname(word[:1].upper() + word[1:], quoted=False):
            yield equated.span("word")


_NOTE_OPENING = re.compile(r"[ \t\n]*(?:[-–—•*>][ \t]*)?\Z")
_SPACE = re.compile(r"[ \t]+")
_TOLD_OF = re.compile(r"[ \t]*(?:[,;()]|\.(?!\w))[ \t]*")


def _opens_the_note(text: str, start: int) -> bool:
    """Only spaces or a bullet stand before ``start``: the word opens the note."""
    return _NOTE_OPENING.fullmatch(text, 0, start) is not None


_SENTENCE_BEFORE = re.compile(r"(?:\A|[.!?;\n…])[ \t]*(?:(?:#[\w-]+|\[[^\[\]\n]{1,24}\])[ \t]*)*\Z")
"""What ends right before a sentence's first word: the note's start or a sentence's end, maybe past a
hashtag or a bracketed tag ("#followup ", "[цитата] ")."""


def _opens_a_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens the note or a sentence, maybe past a note's tag."""
    return _opens_the_note(text, start) or bool(_SENTENCE_BEFORE.search(text, max(0, start - 60), start))


def _one_person_told_of(text: str, end: int, starts: frozenset[int], ends: dict[int, int]) -> bool:
    """The person ending at ``end`` (his surname found apart read with him: "тимофей кравец") is
    followed by a comma, a bracket or a full stop, and no other person after it ("Ерлан, күресте …",
    "максат (из-за зубов)", not "Айбек, Тимур и …")."""
    while (gap := _SPACE.match(text, end)) is not None and gap.end() in starts:
        end = ends[gap.end()]
    told = _TOLD_OF.match(text, end)
    return told is not None and told.end() not in starts


def _in_small_letters(text: str, word: str) -> bool:
    """``word`` (capitalised) stands in ``text`` in small letters too, as a whole word or a word's
    start: the note uses it as a word ("joldama")."""
    lower = word[:1].lower() + word[1:]
    return re.search(rf"(?<![\w'’-]){re.escape(lower)}", text) is not None


def _said_elsewhere(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` stands elsewhere in ``text`` too, maybe with an ending
    ("шаманом" for "шаман"), as a word's start."""
    stem = text[start : start + max(3, end - start - 1)].casefold()
    folded = text.casefold()
    return any(
        at != start and (at == 0 or not folded[at - 1].isalnum())
        for at in (m.start() for m in re.finditer(re.escape(stem), folded))
    )


_WORDS_BEFORE = re.compile(rf"({_WORD})(?:[ \t]+({_WORD}))?(?:[ \t]+({_WORD}))?[ \t]*\Z")


def _after_a_things_word(text: str, opening: int) -> bool:
    """One of the three words before a quotation names a titled thing (the profiles'
    ``titled_things``: "роман Айтматова «Плаха»", "книгу Асель Нурлановой «Тишина»", "фильм «…»")."""
    before = _WORDS_BEFORE.search(text, max(0, opening - 80), opening)
    if before is None:
        return False
    things = union("titled_things")
    return any(
        word is not None
        and word.casefold() in things
        and not (word[:1].isupper() and base_of(word, list_names()) is not None)  # "Роман «Кабан»"
        for word in before.groups()
    )


_WORD_AFTER = re.compile(rf"[ \t]*({_WORD})")


def _before_a_things_word(text: str, closing: int) -> bool:
    """The word right after a quotation names a titled thing, as Turkic puts it after the title
    ("«Alpomish» dostonidan", "«Қыз Жібек» фильмі")."""
    after = _WORD_AFTER.match(text, closing)
    return after is not None and after.group(1).casefold() in union("titled_things")


def _bracketed_nicknames(
    text: str, persons: Sequence[tuple[int, int]], cover: Cover
) -> Iterator[tuple[int, int]]:
    """A capitalised word of the dictionary alone in brackets right after a person ("Даулетом
    (Джокер)"); any such word where the person and the bracket label what he said ("Nurbol (Sabyn):
    agasy …", "Islom (Bolg'a): «…»"): what he is called, whatever language the word is of."""
    for _start, end in persons:
        bracketed = _BRACKETED.match(text, end)
        if bracketed is None:
            continue
        start, stop = bracketed.span("word")
        word = bracketed.group("word")
        if start in cover or not word[:1].isupper() or word.isupper() or not _a_nickname(word, quoted=False):
            continue
        if _SPEAKERS_COLON.match(text, bracketed.end()):
            yield start, stop
            continue
        lower = word.casefold()
        if _is_latin(word):
            common = lower in lexicon.english_words()
        else:
            known, name, place = lexicon.russian(lower)
            readings = lexicon.russian_readings(lower)
            common = known and name < 0.3 and place < 0.3 and bool(readings) and readings[0][0] == "NOUN"
        if common and lower not in union("label_words"):
            yield start, stop


_SPEAKERS_COLON = re.compile(r"[ \t]*:(?![\d/])")
"""A colon after a bracket that labels what someone said ("Islom (Bolg'a): …"), not a time's."""
_BEFORE_A_BRACKET = re.compile(
    rf"(?<![\w'’-])(?P<word>{_WORD})[ \t]*\([ \t]*"
    r"(?:(?:это|this is|that's|бұл|бу|bu|ya'ni|yaʼni|яъни|яғни|т\.[ \t]?е\.)[ \t]+"
    r"(?:(?:тоже|ham|да)[ \t]+)?)?\Z",
    re.IGNORECASE,
)
"""A word right before a bracket, maybe with "это", "ya'ni" (that is) opening it ("Пахта (это Умид, …)")."""
_CLOSED_OR_TOLD_ON = re.compile(r"[ \t]*(?:\)|,[ \t]*)")


def _nicknames_before_a_bracket(
    text: str, persons: Sequence[tuple[int, int]], cover: Cover, starts: frozenset[int]
) -> Iterator[tuple[int, int]]:
    """A capitalised word right before a bracket that opens with a person, alone or told more of
    ("Пушка (Эрмек) — вратарь", "Борода (Адиль, 17, …)", "Ману (Манучеҳр) ва …", "Пахта (это Умид,
    прозвище с детства)"): what the group calls
    him, the name given for it. Not a role, a relative, a place or a word of grammar (``_a_nickname``:
    "Тренер (Эрмек)", "Мама (Зарина)"), nor a word before a list of people in brackets ("Команда
    (Данияр, Тимур)")."""
    for start, end in persons:
        before = _BEFORE_A_BRACKET.search(text, max(0, start - 40), start)
        if before is None:
            continue
        word_start, word_end = before.span("word")
        word = before.group("word")
        if word[:1].islower() and _opens_a_sentence(text, word_start):
            # "светофор (руслан хамитов, …", "#followup самса (жасур) — …": a note in small letters
            word = word[:1].upper() + word[1:]
        if word_start in cover or word.isupper() or not _a_nickname(word, quoted=False):
            continue
        after = _CLOSED_OR_TOLD_ON.match(text, end)
        if after is None or (after.group().strip() == "," and after.end() in starts):
            continue
        yield word_start, word_end


def _person_within(text: str, at: int, starts: frozenset[int]) -> bool:
    """A person of ``starts`` at ``at`` or past three lower-case words at most (``_LOWER_WORDS``: "энг
    кичиги Умаржон", the youngest, Umarjon)."""
    words = _LOWER_WORDS.match(text, at)
    return at in starts or (words is not None and words.end() in starts)


def _a_word_for_a_young_person(word: str) -> bool:
    """``word`` (capitalised) is one of the profiles' words for a person ("Бала", "Bola", "Бача")."""
    return word[:1].isupper() and word.casefold() in union("person_nouns")


def _a_nickname(word: str, quoted: bool = True, lower_ok: bool = False) -> bool:
    """A word that may be what a group calls someone (``tables.names_someone``, in small letters
    too with ``lower_ok``); unless ``quoted``, not a role or a word for a person either (a form of
    address in quotes is a nickname: "«Бро»", "'Boss'")."""
    return names_someone(word, None if quoted else _no_one, lower_ok)


def _after_alias(text: str, opening: int, aliases: frozenset[str], cover: Cover) -> bool:
    """The text before a quotation ends with "он же", "aka" (``alias_words``), in a sentence that
    names someone before it ("Чынгыз (он же Чыка, он же «Профессор»)")."""
    before = text[max(0, opening - 80) : opening].rstrip(" \t").casefold()
    alias = next((a for a in aliases if ends_with_words(before, a)), None)
    if alias is None:
        return False
    sentence = len(before) - len(alias)
    while sentence > 0 and before[sentence - 1] not in ".!?\n":
        sentence -= 1
    offset = max(0, opening - 80)
    return any(offset + at in cover for at in range(sentence, len(before) - len(alias)))


def _opens_a_persons_cell(text: str, opening: int, cover: Cover) -> bool:
    """The quotation opens a cell (after a tab or "|") of a row whose first cell is a person."""
    if _CELL_OPENING.search(text, max(0, opening - 8), opening) is None:
        return False
    first = first_cell(text, opening)[0]
    return first in cover and starts_sentence(text, first)


@cache
def _aliases() -> frozenset[str]:
    return frozenset(union("alias_words"))


_BETWEEN = " \t«»\"“”„'‘’()[],;:—–-"
"""What stands between a nickname and a name the name model read as one with it."""


def around_nicknames(spans: Sequence[Span], nicknames: Sequence[Span], text: str) -> list[Span]:
    """``spans`` less the nicknames' words: a name span that runs into one ends before its quotation
    (the name model reads "Руслан «Шериф" as one name), one inside one goes."""
    if not nicknames:
        return list(spans)
    kept = []
    for span in spans:
        nickname = next((n for n in nicknames if n.overlaps(span)), None)
        if nickname is None or span.kind is not Kind.NAME:
            kept.append(span)
            continue
        if span.start < nickname.start:
            end = len(text[span.start : nickname.start].rstrip(_BETWEEN)) + span.start
            if end > span.start:
                kept.append(Span(span.start, end, span.kind, span.source, span.key))
        elif span.end > nickname.end:
            rest = text[nickname.end : span.end]
            start = span.end - len(rest.lstrip(_BETWEEN))
            if start < span.end:
                kept.append(Span(start, span.end, span.kind, span.source, span.key))
    return kept


_MARKS = ATTENDANCE_MARKS
_NAME_TAIL = r"(?:[\w’']|-(?=[^\W\d_]))*"
_NAME_WORD = rf"[^\W\d_]{_NAME_TAIL}"
"""A word, maybe hyphenated ("Кара-Балта" is one word, never "Кара" and a dash)."""
_HEAD_LINE = re.compile(
    rf"^[ \t]*(?:[-–—•*>]|\d{{1,2}}[.)])?[ \t]*(?P<word>{_NAME_WORD})"
    rf"(?:[ \t]+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{_NAME_TAIL}|[^\W\d_]\.))?[ \t]*"
    rf"(?:\([^()\n]{{0,40}}\)[ \t]*)?(?:(?P<mark>[+−{_MARKS}]|-(?=[ \t]*$))|[—–-](?=\s)|\t|\||(?P<bare>$))",
    re.MULTILINE,
)
"""A line opening with a word (or a word and a capitalised one, or a word and an initial), maybe
after a bullet and before a remark in brackets, then an attendance mark, a dash, a table's cell or the
line's end: "Азамат +", "Эмир − (болеет?)", "Тимофей — рыжий", "Алибек<tab>15<tab>+", "Ержан"; not
"Oltin qoida - …" (a phrase), "Кара-Балта, …", nor a label's colon ("Eskertpe: …")."""
_COLUMN_LEAST = 3


def column_names(text: str, names: Sequence[Span], public: Sequence[tuple[int, int]] = ()) -> list[Span]:
    """Words opening a line in a column of three lines or more that open so (``_HEAD_LINE``), two of
    those lines at least and half of them opening with a person found: a list of the group, one a
    line, whatever follows each ("Макс (Максат) +" among "Азиз +", "Улан +"; "Дияр — с гипсом" among
    "Тимофей — рыжий"). Not a heading's word, a relative, a role, a place, a closing word
    ("Остальные —"), a word of grammar or a public figure; a capitalised word only."""
    persons = [(s.start, s.end) for s in names if s.kind is Kind.NAME]
    if len(persons) < 2:
        return []
    cover = Cover(persons)
    in_public = Cover(public)
    added: list[Span] = []
    block: list[re.Match[str]] = []
    for line in _HEAD_LINE.finditer(text):
        if block and text.count("\n", block[-1].start(), line.start()) != 1:
            added += _column(block, cover, in_public)
            block = []
        block.append(line)
    added += _column(block, cover, in_public)
    # a roll call on one line: "Бакыт ✔ Нурбек ✔ Медер (гипс) ✔ Улан ✘ …"
    for line in _MARKED_LINE.finditer(text) if _ANY_MARK.search(text) else ():
        marked = [*_MARKED.finditer(text, line.start(), line.end())]
        added += _column(marked, cover, in_public)
    return added


_MARKED = re.compile(
    rf"(?<![\w’'-])(?P<word>{_NAME_WORD})(?:[ \t]+\([^()\n]{{0,40}}\))?[ \t]*"
    rf"(?P<mark>[{_MARKS}])"
)
"""A word with a mark after it, maybe past a remark in brackets ("Медер (гипс) ✔"), in a line."""
_MARKED_LINE = re.compile(rf"^[^\n]*?[{_MARKS}][^\n]*?[{_MARKS}][^\n]*?[{_MARKS}][^\n]*$", re.MULTILINE)
"""A line with three marks or more."""
_ANY_MARK = re.compile(f"[{_MARKS}]")


def _column(lines: Sequence[re.Match[str]], cover: Cover, in_public: Cover) -> list[Span]:
    if len(lines) < _COLUMN_LEAST:
        return []
    found = sum(1 for line in lines if line.start("word") in cover)
    # an attendance list (every line marked) is of people though fewer of its words are known names,
    # and though they are typed in small letters ("азамат ✔ / чычкан (эльдияр) ✔ / мирлан ✘")
    marked = all(line.group("mark") for line in lines)
    share = 3 if marked else 2
    if found < 2 or share * found < len(lines):
        return []
    added = []
    for at, line in enumerate(lines):
        if at == 0 and line.groupdict().get("bare") is not None:
            continue  # a word alone on the line before a list: its heading ("Присутствовали")
        start, end = line.span("word")
        word = line.group("word")
        if start in cover or start in in_public or word.isupper():
            continue
        if not _a_nickname(word, quoted=False, lower_ok=marked and word.islower()):
            continue
        added.append(Span(start, end, Kind.NAME, NAME_COLUMN, base_of(word, list_names()) or skeleton(word)))
    return added
