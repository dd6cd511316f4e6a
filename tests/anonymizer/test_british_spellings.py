"""The English word list spells "-ize" words the American way; a note may spell them the British way
("Organiser", "Visualisation"), a word all the same, not an unknown capitalised word (a name).
Sentences written for this test."""

import pytest

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize("word", ["organiser", "organisation", "criticised", "analyse", "apologising"])
def test_the_british_spelling_is_an_english_word(word: str) -> None:
    assert word in lexicon.english_words()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Visualisation at the end, five minutes.", "Visualisation"),
        ("Energisers before every block please.", "Energisers"),
    ],
)
def test_a_british_spelling_opening_a_sentence_is_kept(text: str, word: str) -> None:
    found = removed_texts(ANONYMIZER, text)
    assert not any(word in f for f in found), found
