"""Capitalised words that are never a person, written from general knowledge of English and of
Russian typed in Latin letters, not from any notes:
- an English contraction ("Don't be a man", "Didn't", "We're"), whatever name its first part spells
  ("Don"), while "Don said" is a person;
- a weekday's or a month's short form ("Thu 16:30", "the room for Nov"), while "Jan", "May", "Jun"
  (names too) are left to the other rules;
- in Russian typed in Latin letters, a capitalised word that reads as a Russian word opening a
  sentence ("Otmetit' kak vybyl"), or a place after "v", "iz" ("rabotaet v Seule", "uehal v
  Rossiyu"); not a name inside a sentence ("ego sestru Lenu").
"""

from __future__ import annotations

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He keeps saying Don't be a man to his brother.", "Don't"),
        ("The boys said We're not ready yet.", "We're"),
        ("Next session: Thu 16:30, youth centre hall.", "Thu"),
        ("ask about the room for Nov; print handouts.", "Nov"),
        ("Otmetit' kak vybyl, on uehal v Rossiyu.", "Otmetit"),
        ("Otmetit' kak vybyl, on uehal v Rossiyu.", "Rossiyu"),
        ("on skazal chto u tebya mama rabotaet v Seule i kormit vsyu sem'yu", "Seule"),
    ],
)
def test_the_word_is_no_person(text: str, word: str) -> None:
    assert not any(word in name for name in names_in(text)), names_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Don said he will come next week.", "Don"),
        ("Dim4ik skazal 4to ego sestru Lenu ne puskayut gulyat' posle 8 ve4era.", "Lenu"),
    ],
)
def test_the_person_stays_removed(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "then we played a song by the band and talked",
        "timur played a song on his phone",
        "u keldi, a potom ushel",
    ],
)
def test_a_lower_case_letter_alone_is_no_person(text: str) -> None:
    """An article, a conjunction, a pronoun (the lists hold A and U as names)."""
    assert not [name for name in names_in(text) if len(name) == 1], names_in(text)
