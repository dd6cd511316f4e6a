"""The number of a person's appeal or case at a hotline or a police office is that person's record,
as a court case's is: after a word for an appeal or a case ("обращение № 0412/24", "дело ТЛ-77/23",
"иш номери 2023-0518-ИДН"), with or without the number sign. Counts and a school's number stay.
Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import rules_anonymizer


def documents_in(text: str) -> list[str]:
    return [text[s.start : s.end] for s in rules_anonymizer().detect(text) if s.kind is Kind.DOCUMENT]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Участковый перезвонил по обращению № 0412/24, акт составлен.", "0412/24"),
        ("Обращение № 1187/23 закрыто, мальчик у бабушки.", "1187/23"),
        ("Запросили данные по обращению ТЛ-77/23 — без письма не дам.", "ТЛ-77/23"),
        ("Передала соцработнику. Дело НР-512/24.", "НР-512/24"),
        ("Инспектор айтты: иш номери 2023-0518-ИДН, кайра текшерем.", "2023-0518-ИДН"),
    ],
)
def test_an_appeal_or_a_case_number_is_a_document(text: str, number: str) -> None:
    assert number in documents_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "За неделю 14 обращений, из них 3 от родителей.",
        "Обращение к родителям написали на доске, 20 минут.",
        "Позвонить в школу №21 насчёт зала.",
        "Кейс 2 на занятии разбирали в группах по 4.",
        "Разбирали кейс про школу №5 и про двор.",
        "Referral: house no. 14 on Gagarin street, his grandmother's.",
    ],
)
def test_counts_and_numbered_things_stay(text: str) -> None:
    assert documents_in(text) == []
