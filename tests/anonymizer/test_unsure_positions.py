"""Words that may be a person where no other rule reads one, removed as unsure and listed first in the
review; an honorific's case ending after a name; pet forms of the session's own names.

Written from general knowledge of Russian, Kazakh (Cyrillic, the 2018 Latin alphabet, ASCII), Kyrgyz,
Uzbek and Tajik naming and address, not from any notes:
- a listed name alone in its clause ("…: Роман, Слава."), not an item of a list of lower-case words
  ("Вера, надежда, любовь");
- a Russian noun right after a first name, read as a surname ("вячеслав ткач", "Андрей Кузнец"), not
  a verb ("ерлан пришёл");
- a name-word inside a Russian sentence that the name model does not confirm ("выступила Вера");
- "Sherzod akaga", "Нурлан ағаға", "Айгүл апайға", "Бакыт байкеге", "Дильноза опага": the
  honorific with the name's case ending is in the name's span; "Гүлнара эжеке", "Бауыржанның ағасы"
  (an honorific alone, another person) are not;
- "erjeke" (Ержан), "дико" (Дидар), "sanja" (Санжар) with those names on the roster, where a
  person stands; "дико интересно" stays.
"""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.name_rules.name_sources import NAME_ALONE, PET_FORM, SURNAME_WORD, UNSURE_SOURCES
from facilitator.anonymizer.spans import Kind, Span
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note

ROSTER = ("Ержан Сапаров", "Дидар Ахметов", "Санжар Алиев", "Нурлан Бекенов")


@cache
def _anonymizer(roster: tuple[str, ...] = (), use_ner: bool = False) -> Anonymizer:
    return Anonymizer(roster, use_ner=use_ner, language="ru")


def _names(text: str, roster: tuple[str, ...] = (), use_ner: bool = False) -> dict[str, Span]:
    spans = _anonymizer(roster, use_ner).detect(text)
    return {text[s.start : s.end]: s for s in spans if s.kind is Kind.NAME}


# -- a listed name alone in its clause --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Сегодня опоздали двое: Роман, Слава.", "Роман"),
        ("Кто отвечал за флипчарт? Роман.", "Роман"),
        ("Who brought the markers? Grace.", "Grace"),
        ("Кто дежурил? Слава.", "Слава"),
    ],
)
def test_a_listed_name_alone_in_its_clause_is_removed_unsure(text: str, word: str) -> None:
    found = _names(text)
    assert word in found, found
    assert found[word].source in UNSURE_SOURCES


@pytest.mark.parametrize(
    "text",
    [
        "Вера, надежда, любовь.",
        "Ценности: любовь, уважение, доверие.",
        "Nur, jaryq, úmit — bári kerek.",
        "Сабақта сөйлестік: сезім, арман, бақыт.",
    ],
)
def test_a_name_word_in_a_list_of_words_stays(text: str) -> None:
    listed = text.split(":")[-1]
    assert not [w for w in _names(text) if w in listed]


# -- a word read as a surname after a first name ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "surname"),
    [
        ("славик (вячеслав ткач) хочет быть помощником.", "вячеслав", "ткач"),
        ("На встречу пришёл Андрей Кузнец, сын учителя.", "Андрей", "Кузнец"),
        ("сегодня денис пастух молчал весь час.", "денис", "пастух"),
    ],
)
def test_a_noun_after_a_first_name_is_a_surname_removed_unsure(text: str, first: str, surname: str) -> None:
    found = _names(text)
    assert surname in found, found
    assert found[surname].source == SURNAME_WORD
    # one person: the surname takes the first name's pseudonym
    assert found[surname].key == found[first].key


@pytest.mark.parametrize("text", ["ерлан пришёл поздно.", "Марат тоже пришёл.", "Андрей сказал, что устал."])
def test_a_verb_or_filler_after_a_first_name_stays(text: str) -> None:
    assert all(s.source != SURNAME_WORD for s in _names(text).values())


