"""A Kazakh pet form in small letters — a name's first syllable or two and "-еке"/"-ке" ("нұреке",
"асеке") — is a name where a person stands, as a name's shape is; a word of that shape the
dictionaries know stays ("неке": marriage). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("анкета ерлана вся исписана, с ереке поговорить", "ереке"),
        ("надо с асеке поговорить после занятия", "асеке"),
    ],
)
def test_a_pet_form_where_a_person_stands(text: str, name: str) -> None:
    assert name in names_in(text), names_in(text)


def test_a_word_of_that_shape_stays() -> None:
    assert names_in("неке туралы сөйлестік, 20 минут.") == []
