"""A Kazakh car plate typed with its three digits split by a space ("0 27 BAA 05", "12 3 KZA 02") is
a plate as "027 BAA 05" is; a time before two capitals ("5 30 PM 15") is none. Sentences written for
this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The car that waits by the school: 1 74 KDA 13, a grey Nexia.", "1 74 KDA 13"),
        ("Taxi plate 71 5 ABE 02, told the police.", "71 5 ABE 02"),
    ],
)
def test_a_plate_with_its_number_split_is_removed(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("We start at 5 30 PM 15 boys are expected.", "5 30 PM 15"),
        ("Scores: 2 15 to 10, a close game.", "2 15 to 10"),
    ],
)
def test_times_and_scores_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
