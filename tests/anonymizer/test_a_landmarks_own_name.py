"""A home told by a landmark keeps the landmark's own name and its street in the address ("дом с
синей калиткой напротив кафе «Жибек» на Абылая", "за заправкой Sinooil, второй подъезд"): the
name narrows the landmark to one. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Живут в частном секторе, дом с синей калиткой напротив кафе «Жибек» на Абылая. Позвонить.",
            "дом с синей калиткой напротив кафе «Жибек» на Абылая",
        ),
        (
            "Тимур живёт в доме за заправкой Sinooil, второй подъезд, 5 этаж. Мама работает.",
            "доме за заправкой Sinooil, второй подъезд, 5 этаж",
        ),
    ],
)
def test_a_landmarks_name_and_street_go_with_the_home(text: str, part: str) -> None:
    assert covered(text, part), removed(text)
