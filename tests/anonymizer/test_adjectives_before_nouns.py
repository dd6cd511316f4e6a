"""A lower-case Russian word that no dictionary knows, shaped like a surname, is an adjective right
before a common noun ("связаться с ювенальной полицией", ``name_shapes.an_adjective_before_its_noun``);
before a name or a verb it is still a surname where a person stands. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, touched


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Связаться с ювенальной полицией завтра утром.", "ювенальной"),
        ("Направили к медиативной службе района.", "медиативной"),
    ],
)
def test_an_adjective_before_its_noun_stays(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("поговорил с жаркыновой вчера, всё нормально", "жаркыновой"),
        ("поговорил с ивановой мариной после занятия", "ивановой"),
    ],
)
def test_a_surname_before_a_name_or_a_verb_is_removed(text: str, name: str) -> None:
    assert covered(text, name)
