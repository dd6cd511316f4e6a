"""A car's plate typed on a phone in small letters is a plate where a word for a car stands before it
("машинасы 512 akm 05", "mashinasi 01 a 123 bc", "машинеси 08 kg 211 abc"); the same shape with no
car named, or an amount and its currency or unit, stays. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ағасының машинасы 512 akm 05, ақ камри", "512 akm 05"),
        ("отасининг mashinasi 01 a 123 bc, oq nexia", "01 a 123 bc"),
        ("атасынын машинеси 08 kg 211 abc, кара", "08 kg 211 abc"),
        ("the car that waited outside: 777 aba 02", "777 aba 02"),
        ("номер тачки 345 bcd 17, серая", "345 bcd 17"),
    ],
)
def test_a_small_letter_plate_after_a_car_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("такси до центра 200 som 15 min, норм", "200 som 15"),
        ("купили 2 мешка: 100 кг 200 гр каждый", "100 кг 200"),
        ("we met at 105 abc 12 times this year lol", "105 abc 12"),  # no car named
    ],
)
def test_the_shape_with_no_car_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
