"""A district's word (maybe cut to a letter: Tajik "н." for ноҳия, Russian "р-н") opening a clause
right before an address that starts with the district's name is part of the address."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import fully_removed


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Суроға: н. Сино, кӯч. Б. Ғафуров 14, хонаи 7. Модараш", "н. Сино, кӯч. Б. Ғафуров 14, хонаи 7"),
        ("живёт (р-н Турксиб, ул. Майлина 41, кв. 3) с бабушкой", "р-н Турксиб, ул. Майлина 41, кв. 3"),
    ],
)
def test_the_district_word_goes_with_the_address(text: str, address: str) -> None:
    assert fully_removed(Anonymizer([]), text, address)
