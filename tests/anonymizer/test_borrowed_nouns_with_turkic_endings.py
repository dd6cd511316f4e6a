"""A noun of the Russian dictionary with a Kazakh or Kyrgyz case ending opening a sentence
("Координаторға хабарладым": I told the coordinator) is a word, though its letters hold a
surname's ending ("Координа"); a surname with endings ("Сапаровтардың") is still removed.
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Бұл өте қауіпті. Координаторға хабарладым, ертең жоспар құрамыз.", "Координаторға"),
        ("Кыздын атасы чечкен. Координаторго кабарладым.", "Координаторго"),
        ("Директорға айттым, ол келісті.", "Директорға"),
        ("Психологқа жібердім, ертең қабылдайды.", "Психологқа"),
    ],
)
def test_the_borrowed_noun_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сапаровтардың үйіне бардық.", "Сапаровтардың"),
        ("Бүгін Петровқа айттым.", "Петровқа"),
    ],
)
def test_a_surname_with_endings_is_still_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)
