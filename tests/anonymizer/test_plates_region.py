"""Car plates of the region as typed in notes: Kazakhstan's "123 ABC 02", and its region code and
country letters written first as on a Kyrgyz plate ("01 KZ 123 ABC", "01 KG 123 ABC"); a year, a
count or a class beside letters is no plate. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind

ANONYMIZER = Anonymizer((), use_ner=False)


def plates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ANONYMIZER.detect(text) if s.kind is Kind.PLATE]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Көлігі 777 ABA 05, ақ Камри.", "777 ABA 05"),
        ("Mashinasy 01 KZ 123 ABC, qara Lada.", "01 KZ 123 ABC"),
        ("Машина 02 KZ 456 AB у школы стоит.", "02 KZ 456 AB"),
        ("Унаасы 01 KG 123 ABC, ак Хонда.", "01 KG 123 ABC"),
    ],
)
def test_a_plate_is_removed(text: str, plate: str) -> None:
    assert plate in plates(text)


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 KZ 100 тысяч участников: отчёт ЮНИСЕФ.",
        "Сынып 11 KZ тобы, 25 оқушы.",
    ],
)
def test_no_plate_where_none_is(text: str) -> None:
    assert not plates(text)
