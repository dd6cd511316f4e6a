"""Everyday verbs of the region that a name's letters and an ending spell: after a vowel the Turkic
accusative is "-ны"/"-ni" ("Айдананы"), so a vowel and "-di" ends a verb ("boradi", "qoladi",
"барады": goes, stays), no name's form; a consonant and "-ды" is the accusative of a name
("Ерланды", "Aidosty"). Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Dars tugagach u uyga boradi.", "boradi"),
        ("Akasi shu yerda qoladi, ishlaydi.", "qoladi"),
        ("Ол сабақтан кейін үйге барады.", "барады"),
    ],
)
def test_a_vowel_and_di_is_a_verb(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кеше Ерланды шақырдым, келмеді.", "Ерланды"),
        ("Keshe Aidosty shaqyrdym.", "Aidosty"),
        ("Бүгүн Бекзатты көрдүм.", "Бекзатты"),
        ("Кеше Мадинаны шақырдым.", "Мадинаны"),
    ],
)
def test_a_name_in_the_accusative_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ал эртең Жалал-Абадга барат.", "барат"),
        ("Келе турган жумада жолугабыз.", "турган"),
        ("Akasi yangi mashina sotib oldi.", "mashina"),
        ("2020 yildan beri Rossiyada ishlaydi.", "yildan"),
        ("Ol qatyn men erdiń teńdigi týraly aıtty.", "qatyn"),
        ("Bul shyn máselе.", "shyn"),
    ],
)
def test_everyday_words_in_lower_case_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Барат келди, 20 мүнөт кечикти.", "Барат"),
        ("Турган 0555 123 456 номерин берди.", "Турган"),
    ],
)
def test_the_names_where_a_person_stands_go(text: str, part: str) -> None:
    assert covered(text, part), removed(text)
