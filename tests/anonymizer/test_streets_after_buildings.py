"""A building placed by its street ("в магазине на Тарана", "центр на Букетова"): the word after
"на" is the street, no person (name_rules/streets_on.py). Sentences written for this test."""

from __future__ import annotations

import pytest

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
