"""A street's name after its word is one word or two, the second holding a letter: a house and flat
number is never the name's second word ("ул. Жамбыла 201-45, 2006 г.р.": the house 201-45, then a
year of birth; patterns.ADDRESS). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "address", "after"),
    [
        ("Кенжебаев Арман, ул. Чкалова 14-3, 2007 г.р., просит справку", "ул. Чкалова 14-3", "2007 г.р."),
        ("живёт: ул. Гоголя 88-12, 16 лет, с бабушкой", "ул. Гоголя 88-12", "16 лет"),
    ],
)
def test_the_house_ends_the_street(text: str, address: str, after: str) -> None:
    assert covered(text, address), removed(text)
    assert address in removed(text), removed(text)
    assert after not in " ".join(s for s in removed(text) if s.startswith("ул.")), removed(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("адрес: ул. 8 Марта 12, кв. 3", "ул. 8 Марта 12, кв. 3"),
        ("адрес: пр. Абылай хана 45, кв. 9", "пр. Абылай хана 45, кв. 9"),
    ],
)
def test_a_street_of_two_words_and_its_house_go(text: str, address: str) -> None:
    assert covered(text, address), removed(text)
    assert touched(text, address)
