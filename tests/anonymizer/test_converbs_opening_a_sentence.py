"""A capitalised word no list names, opening a sentence before a word in lower case, that ends in
the Kyrgyz and Kazakh converb "-п" after a consonant ("Кирип чыгуу коопсуз эмес": going in and out
is not safe; "Ойлоп көрдүм", "Ыйлап жиберди") is a verb, no name; listed names of that ending
(Жусуп, Шарип, and the Arabic names now listed: Латып, Нажип) stay people. Sentences written for this
test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кирип чыгуу коопсуз эмес, атасы ичет.", "Кирип"),
        ("Ойлоп көрдүм, эртең чалам.", "Ойлоп"),
        ("Ыйлап жиберди, анан тынчыды.", "Ыйлап"),
        ("Келіп кетті, бірақ ештеңе айтпады.", "Келіп"),
    ],
)
def test_a_converb_opening_a_sentence_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Жусуп келип, жардам берди.", "Жусуп"),
        ("Шарип мага айтты.", "Шарип"),
        ("Латып келбей калды.", "Латып"),
        ("Нажип эртең келет.", "Нажип"),
    ],
)
def test_a_listed_name_of_that_ending_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)
