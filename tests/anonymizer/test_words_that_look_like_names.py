"""Words that the name rules took for names, and the position or form that says they are words:
a class's letter after its number ("10 «А»"); a preposition before a number ("Из 9 В"); an
adjective made from a place before its noun ("в Таразской группе"); a common noun opening a
sentence that the dictionary also reads as a surname's genitive ("Ремарка по методике"); a heading's
word or a Kazakh word the name model took ("Ескерту!"); a Kazakh word in the plural ("Бастықтар");
"thanks" in lower case ("рахмат"); a heading's word typed in Latin letters ("tema:"); a name-word
after an adjective ("настоящий азамат"); a Russian compound ("соцслужбой"); a one-letter word in
lower case ("talked a lot"). Names in the same
places are still removed. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part", "use_ner"),
    [
        ("Дәурен — ұялшақ, 11 «А». Айбек — көңілді, 9 «В».", "«В»", False),
        ("Из 8 Б пришли трое, остальные позже.", "Из", False),
        ("Он самый старший в Кентауской группе, 17 лет.", "Кентауской", False),
        ("Ремарка по программе: игру лучше давать в конце.", "Ремарка", False),
        ("Шиелі: бүгін келді. Бастықтар үндемеді.", "Бастықтар", False),
        ("Шиелі: бүгін келді. Қасқалар үндемеді.", "Қасқалар", False),
        ("[09:12] Я: рахмат, пусть отдыхает\nвторой раз уже. ок", "рахмат", False),
        ("segodnya 8 parney. tema: doverie i druzhba. Bekzod skazal 'net'.", "tema", False),
        ("Он сказал: «хороший азамат не бросает своих». записал", "азамат", False),
        ("Поговорил с медслужбой колледжа.", "медслужбой", False),
        ("It was a good day. We talked a lot about fathers.", "a lot", False),
    ],
)
def test_the_word_stays(text: str, part: str, use_ner: bool) -> None:
    assert not touched(text, part, use_ner=use_ner), removed(text, use_ner=use_ner)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Рахмат Алиев опять опоздал.", "Рахмат Алиев"),
        ("Марат — 11 «Б», пришёл с братом.", "Марат"),
        ("Вчера Ковальская сказала, что придёт.", "Ковальская"),
        ("Поговорил с ерсейітом после занятия.", "ерсейітом"),
    ],
)
def test_names_in_the_same_places_are_still_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_a_heading_s_word_or_a_kazakh_word_is_no_sure_person_of_the_name_model() -> None:
    """The name model reads "Ескерту!" (a warning) as a person; a heading's word of any profile, or a
    word of the Kazakh dictionary that names no one of the lists, does not make its span sure."""
    anonymizer = Anonymizer((), use_ner=False)
    assert not anonymizer._ner_word_sure("Ескерту!")
    assert not anonymizer._ner_word_sure("Тақырып")
    assert anonymizer._ner_word_sure("Ерасыл")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ерасыл (9-Б, Ерасылбек емес) бүгін келмеді.", "9-Б"),
        ("Дилноза (10-В) устозга айтди.", "10-В"),
        ("Айбек из 11–А класса, его брат тоже.", "11–А"),
    ],
)
def test_a_class_letter_after_a_hyphen_is_no_initial(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
