"""A virtue's name heading its sentence before a dash, the sentence then speaking of a word ("Grace -
… no such word", "Вера — … такого слова нет"), is the word discussed; the same name before a dash
in a sentence about no word is a person. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Hope - Timur said there is no such word in Kazakh.", "Hope"),
        ("Вера — Тимур сказал, что в кыргызском нет такого слова.", "Вера"),
    ],
)
def test_a_virtue_discussed_as_a_word_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
    assert covered(text, "Timur" if "Timur" in text else "Тимур"), removed(text)


def test_a_virtue_named_person_before_a_dash_goes() -> None:
    text = "Grace - Aizhan said she will come tomorrow."
    assert covered(text, "Grace"), removed(text)
