"""A boy defined by a dash: a capitalised word opening its line or sentence, a dash, then what says
it is a young person of the group — an age within the clause ("Пряник — новенький, 15 лет", "Батон —
самый маленький в группе, 14", "Somsa — guruhdagi eng kichigi, 14 yoshda") or a word for a newcomer,
a participant or a real name among the clause's first words ("Пряник — участник", "Мұхит — шын
аты", "Iron — his real name is …"; the profiles' ``defining_words``). The word is what the group
calls him, though it is a thing's too: every capitalised form of it in the session is that person
(``PLACED_NICKNAME``). Not a heading's word ("Тема — семья, 15 минут"), a relative ("Брат — 19
лет"), a place or a public figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.dictionary_readings import _an_adjective
from facilitator.anonymizer.name_rules.grammar_forms import YOUNG_AGE
from facilitator.anonymizer.name_rules.name_lists import a_listed_place, first_names, list_names
from facilitator.anonymizer.name_rules.name_sources import AMBIGUOUS, PLACED_NICKNAME
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname, names_a_body
from facilitator.anonymizer.name_rules.person_positions import said_as_only_people_say
from facilitator.anonymizer.name_rules.person_words import _kin_nouns, _relatives
from facilitator.anonymizer.name_rules.public_things import a_public_figure
from facilitator.anonymizer.name_rules.sentence_positions import LINE_OPENING
from facilitator.anonymizer.name_rules.speaker_labels import _QUOTED_AFTER_LABEL
from facilitator.anonymizer.name_rules.word_bases import base_of
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_DEFINED = re.compile(
    r"(?:^|(?<=[\n.!?]))(?:"
    + LINE_OPENING.pattern
    + r")(?<![\w-])((?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҶҲӢӮ])[^\W\d_][\w'’ʻ‘]+)[ \t]+[—–-][ \t]+([^\n.!?]{1,90})"
)
"""A capitalised word opening a line or a sentence, maybe past what may open a line (a time, a
bullet, a note's tag: ``LINE_OPENING``), a dash, and the clause after it."""
_AGE = re.compile(r"(?<![\d:.,(])" + YOUNG_AGE + r"|[ \t]*(?:[,;)]|\Z))", re.IGNORECASE)
"""An age of a young person: 10 to 25, a word for years after it, or alone at the clause's end or
before a comma ("самый маленький в группе, 14")."""
_WORD = re.compile(r"[^\W\d_][\w'’ʻ‘-]*")


@cache
def _defining() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in union("defining_words"))


def _says_a_person(clause: str) -> bool:
    first = _WORD.match(clause.lstrip())
    if first is not None and first.group().casefold() in union("word_after"):
        return False  # "Счастье — это когда …, сказал Абдулла (15 лет)": a word defined, no one
    if _AGE.search(clause):
        return True
    words = [w.casefold() for w in _WORD.findall(clause)[:5]]
    return any(
        tuple(words[i : i + len(phrase)]) == phrase for phrase in _defining() for i in range(len(words))
    )


