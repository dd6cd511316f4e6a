"""A street named without its word, with its house: a name that is also a word of the dictionary or
a listed surname ("Ленин") before a house and its flat, when the pair is no score (a house past 30:
"Ленин 112-5"); a street with a historic title and a Turkic locative or dative ending on its house
("Baidibek bi 87-de isteidi", "Төле би 45-те тұрады"). A person's score, a lesson's hours, a count
and a year stay. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


def addresses(text: str) -> list[str]:
    return found_as(text, Kind.ADDRESS)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Жаңы катышуучу: Санжар, туулган күнү 19.07.2007, Ленин 112-5. атасы жок", "Ленин 112-5"),
        ("Ozi Baidibek bi 87-de shinomontazhda isteidi.", "Baidibek bi 87"),
        ("Апасы Төле би 45-те тұрады.", "Төле би 45"),
        ("Тетя живёт: Гагарин 48-12, второй подъезд.", "Гагарин 48-12"),
    ],
)
def test_a_street_by_a_word_or_a_surname_with_its_house_is_an_address(text: str, address: str) -> None:
    assert any(address in found for found in addresses(text)), addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Баллы за сценку: Асель 5-6, Марат 8-9.",  # scores
        "Сабақ 3-4 болды, кейін шай іштік.",  # a lesson's hours
        "Қабанбай батыр 3 рет айтылды.",  # a count
        "Абылай хан 1700-де өмір сүрген деп айтты.",  # a year
        "Жастар 5-6 сағат футбол ойнады.",  # young people, hours
    ],
)
def test_a_score_an_hour_a_count_and_a_year_are_no_address(text: str) -> None:
    assert addresses(text) == []
