"""Addresses typed in Latin letters in an English note: a house or flat "on" its street ("house 23 on
Tole bi street") is one address; the Tajik address words ("kuchai Rudaki 14", "mavzei
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


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("He lives in house 23 on Tole bi street with his aunt.", "house 23 on Tole bi street"),
        ("Their flat 7 on Abay avenue is on the 4th floor.", "flat 7 on Abay avenue"),
    ],
)
def test_a_house_on_its_street_is_one_address(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


def test_a_room_on_a_day_is_no_address() -> None:
    text = "We met in room 12 on Friday, then in room 3 on Monday."
    assert not touched(text, "on Friday"), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Referral: house no. 14 on Gagarin street, his grandmother's.", "house no. 14 on Gagarin street"),
        ("He lives in flat #9, Tole bi street 40.", "flat #9, Tole bi street 40"),
    ],
)
def test_a_house_numbered_with_no_or_a_hash_is_one_address(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


def test_a_numbered_room_alone_is_no_address() -> None:
    text = "Room no. 3 was booked for Friday."
    assert not touched(text, "Room no. 3"), removed(text)
