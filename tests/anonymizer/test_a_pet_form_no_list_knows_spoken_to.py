"""A capitalised word no dictionary, list of places or public figures knows, opening a quotation or
the note before a comma and a word that speaks to someone, is a pet form of a name, spoken to ("«Эке,
сен мага жооп бер»", "«Айзаш, сен мени укпайсың»", "Dake, sen ozin aitshy"). A word of a dictionary
spoken so stays ("«Слушай, ты …»", "«Брат, ты …»"). Sentences written for this test from how
facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import session_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Тилек Бакытка: «Ыке, сен эмне үчүн унчукпайсың?» деди.", "Ыке"),
        ("Улан: «Айзаш, сен мени укпайсың го!» — деди.", "Айзаш"),
        ("Бектур Зарлыкка: «Зике, сен кечээ кайда болдуң?»", "Зике"),
    ],
)
def test_an_unknown_word_spoken_to_is_a_pet_form(text: str, word: str) -> None:
    assert word in session_names([text])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Дамир: «Слушай, ты вообще понимаешь?» — все засмеялись.", "Слушай"),
        ("Арман Ерланға: «Брат, сен дұрыс айтасың» деді.", "Брат"),
    ],
)
def test_a_dictionary_word_spoken_so_stays(text: str, word: str) -> None:
    assert word not in session_names([text])[0]
