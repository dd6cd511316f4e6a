"""An unknown capitalised word in the English possessive before a relative is a person
(possessed_kin.py), at a list line's or a sentence's start too; an English word so placed is not.
Lines written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # "altyn" (gold) is a Kazakh word too: alone at a start, unsure; before "'s mum", a person
        ("To call:\n- Altyn's cousin? evenings only", "Altyn's"),
        ("Altyn's mum phoned twice.", "Altyn's"),
    ],
)
def test_the_possessor_of_a_relative_is_removed(text: str, part: str) -> None:
    assert part in removed_texts(ANONYMIZER, text)


@pytest.mark.parametrize("text", ["Teacher's son joined late.", "Nobody's friend, he said."])
def test_an_english_word_so_placed_stays(text: str) -> None:
    assert removed_texts(ANONYMIZER, text) == []
