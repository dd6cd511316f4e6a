"""A document's series of digits typed before "№" and its number is part of it (a Russian work
patent, a migration card), and so is the word "series" before it ("серия 77 № …"); a code of
letters and hyphened digit groups after an identity cue is a document ("student ID
KazNU-19-33071"). Short numbers after "№" and a range after "ID" stay."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import fully_removed, removed_texts


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("Юсупов — патент 77 № 1904418235, до марта.", "77 № 1904418235"),
        ("мигр. карта 4512 № 7730194 — просрочена", "4512 № 7730194"),
        ("Shahnoza: student ID KazNU-19-33071, dorm 4.", "KazNU-19-33071"),
        ("his ID: 2019-44-0817 (college)", "2019-44-0817"),
        # the word "series" typed before the series is the document's too
        ("патент серии 50 № 3318470962 продлили в мае", "серии 50 № 3318470962"),
        ("Миграционная карта: серия 4603 № 5521870", "серия 4603 № 5521870"),
        ("patent seriya 77 № 4410293857 muddati o'tgan", "seriya 77 № 4410293857"),
    ],
)
def test_a_series_or_a_hyphened_code_is_a_document(text: str, document: str) -> None:
    assert fully_removed(Anonymizer([]), text, document)


@pytest.mark.parametrize(
    "text",
    ["Приказ 12 № 3 от понедельника, кабинет 14.", "The ID 12-15 range was discussed."],
)
def test_short_numbers_stay(text: str) -> None:
    assert removed_texts(Anonymizer([]), text) == []
