"""A word of the dictionary that may be a living being ("кабан", "тигр", "малый"), capitalised inside a
sentence right before a phone, is whose number it is: a nickname (name_passes/list_matching.py,
``_unlisted``). A thing's word there stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("записала номер Медведя: +7 701 555 12 34", "Медведя"),
        ("телефон Рыжего 8 705 222 33 44, звонить вечером", "Рыжего"),
        ("вот номер Тигра — 87471234567, он сам дал", "Тигра"),
    ],
)
def test_a_nickname_before_a_phone_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("телефон Школы: 8 7142 54 32 10, спросить завуча", "Школы"),
        ("номер Поликлиники 8 7152 46 11 22 на стенде", "Поликлиники"),
        ("Медведь приснился, а потом позвонили с 8 701 555 12 34", "Медведь"),
    ],
)
def test_a_thing_or_a_sentence_opening_before_a_phone_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
