"""A street's name and a house right after "his home" or "they live" is an address though the
street has no word of its own ("живут Садовой 12, кв 3", "үйү: Чүй 140", "uyi Navbahor 7"), as after
"адрес"; a count after the number is no house ("живут Петровы 3 года"). Sentences written for this
test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import rules_anonymizer


def addresses_in(text: str) -> list[str]:
    return [text[s.start : s.end] for s in rules_anonymizer().detect(text) if s.kind is Kind.ADDRESS]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Они живут Садовой 12, кв 3, мама не работает.", "Садовой 12, кв 3"),
        ("Үйү: Чүй 140, дүкөндүн жанында.", "Чүй 140"),
        ("Uyi Navbahor 7, masjid yonida.", "Navbahor 7"),
        ("Үйі Абылай хан 15, екінші қабат.", "Абылай хан 15"),
    ],
)
def test_a_street_after_a_word_of_home(text: str, street: str) -> None:
    assert any(street in a for a in addresses_in(text)), addresses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Они живут Петровы 3 года в этом селе.",
        "Үйү Бишкекте 2 жыл болду, кийин көчүшкөн.",
        "Uyi Toshkentda 5 yil turdi.",
    ],
)
def test_a_count_after_the_number_is_no_house(text: str) -> None:
    assert addresses_in(text) == []
