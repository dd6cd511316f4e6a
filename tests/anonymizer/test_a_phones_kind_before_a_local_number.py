"""A phone's kind standing for the word "phone" before a local number ("звонить на домашний
41-07-93", "мобильный: 227-14-08"); "домашнее задание 12-15" is homework. Sentences written for this
test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Дед плохо слышит, звонить на домашний 41-07-93 после обеда.", "41-07-93"),
        ("У бабушки только сотовый 227-14-08, городского нет.", "227-14-08"),
    ],
)
def test_a_local_number_after_a_phones_kind_is_a_phone(text: str, phone: str) -> None:
    assert phone in found_as(text, Kind.PHONE)


def test_homework_is_no_phone() -> None:
    assert found_as("Домашнее задание 12-15 к пятнице, всем раздала.", Kind.PHONE) == []
