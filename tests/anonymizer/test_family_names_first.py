"""A capitalised family name in -ов/-ев written first, before a listed first name, is part of the
name even where the Russian dictionary reads the word (surnames_first.py); a word in another shape
before the name is not taken. Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import fully_removed, removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Калиев Ержан сегодня не пришёл, болеет.", "Калиев Ержан"),
        ("Позвонила бабушка, Калиева Сауле Маратовна, просила перезвонить.", "Калиева Сауле Маратовна"),
    ],
)
def test_the_family_name_before_a_listed_first_name_is_removed(text: str, part: str) -> None:
    assert fully_removed(ANONYMIZER, text, part), removed_texts(ANONYMIZER, text)


def test_a_word_of_another_shape_before_the_name_stays() -> None:
    found = removed_texts(ANONYMIZER, "Вчера Ержан не пришёл.")
    assert not any("Вчера" in f for f in found), found
