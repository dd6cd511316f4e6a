"""Initials where a name is written with them, from general knowledge of how Russian, Kazakh and Uzbek
notes are written, not from any notes:
- initials before a surname ("П. Ахметов", "А.Б. Жумабаев") are part of the name, one line each in
  a list of names too (an initial on the next line opens that line's name, not the line before);
- a note signed with one initial after its last sentence ("… Завтра продолжим. М.");
- initials that spell an abbreviation ("Т.Е.", "Т.К.") in capitals after a word for a person;
- single initials in a list of people's initials that holds a pair ("R. (Samarqand), Zh., O.T.");
  not answer options, whose letters are all single ("А. (да), Б. (нет), В. (не знаю)").
"""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import removed, touched
from tests.helpers.found_names import model_session_names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера П. Ахметов опять опоздал.", "П. Ахметов"),
        ("Ответственный — А.Б. Жумабаев.", "А.Б. Жумабаев"),
        ("Сегодня выступил Н. Абдрахманов.", "Н. Абдрахманов"),
    ],
)
def test_initials_before_a_surname_are_the_name(text: str, name: str) -> None:
    assert name in model_session_names_in(text)


def test_a_list_of_names_with_initials_one_per_line() -> None:
    text = "Дежурные на неделю:\nП. Ахметов\nК. Абдрахманов\nВ. Пак"
    removed = model_session_names_in(text)
    assert "П. Ахметов" in removed and "К. Абдрахманов" in removed
    assert all("\n" not in name for name in removed)


def test_a_note_signed_with_one_initial() -> None:
    assert "М." in model_session_names_in("Группа сегодня шумная, но работали хорошо. Завтра продолжим. М.")


def test_single_initials_in_a_list_of_initials() -> None:
    removed = model_session_names_in(
        "Raskrytie: R. (Samarqand), Zh. (Buxoro), O.T. (Xiva) - ular bilan gaplashdim."
    )
    assert {"R.", "Zh.", "O.T."} <= set(removed)


@pytest.mark.parametrize(
    "text",
    [
        "Варианты ответа: А. (да), Б. (нет), В. (не знаю).",
        "Сдали работы 9 А. Завтра проверим.",
        "Смотри приложение Б.",
    ],
)
def test_single_letters_that_are_no_initials_stay(text: str) -> None:
    assert model_session_names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("На перемене уч-к Т.К. (9 «Б») рассказал о драке.", "Т.К."),
        ("Пришла мама Т.Е., просила перезвонить.", "Т.Е."),
    ],
)
def test_initials_that_spell_an_abbreviation_after_a_word_for_a_person(text: str, name: str) -> None:
    """ "Т.Е." and "Т.К." are "that is" and "since" in lower case; in capitals after a word for a
    person they are someone's initials."""
    assert name in model_session_names_in(text)


@pytest.mark.parametrize("text", ["Опоздали, т.е. начали в пять.", "Т.к. дождь, занятие перенесли."])
def test_the_abbreviations_themselves_stay(text: str) -> None:
    assert model_session_names_in(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("After the session T. told me his stepfather hits him.", "T."),
        ("Boy R. disclosed he sleeps at the station.", "R."),
        ("Ж. сказал, что дома его бьют.", "Ж."),
        # after a sentence's full stop, and after "met"
        ("Everybody knows his uncle. T. stays in the guard booth with him.", "T."),
        ("On Friday we met D. and his mother at the school.", "D."),
        # a small letter after the dot: no sentence ended there, the letter stands for someone
        ("Бүгін ауыр болды. Н. әкесінің анасын ұрғанын айтты.", "Н."),
        ("Initials only in the chat. M. and his cousin both want to come on Sunday.", "M."),
        ("Вчера А. опять пришёл с синяком под глазом.", "А."),
    ],
)
def test_one_initial_before_a_persons_verb_or_after_a_person_word_is_a_person(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Group B. came late, the bus again.", "B."),
        ("P.S. told them to wait for the bus.", "P.S."),
        ("P. S. said to call the hotline.", "S."),  # two initials with a space: one abbreviation
        ("Plan B. Then we left early.", "B."),
        ("Мы обсудили пункт 3. Т. е. всё понятно.", "Т."),  # "that is", written apart
        ("Голосовали: А. да, Б. нет, В. не знаю.", "А."),  # lettered options
    ],
)
def test_a_group_letter_or_an_abbreviation_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
