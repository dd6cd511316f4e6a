"""A capitalised word no list knows, right before a number sign, is the noun of a numbered thing
(numbered_things.py), not a person; a listed name so placed is still removed. Sentences written
for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Синфхона №4, соати 10:00.", "Синфхона"),
        ("Аудитория № 215 занята, переходим.", "Аудитория"),
        ("Бөлмө №3 ачык болот.", "Бөлмө"),
    ],
)
def test_the_noun_of_a_numbered_thing_stays(text: str, word: str) -> None:
    assert not any(word in f for f in removed_texts(ANONYMIZER, text))


def test_a_listed_name_before_a_number_sign_is_removed() -> None:
    assert "Айбек" in removed_texts(ANONYMIZER, "Айбек №2 келди.")
