"""A roll call numbered line by line ("тізім:\n1 асқар\n2 әсет\n3 бауыржан"): the numbers are the
list's, no count of the word after them; and a listed name that holds a name-word and a name's
suffix ("бақытжан", "нұржан") is the name, not the word ("бақыт", happiness) with an ending.
Sentences written for this test from the languages' habits, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import name_spans_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("тізім:\n1 асқар\n2 әсет\n3 бауыржан\n4 жарас\n", "бауыржан"),
        ("тізім:\n1 асқар\n2 әсет\n3 бауыржан\n4 жарас\n", "жарас"),
        ("kelganlar:\n1) nodir\n2) sardor\n", "sardor"),
        ("арман мен бақытжан ерте кетті, әкелері шақырды.", "бақытжан"),
        ("бүгін бақытжан өзі келді.", "бақытжан"),
    ],
)
def test_a_name_in_a_numbered_roll_call_or_a_whole_listed_name_is_removed(text: str, word: str) -> None:
    assert word in name_spans_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ertaga reja:\n2 marta mashq qilamiz\n", "marta"),  # a count in a list: twice
        ("бақыттың жолы ауыр, деді ол.", "бақыттың"),
        ("менің арманым үлкен.", "арманым"),
        ("екі жеңіс болды бүгін.", "жеңіс"),  # two victories: a count in a sentence
    ],
)
def test_a_counted_word_or_a_name_word_stays(text: str, word: str) -> None:
    assert word not in name_spans_in(text)
