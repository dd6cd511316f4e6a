"""A temperature outside ("на улице мороз -32") is no street with a house: a street's name starts
with no hyphen or minus (patterns.ADDRESS). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня на улице мороз -30, половина не пришла.",
        "На улице ветер -25 и метель, занятие перенесли.",
        "улица холодная -18 утром, автобус не завёлся",
    ],
)
def test_a_temperature_outside_stays(text: str) -> None:
    assert not removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Живёт на улице Мороза 12-4 с бабушкой.", "улице Мороза 12-4"),
        ("адрес: ул. Северная 7-15", "ул. Северная 7-15"),
        ("ул. Пушкина 3-а, общага", "ул. Пушкина 3-а"),
    ],
)
def test_a_street_and_its_house_go(text: str, part: str) -> None:
    assert covered(text, part), removed(text)
    assert touched(text, part)
