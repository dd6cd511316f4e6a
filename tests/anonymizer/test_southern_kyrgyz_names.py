"""Kyrgyz given names of the older generation in the south (Мамыт, Ташмат, Кыязбек, Ыманали …) are
listed, so their case forms are found where a listed name's are ("Мамыттын кабары": Mamyt's news);
the everyday words some such names also are (тайлак, a camel calf) are left out of the list.
Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Мамыттын айтымында, атасы Россияда.", "Мамыттын"),
        ("Кечээ Ташмат аке жолугушууга келди.", "Ташмат аке"),
        ("Ыманалиге эртең чалам.", "Ыманалиге"),
        ("Bügün Kyiazbek kelbedi.", "Kyiazbek"),
    ],
)
def test_a_southern_name_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Атасы эки тайлак сатып алды.", "тайлак"),
        ("Балдар бири-бирине эргешип чыгышты.", "эргешип"),
    ],
)
def test_the_words_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
