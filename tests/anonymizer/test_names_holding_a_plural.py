"""A Kazakh word in the plural is no one person ("Басқалар", "Бастықтарға"), but a name whose letters
hold a word and "-тар"/"-дар" before more letters is a name ("Қостархан": қос + тар + хан, no plural
with an ending after it). Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кеше Қостархан келді.", "Қостархан"),
        ("Бүгін Жолдархан сабаққа кешікті.", "Жолдархан"),
        ("Кеше Тоқтарәлі келді.", "Тоқтарәлі"),
    ],
)
def test_a_name_holding_a_word_and_tar_is_a_name(text: str, part: str) -> None:
    assert touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Басқалар келмеді.", "Басқалар"),
        ("Бастықтарға айттым, олар үндемеді.", "Бастықтарға"),
        ("Ертең Мұғалімдерге хат жазамын.", "Мұғалімдерге"),
    ],
)
def test_a_kazakh_word_in_the_plural_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
