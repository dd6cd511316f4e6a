"""A message signed after its last sentence with a dash, a name, a comma and one word (a department,
a job: "… ? — Dinara, finance") is signed by that person, though the name is also a word and a comma
and a lower-case word after a name-word usually make a list of words; a list of words stays.
Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please send the receipts by Friday. — Dinara, finance", "Dinara"),
        ("Can you bring the projector? — Aigerim, logistics", "Aigerim"),
        ("Чеки сдать до пятницы! — Надежда, бухгалтерия", "Надежда"),
    ],
)
def test_a_signature_is_a_person(text: str, name: str) -> None:
    assert covered(text, name, use_ner=True), removed(text, use_ner=True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Темы урока: Вера, надежда, любовь.", "Вера"),
        ("Three words on the board: Faith, hope, love.", "Faith"),
    ],
)
def test_a_list_of_words_stays(text: str, word: str) -> None:
    assert not touched(text, word, use_ner=True), removed(text, use_ner=True)
