"""A building placed by its street ("в магазине на Тарана", "центр на Букетова"): the word after
"на" is the street, no person (name_rules/streets_on.py). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_called_nicknames import session_removed
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Встречаемся в кафе на Пушкарёва, там тихо.", "Пушкарёва"),
        ("Занятие перенесли в колледж на Баймагамбетова.", "Баймагамбетова"),
        ("Ребята ждали у аптеки на Гагарина.", "Гагарина"),
        ("Справку взяли в ЦОНе на Назарбаева без очереди.", "Назарбаева"),
        ("В библиотеке на Островского дали зал бесплатно.", "Островского"),
    ],
)
def test_the_street_of_a_building_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a given name after "на" is a person looked at or shouted at
        ("В магазине на Ерлана накричали охранники.", "Ерлана"),
        ("В школе на Серёгу опять жалуются.", "Серёгу"),
        # "на" after a word that is no building
        ("Обиделся на Кожабекова и ушёл.", "Кожабекова"),
        # a house number after it: the address goes
        ("Живёт в общаге на Сатпаева 14, комната 5.", "Сатпаева 14"),
    ],
)
def test_a_person_or_an_address_after_na_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_the_session_adds_no_form_of_a_name_where_it_is_a_buildings_street() -> None:
    # the session layer adds the other forms of a note's names (coreference.py): "Сатпаева" after
    # "гимназии на" is the street the school is on, though "Сатпаеву" is a pupil of the note
    text = "Сатпаеву (11 «В») нужна консультация. Он учится в гимназии на Сатпаева."
    words = session_removed(text)
    assert "Сатпаеву" in words and "Сатпаева" not in words, words


def test_the_session_still_adds_a_given_name_after_na() -> None:
    text = "Ерлану сегодня плохо. В магазине на Ерлана накричали."
    assert "Ерлана" in session_removed(text)
