"""In Latin letters a kin word or an epithet written with a capital right before a capitalised name
("Uncle Serik", "Aunt Gulnara", "Little Daniyar", "Big Ruslan") is how the person is called, and
part of the name's span; in lower case ("his uncle Serik", "a little Daniyar") it says how he is
related or what he is like, and stays. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Uncle Serik (the watchman) locks the hall at 20:00.", "Uncle Serik"),
        ("At the parents' evening Aunt Gulnara thanked the group.", "Aunt Gulnara"),
        ("Two Daniyars now: Little Daniyar sits by the door.", "Little Daniyar"),
        ("Big Ruslan carried the chairs again.", "Big Ruslan"),
        ("Brother Yerlan from the mosque brought water.", "Brother Yerlan"),
        # the region's honorific written before the name, English-wise
        ("Apa Saule from the canteen gave us tea.", "Apa Saule"),
        ("Aga Daulet drove the boys home.", "Aga Daulet"),
    ],
)
def test_a_capitalised_kin_word_or_epithet_is_part_of_the_name(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("His uncle Serik drove him to the session.", "uncle"),
        ("He is a big Ruslan fan, watches every fight.", "big"),
        ("We played Big Almaty Lake trivia.", "Big Almaty Lake"),
        ("my little brother Aidos came too", "little brother"),
    ],
)
def test_a_kin_word_in_lower_case_or_before_no_name_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