# -- a name-word inside a Russian sentence that the name model does not confirm ------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Из девушек пришла только Любовь.", "Любовь"),
        ("Вопросы задавала Любовь, остальные молчали.", "Любовь"),
        ("Записывал Роман, а Слава считал голоса.", "Слава"),
    ],
)
def test_a_name_word_inside_a_russian_sentence_is_removed_without_the_model(text: str, word: str) -> None:
    found = _names(text, use_ner=True)
    assert word in found and found[word].source in UNSURE_SOURCES


def test_a_name_word_opening_a_russian_sentence_still_waits_for_the_model() -> None:
    assert "Надежда" not in _names("Надежда есть всегда, говорили ребята.", use_ner=True)


# -- the unsure flag reaches the review ---------------------------------------------------------------
def test_the_review_lists_these_first_as_unsure_and_prints_one_person() -> None:
    texts = ["славик (вячеслав ткач) хочет быть помощником.", "Сегодня опоздали двое: Роман, Слава."]
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), t) for i, t in enumerate(texts)]
    red = Redaction(notes, _anonymizer())
    rows = red.removals(red.notes[0])
    by_word = {notes[0].text[r.span.start : r.span.end]: r for r in rows}
    assert by_word["ткач"].unsure and by_word["ткач"].removed
    assert not by_word["вячеслав"].unsure
    assert rows.index(by_word["ткач"]) < rows.index(by_word["вячеслав"])  # unsure first
    assert "ткач" not in red.text(red.notes[0])
    assert by_word["ткач"].replacement == by_word["вячеслав"].replacement
    roman = next(r for r in red.removals(red.notes[1]) if r.span.source == NAME_ALONE)
    assert roman.unsure and roman.removed and "Роман" not in red.text(red.notes[1])


# -- an honorific with the name's case ending --------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    [
        "Sherzod akaga",  # Uzbek, Latin
        "Азиз акага",  # Uzbek, Cyrillic
        "Дильноза опага",
        "Нурлан ағаға",  # Kazakh
        "Нурлан агага",  # Kazakh typed on a Russian keyboard
        "Айгүл апайға",
        "Бакыт байкеге",  # Kazakh, Kyrgyz
        "Gúlnar apaıǵa",  # Kazakh, 2018 Latin
        "Qairat agaga",  # Kazakh, ASCII
        "Нурлан ағайдың",  # the genitive
        "Айгүл апаймен",  # with
        "Гүлнара эжеке",  # an honorific as it is (since the sixth recall round: notes_v marks it so)
    ],
)
def test_an_honorific_with_a_case_ending_is_in_the_names_span(phrase: str) -> None:
    text = f"Кеше {phrase} айттым, ол келісті."
    spans = [s for s in _anonymizer().detect(text) if s.kind is Kind.NAME]
    at = text.index(phrase)
    assert any(s.start <= at and at + len(phrase) <= s.end for s in spans), [
        text[s.start : s.end] for s in spans
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Бауыржанның ағасы келді.", "Бауыржанның"),  # his brother: another person
        ("Асан эжесин урду.", "Асан"),  # his sister (accusative)
        ("Ерлан ата-анасымен келді.", "Ерлан"),  # with his parents
    ],
)
def test_a_relative_or_an_honorific_alone_is_not_in_the_names_span(text: str, name: str) -> None:
    assert name in _names(text)


# -- pet forms of the session's own names ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pet", "key"),
    [
        ("Бүгін erjeke keldi, ol kóp sóıledi.", "erjeke", "erjan"),
        ("вчера дико сказал, что устал.", "дико", "didar"),
        ("Дико опять опоздал.", "Дико", "didar"),
        ("sanja said he would come next week.", "sanja", "sanjar"),
    ],
)
def test_a_pet_form_of_a_roster_name_is_removed_unsure(text: str, pet: str, key: str) -> None:
    found = _names(text, ROSTER)
    assert pet in found, found
    assert found[pet].source == PET_FORM and found[pet].key == key


@pytest.mark.parametrize("text", ["дико интересно было, все спорили.", "Тема дико интересная."])
def test_a_pet_form_that_is_a_word_stays_where_no_person_stands(text: str) -> None:
    assert not _names(text, ROSTER)


def test_no_pet_form_without_the_name_on_the_roster() -> None:
    assert "дико" not in _names("вчера дико сказал, что устал.")
