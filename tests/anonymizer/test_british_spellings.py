"""English written the British way (as the region's NGOs write it: "Crisis Centre", "organisation",
"counselling", "Organiser", "Visualisation") is English: the word list holds the British spellings, and
a capitalised British spelling is no name, as its American spelling is not. Sentences written for this
test from general knowledge."""

import pytest

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.anonymizer import Anonymizer
from tests.anonymizer.test_classes import removed, touched
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


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("He went to the Youth Crisis Centre yesterday.", "Centre"),
        ("We visited the Family Support Centre in Taraz.", "Centre"),
        ("The partner Organisation sent the leaflets.", "Organisation"),
        ("Counselling sessions start on Monday.", "Counselling"),
    ],
)
def test_a_british_spelling_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
