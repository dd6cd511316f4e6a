"""Tajik address words typed in Latin letters in an English note ("kuchai Rudaki 14", "mavzei
Sino, house 3"), as the Cyrillic ones ("кӯчаи Рӯдакӣ 14") are read. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Farrukh from Kulob, lives at kuchai Sino 41 with his grandmother.", "kuchai Sino 41"),
        ("New address: mavzei Zarafshon, house 9, flat 2.", "mavzei Zarafshon, house 9, flat 2"),
        ("Family rents a room at khiyoboni Ismoili Somoni 12, kv 5.", "khiyoboni Ismoili Somoni 12, kv 5"),
    ],
)
def test_a_tajik_address_in_latin_letters_is_removed(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("We talked about kuchai life in Dushanbe, the boys laughed.", "kuchai life"),
        ("He wrote kuchai and mahalla on the board as new words.", "kuchai and mahalla"),
    ],
)
def test_the_words_alone_or_without_a_number_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
