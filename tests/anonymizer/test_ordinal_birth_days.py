"""A date of birth whose day is an ordinal ("14th March 2008", "3rd of May 2007", "14-го марта 2008")
is removed as one with a plain day is. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Person B: born 14th March 2008, passport needed for the trip.", "14th March 2008"),
        ("DOB 3rd of May 2007, lives with his aunt.", "3rd of May 2007"),
        ("Со слов матери, родился 14-го марта 2008 в Таразе.", "14-го марта 2008"),
    ],
)
def test_a_date_of_birth_with_an_ordinal_day(text: str, part: str) -> None:
    assert covered(text, part), removed(text)
