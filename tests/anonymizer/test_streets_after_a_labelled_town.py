"""After an address's label and a town of the lists with a comma ("дареги Ош, …", "manzili Andijon,
…"), a capitalised name and a house number are the street without its word and the house, as right
after the label ("Адрес: Абая 45-12"); a label before a word that is no town, or a year after the
town, is no address. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import covered, removed


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.ADDRESS]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Жаңы баланын дареги Өзгөн, Манас 17, апасы менен жашайт.", "Манас 17"),
        ("Ukasining manzili Andijon, Bobur 45/2. Telefoni yo'q.", "Bobur 45/2"),
        ("Адрес: Ош, Ленина 210, кв. 5 — там живёт с бабушкой.", "Ленина 210, кв. 5"),
    ],
)
def test_a_street_after_a_labelled_town_is_an_address(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Дареги Ош, 2023-жылы көчүп келишкен.",
        "Дареги белгисиз, Азамат 17 жашта.",
    ],
)
def test_no_town_or_no_house_is_no_address(text: str) -> None:
    assert addresses(text) == [], removed(text)
