"""A referral's, a certificate's and an appeal's number after its word in Uzbek and Tajik
("Yo'llanma № 12/2025", "ma'lumotnomasi № 0311-24", "Рақами муроҷиат: 41/Б-09"), and a student card
named without its noun ("потерял студенческий (№ 0412/22)"): a document of one person. Sentences
written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Psixologga yo'naltirdik, qabul payshanba kunlari. Yo'llanma № 12/2025.", "12/2025"),
        ("Tibbiy ma'lumotnomasi № 0311-24 maktabga topshirildi.", "0311-24"),
        ("Бахромро ба психолог фиристодем. Рақами муроҷиат: 41/Б-09.", "41/Б-09"),
        ("Ильяс потерял студенческий (№ 0412/22), просит справку из деканата.", "0412/22"),
    ],
)
def test_a_referrals_or_a_certificates_number_is_a_document(text: str, number: str) -> None:
    assert number in found_as(text, Kind.DOCUMENT)


@pytest.mark.parametrize(
    "text",
    [
        "Mashg'ulot № 12 maktabda bo'ldi, 14 yigit keldi.",
        "Дарси № 5 дар синфи 9/А-10 гузашт.",
        "Студенческий совет колледжа собрался в 15:00, было 12 человек.",
    ],
)
def test_a_sessions_a_classs_or_a_councils_number_stays(text: str) -> None:
    assert found_as(text, Kind.DOCUMENT) == []
