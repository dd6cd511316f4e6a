"""A name-word with "my" on it opening a sentence is "my dream", "my wish" ("Арманым — Алматыға
кету", whatever name the next word reads as; the Kyrgyz "Тилегим —", its stem voiced before the
ending); the name alone there is a person ("Арман Алматыға кетті"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Арманым — Алматыға кету, деді бір жігіт.", "Арманым"),
        ("Тилегим — ушул балдар ала качууну токтотушса.", "Тилегим"),
        ("Талабым — окуу, деди бир бала.", "Талабым"),
    ],
)
def test_my_word_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Арман Алматыға кетті, енді келмейді.", "Арман"),
        ("Тилек келди, кечигип.", "Тилек"),
    ],
)
def test_the_name_alone_is_a_person(text: str, name: str) -> None:
    assert covered(text, name), removed(text)
