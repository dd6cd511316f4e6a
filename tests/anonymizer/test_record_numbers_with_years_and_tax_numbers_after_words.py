"""A record's number after its word with no number sign, as a year's two digits or an office's
letters follow it ("Номер обращения 17/25-К", "Рақами муроҷиат 0093/25", "sud ishi raqami
5-1187/2025"); a number sign after a date's dots in the same sentence ("Ордер выдан 19.02, №
0341/ИК"); an Uzbek application ("ariza № 0412-B"). A Tajik tax number after "РМА" with an ending or
a word of whose it is between ("РМА-и модараш 410227561", "РМА-ашро навишт: 510482736"). A day and a
month after a record's word stay ("направление 12/03"). Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import rules_anonymizer


def _found(text: str, kind: Kind) -> list[str]:
    return [text[s.start : s.end] for s in rules_anonymizer().detect(text) if s.kind is kind]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Срочно, порезы на руке. Номер обращения 17/25-К.", "17/25-К"),
        ("Ордер выдан 19.02, № 0341/ИК. Отца выселили?", "0341/ИК"),
        ("Bepul yuridik yordam markaziga yo'naltirdim, ariza № 0412-B.", "0412-B"),
        ("Равоншинос қабул кард. Рақами муроҷиат 0093/25.", "0093/25"),
        ("Akasining Rossiyadagi sud ishi raqami 5-1187/2025, sud 12.03 da.", "5-1187/2025"),
    ],
)
def test_the_records_number_is_a_document(text: str, number: str) -> None:
    assert number in _found(text, Kind.DOCUMENT)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Шаҳодатнома ҳаст. РМА-и модараш 410227561.", "410227561"),
        ("Дар анкета РМА-ашро навишт: 510482736. Пок кардам.", "510482736"),
    ],
)
def test_the_tax_number_is_removed(text: str, number: str) -> None:
    assert number in _found(text, Kind.IIN)


def test_a_day_and_a_month_after_a_records_word_stay() -> None:
    assert _found("Дала направление 12/03 к психологу, придёт в пятницу.", Kind.DOCUMENT) == []
