"""A birth certificate's series in Tajik letters ("I-ТҶ № 0345127", "II-ТҶ 0457712") or in Kazakh
Latin letters ("I-ZhA № 0417823") is the certificate's, with its number; a Tajik tax number after
its letters "РМА" is a personal number; a case's code of a town's and an office's capitals and a
number after "case ref" ("TRZ-KC-0931") is a record's. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("Фаридун: шаҳодатномаи таваллуд I-ТҶ № 0345127, 11.05.2009.", "I-ТҶ № 0345127"),
        ("шаҳодатнома II-ТҶ 0457712 ва шиноснома овард", "II-ТҶ 0457712"),
        ("Тизим: Нурлан Б., tuu turaly kualik I-ZhA № 0417823.", "I-ZhA № 0417823"),
        ("Referred to the crisis centre, case ref TRZ-KC-0931; mother agreed.", "TRZ-KC-0931"),
    ],
)
def test_the_series_and_the_code_go_with_their_number(text: str, document: str) -> None:
    assert document in found_as(text, Kind.DOCUMENT)


@pytest.mark.parametrize(
    "text",
    ["Равшан ҳуҷҷатҳоро овард: РМА 410258736, нусха гирифтем.", "падараш — рма 517284093, ронанда"],
)
def test_a_tajik_tax_number_after_its_letters_is_a_personal_number(text: str) -> None:
    number = next(part for part in text.replace(",", " ").split() if part.isdigit())
    assert number in found_as(text, Kind.IIN)


@pytest.mark.parametrize(
    "text",
    [
        "Мактаби рақами 14, синфи 9-Б: 28 хонанда.",  # a school's and a class's numbers
        "Road TRZ-ALA closed for two days.",  # capitals with no number
    ],
)
def test_numbers_of_no_record_stay(text: str) -> None:
    assert found_as(text, Kind.DOCUMENT) == [] and found_as(text, Kind.IIN) == []
