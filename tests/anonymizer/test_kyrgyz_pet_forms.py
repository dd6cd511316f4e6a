"""Kyrgyz pet forms of first names (diminutives.txt: Бакен, Бакыш of Бакыт and Бакытбек; Чика of
Чыңгыз) are names where a name stands, as Жаке and Нурик are; the same letters as a Russian word in
lower case ("бакен", a buoy) stay. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Келген жокпу: Бакен, Тилек, Нурсултан.", "Бакен"),
        ("Бүгүн Бакен эрте кетти, апасы чакырыптыр.", "Бакен"),
        ("Список: Бакыш, Азамат, Эрлан — все пришли.", "Бакыш"),
        ("Чика опять опоздал на сессию.", "Чика"),
    ],
)
def test_a_kyrgyz_pet_form_is_a_name(text: str, name: str) -> None:
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("На озере у берега стоял красный бакен.", "бакен"),
    ],
)
def test_the_same_letters_as_a_word_stay(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)
