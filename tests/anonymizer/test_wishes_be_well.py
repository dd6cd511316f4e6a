"""A name-word before the imperative of "to be" is the word of a wish ("Саломат бошед", "Baxtli
bo'ling" style: "Шод бошед", "Omon bo'ling", "Бакыттуу болуңуз"); a person is not told to be.
"Анвар бошад, …" ("as for Anvar") is no imperative and stays a name."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ҳама ташаккур. Шод бошед!", "Шод"),
        ("Rahmat hammaga. Omon bo'ling!", "Omon"),
        ("Рахмат баарыңарга. Ырыс болуңуз!", "Ырыс"),
    ],
)
def test_a_wish_to_be_keeps_its_word(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in [text[s.start : s.end] for s in anonymizer.detect(text)]


def test_the_wish_stays_beside_a_person_of_that_name(anonymizer: Anonymizer) -> None:
    text = "Омон Каримович ҳам омад. Омон бошед, гуфтем."
    found = [(s.start, text[s.start : s.end]) for s in anonymizer.detect(text)]
    assert (text.index("Омон бошед"), "Омон") not in found
    assert any(at == 0 for at, _word in found)
