"""A listed first name in small letters that is a word too, right before a verb of coming (or not
coming), maybe past "today": a roll call typed in a hurry ("мирас келген жок", "талант бүгін
келмеді", "dilshod kelmadi"). Not a word before a verb no person does. Sentences written for this
test."""

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("бүгүн 9 бала. мирас келген жок, эртең чалам.", "мирас"),
        ("талант бүгін келмеді, апасы ауырып қалыпты.", "талант"),
        ("bugun 11 ta yigit. umid kelmadi, onasi kasal.", "umid"),
    ],
)
def test_a_lower_case_name_before_a_verb_of_coming_is_removed(text: str, word: str) -> None:
    assert word in names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("менің арманым орындалды, бәрі жақсы.", "арманым"),
        ("талант керек, бірақ еңбек маңызды.", "талант"),
    ],
)
def test_a_word_before_no_verb_of_a_person_stays(text: str, word: str) -> None:
    assert word not in names_in(text)
