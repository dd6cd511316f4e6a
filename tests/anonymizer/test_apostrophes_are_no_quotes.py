"""An apostrophe inside or at the end of a word ("Aruzhan's", "parents'") opens no quotation: a name
between two of them is no title of a thing ("… session" after the second is no "exercise 'X'").
Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Timur's dad Ermek wants a parents' session too.", "Ermek"),
        ("Dana's aunt Gulnara asked about the girls' game on Friday.", "Gulnara"),
    ],
)
def test_a_name_between_two_apostrophes_is_removed(text: str, name: str) -> None:
    assert name in removed_texts(ANONYMIZER, text)


def test_a_quoted_title_is_still_a_title() -> None:
    assert removed_texts(ANONYMIZER, "We played the game 'Aigerim' again, they loved it.") == []
