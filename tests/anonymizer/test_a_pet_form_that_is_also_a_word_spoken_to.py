"""A pet form of a name spoken to opens its quotation or sentence before a comma and "you", though a
dictionary knows the word ("«Дәке, сен неге үндемейсің?»": Дәулет's pet form; "дәке" is gauze). A
relative's word spoken to ("«Әпке, сен …»") and a word that is no pet form ("«Қой, сен …»": stop)
stay. Sentences written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import session_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Шеңберде Ерлан бұрылып: «Дәке, сен неге үндемейсің?» деді.", "Дәке"),
        ("Дәке, сен бүгін жақсы ойнадың — деп жазды Нұрлан чатқа.", "Дәке"),
    ],
)
def test_a_pet_form_that_is_a_word_spoken_to_is_a_boy(text: str, word: str) -> None:
    assert word in session_names([text])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ерлан айтты: «Әпке, сен неге келмедің?»", "Әпке"),
        ("«Қой, сен бұлай айтпа» деді Ерлан.", "Қой"),
    ],
)
def test_a_relative_and_a_word_spoken_to_stay(text: str, word: str) -> None:
    assert word not in session_names([text])[0]
