"""An Uzbek number plate typed in Cyrillic letters ("50 Б 456 ВА": region, letter, three digits, two
letters) is a plate, as in Latin letters ("01 A 123 BC"); a class and a house number stay. Sentences
written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import removed, touched


def plates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.PLATE]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Акаси болаларни 40 Н 777 ЕА машинасида олиб келади.", "40 Н 777 ЕА"),
        ("Машина рақами: 60 М 123 КА, оқ Нексия.", "60 М 123 КА"),
        ("Дядя возит ребят на 01 A 123 BC.", "01 A 123 BC"),
    ],
)
def test_an_uzbek_plate_in_either_script_is_a_plate(text: str, plate: str) -> None:
    assert plate in plates(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("В 10 А классе 25 учеников.", "10 А классе 25"),
        ("Живёт в доме 12 А, квартира 105.", "12 А"),
    ],
)
def test_a_class_and_a_house_number_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
