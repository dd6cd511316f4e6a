"""A housing estate (ЖК, жилой комплекс; ТҮК) is part of an address: its name in quotes after the
address ("ул. Сыганак 14, кв. 203, ЖК «Нурлы Жол»"), and the estate with a flat in it though no
street is named ("в ЖК «Хайвил», кв. 45"). An estate named alone, where a session takes place,
is no one's address. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


def addresses(text: str) -> list[str]:
    return found_as(text, Kind.ADDRESS)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Мы переехали, адрес: ул. Сыганак 14, кв. 203, ЖК «Нурлы Жол». Отец не знает.", "ЖК «Нурлы Жол»"),
        ("Тётя живёт в ЖК «Хайвил», кв. 45, второй подъезд.", "ЖК «Хайвил», кв. 45"),
    ],
)
def test_a_housing_estate_is_part_of_the_address(text: str, address: str) -> None:
    assert any(address in found for found in addresses(text)), addresses(text)


def test_an_estate_where_a_session_takes_place_is_no_address() -> None:
    assert addresses("Тренинг прошёл в клубе ЖК «Хайвил», пришли 12 парней.") == []
