"""A name that is also a word, opening a sentence and joined by "and his" (her, their; "и его") to a
relative or a friend, is a person: "his" points back at someone ("Almas and his cousin fought", "Nur
and his brother came late"). "and his work", "and its rules" stay words. Sentences written for
this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Almas and his older brother came to pick up the certificates.", "Almas"),
        ("Nur and his cousin were late again, bus problems.", "Nur"),
        ("Zhenis and her sister sat in the back row.", "Zhenis"),
        ("Арман и его друг остались после занятия.", "Арман"),
    ],
)
def test_a_name_word_and_its_own_relative_is_a_person(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Islam and its rules came up in the discussion.", "Islam"),
        ("Hope and his work on himself: that was the topic.", "Hope"),
        ("Almas and his work: the poem we read last week.", "Almas"),
    ],
)
def test_a_word_and_its_things_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
