"""A capitalised word that no name list, dictionary or name shape knows, right after the Russian
"из", "в", "во" (the profiles' ``unknown_place_before``), is a village or a town ("из Караджара",
"в Узынагаше"), not a person; after "у" or "с" it may be a man's, and a listed name after "в" is
still a person. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Талгат из Кайнарбулака приехал на автобусе.", "Кайнарбулака"),
        ("Мы провели встречу в Жанатурмысе, пришли восемь отцов.", "Жанатурмысе"),
    ],
)
def test_an_unknown_word_after_a_preposition_of_place_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_listed_name_after_the_same_preposition_is_still_a_person() -> None:
    text = "Она влюбилась в Ерлана ещё в школе."
    assert touched(text, "Ерлана"), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Встреча в клубе Шортобе, 14 отцов.", "Шортобе"),
        ("Каракемер жігіттері бүгін кеш келді.", "Каракемер"),
        ("Mo'ynoq guruhi bugun 9 kishi edi.", "Mo'ynoq"),
    ],
)
def test_villages_of_kordai_and_karakalpakstan_stay(text: str, part: str) -> None:
    """The region's list of small places (`data/region_places.txt`) knows the Dungan and Uyghur
    villages of the Kordai district and the Ili valley and Karakalpakstan's towns."""
    assert not touched(text, part), removed(text)