def dash_defined_names(text: str, found: list[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """The words a dash defines as a boy of the group that no span of ``found`` or public name
    touches."""
    if "—" not in text and "–" not in text and " - " not in text:
        return []
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    added = []
    for defined in _DEFINED.finditer(text):
        start, end = defined.span(1)
        word = defined.group(1)
        shape = skeleton(word)
        if taken.overlaps(start, end) or word.isupper() or not _says_a_person(defined.group(2)):
            continue
        lower = word.casefold()
        readings = lexicon.russian_readings(lower)
        if readings and readings[0][0] not in ("NOUN", "ADJF"):
            continue  # "Сказала — с 15 лет": a verb, an adverb
        if (
            lower in union("label_words")
            or lower in _kin_nouns()
            or shape in _relatives()  # as written: "Бауырсақ" (a bun) only begins like "бауыр"
            or a_listed_place(word)
            or a_public_figure(text, start, end)
        ):
            continue
        added.append(Span(start, end, Kind.NAME, PLACED_NICKNAME, shape))
    return added


_RUSSIAN_OPENING = re.compile(
    r"(?:^|(?<=[\n.!?]))(?:"
    + LINE_OPENING.pattern
    + r")(?:#[\w-]+[ \t]*)?(?<![#\w-])([а-яёА-ЯЁ][а-яё]{2,})(?=[ \t:])"
)
"""A Russian word, in small letters or capitalised, opening a line or a sentence, maybe past what
may open a line (a time, a bullet, a note's tag: ``LINE_OPENING``) or a hashtag ("[раскрытие] компот
неожиданно сказал", "#цитата пельмень признался", "Бульдозер ухмыльнулся")."""


def speaking_things(text: str, found: list[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """A word opening a sentence that the Russian dictionary reads only as a thing's noun or a
    beast's, before a verb of speech no thing nor beast is said to do, maybe past an adverb
    ("кабачок неожиданно признался, что …", "Бульдозер ухмыльнулся"; the profiles'
    ``only_people_say``), or in small letters as the label of a quotation ("[цитата] бублик: «…»";
    not a heading's word, "вопрос: «…»"): what a boy is called, unsure (removed, reviewed first).
    Not "мяч ушёл в аут", "закон говорит", nor a body of people ("Группа согласилась")."""
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    added = []
    for opening in _RUSSIAN_OPENING.finditer(text):
        start, end = opening.span(1)
        word = opening.group(1)
        if taken.overlaps(start, end) or not could_be_a_nickname(word, lower_ok=True):
            continue
        # a capitalised word labels no quotation as a nickname: "Плакат: «мы вместе»" is a heading
        labels = (
            word.islower()
            and _QUOTED_AFTER_LABEL.match(text, end) is not None
            and word not in union("label_words")
        )
        if not (labels or said_as_only_people_say(text, end)):
            continue
        if names_a_body(word):
            continue  # "Группа согласилась", "Центр ответил": a body of people speaks
        if lexicon.russian_thing_or_beast(word.casefold()):
            added.append(Span(start, end, Kind.NAME, AMBIGUOUS, skeleton(word)))
    return added


_TAGGED_SPEAKER = re.compile(
    r"(?:(?:\[(?:quote|цитата|дәйексөз)\]|#(?:quote|цитата|дәйексөз))[ \t]*(?P<word>[^\W\d_][\w'’-]*)"
    r"(?=[ \t]*:[ \t]*[«\"“„'‘]|[ \t]+[—–][ \t])"
    r"|\A[ \t]*(?P<first>[^\W\d_][\w'’-]*)"
    r"(?=[ \t]*:[ \t]*[«\"“„][^»\"”\n]+[»\"”][ \t]*(?:[.!?…,;—–-]|\n|\Z)))",
    re.IGNORECASE,
)
"""The word right after a note's quotation tag (the report's tag for a quote, ``NOTE_TAGS["quote"]``
in ``facilitator.export.report_words``, or its hashtag), before a colon and the quotation or a dash;
or the word opening a note before a colon and a quotation that ends a sentence (a note tagged as a
quote is typed so: the tag is the note's, not its text's; "жаттығу: «ер адам қорабы» өтті" names an
exercise)."""


def a_tagged_quotes_speaker(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` is the one a quotation tag says is speaking (``_TAGGED_SPEAKER``):
    a place does not speak ("[дәйексөз] шелек: «…»")."""
    tagged = _TAGGED_SPEAKER.search(text, max(0, start - 16))
    return tagged is not None and _speakers_span(tagged) == (start, end)


def _speakers_span(tagged: re.Match[str]) -> tuple[int, int]:
    return tagged.span("word") if tagged.group("word") is not None else tagged.span("first")


def tagged_quote_speakers(text: str, found: list[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """Who a note tagged as a quotation quotes: the word after the tag, before a colon and the quotation
    or a dash ("[цитата] мышык: «…»", "[quote] kipyatok — that's …"), though an everyday word in small
    letters or a place ("шелек: «…»"); not a heading's word, a pronoun, a relative, a word for a person,
    a role, a job, a public figure (``could_be_a_nickname``) or a Russian adjective ("ведущий"); a
    listed name is the name rules' ("Рустам: «…»").
    Placed by the note as a nickname is (unsure: removed, reviewed first; the Russian model's silence
    on a capitalised word opening a note does not take it back)."""
    if "[" not in text and "#" not in text and ":" not in text[:40]:
        return []
    # a span of the same word found already is taken over: the tag says who it is
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    same = {(s.start, s.end) for s in found if s.kind is Kind.NAME and s.source == AMBIGUOUS}
    added = []
    for tagged in _TAGGED_SPEAKER.finditer(text):
        start, end = _speakers_span(tagged)
        word = text[start:end]
        if (taken.overlaps(start, end) and (start, end) not in same) or not could_be_a_nickname(
            word, lower_ok=True, quoted_speaker=True
        ):
            continue
        if base_of(word, list_names()) is not None or (word.islower() and _an_adjective(word.casefold())):
            continue
        added.append(Span(start, end, Kind.NAME, PLACED_NICKNAME, skeleton(word)))
    return added


_BEFORE_A_DASH = re.compile(
    r"(?:^|(?<=[\n.!?«\"“]))(?:"
    + LINE_OPENING.pattern
    + r")(?<![\w-])(?P<word>[^\W\d_][\w'’]*)[ \t]+[—–-][ \t]*\Z"
)
"""A word opening a line or a sentence (or a quotation), then a dash, up to where a description
starts."""


def dash_described_names(
    text: str, quasi: Sequence[Span], found: Sequence[Span], public: Sequence[tuple[int, int]]
) -> list[Span]:
    """A word opening its line or sentence before a dash and a description that singles out one
    person ("beibars — mektep direktorınıñ nemeresi", "Талант — айылдагы жалгыз медайымдын уулу":
    the headmaster's grandson, the village's only nurse's son; ``quasi``): the note defines who
    that is, so the word is a person's name, though it is a word too. A listed first name, in any
    letter case, and what a nickname may be (``could_be_a_nickname``: no relative, role, place,
    heading's word or public figure); not "Беда — единственный фельдшер в селе" (trouble). Unsure:
    removed, reviewed first."""
    if not quasi or ("—" not in text and "–" not in text and "-" not in text):
        return []
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    added = []
    for description in quasi:
        line = text.rfind("\n", 0, description.start) + 1
        before = _BEFORE_A_DASH.search(text, max(line, description.start - 60), description.start)
        if before is None:
            continue
        start, end = before.span("word")
        word = before.group("word")
        if taken.overlaps(start, end):
            continue
        listed = base_of(word, first_names())
        if listed is None or not could_be_a_nickname(word, lower_ok=True):
            continue  # "Беда — единственный фельдшер в селе": a word (trouble), no name
        added.append(Span(start, end, Kind.NAME, AMBIGUOUS, listed))
    return added
