"""A hyphen and a number of one or two digits glued to a name ("Daniyar-2", "Тимур-1") is how a note
tells two namesakes apart: part of the name's span. A range after a name ("Aibek 2-3 times"), a
date glued to it, a decimal, and a district's number ("Aksai-4") stay outside. Sentences written for
this test."""

import pytest

from tests.anonymizer.test_classes import removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Daniyar-2 sat with Daniyar-1 today, no fights.", "Daniyar-2"),
        ("Тимур-1 снова пришёл без тетради.", "Тимур-1"),
        ("List: Aibek-3 (quiet), Bekzat (loud).", "Aibek-3"),
    ],
)
def test_a_number_glued_to_a_name_is_part_of_it(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aibek 2-3 times a week comes late.", "Aibek"),
        ("Aibek-12-05 was written on the form.", "Aibek"),
        ("Aidana-2.5 hours of calls last week.", "Aidana"),
    ],
)
def test_a_range_a_date_or_a_decimal_stays_outside(text: str, name: str) -> None:
    assert name in removed(text), removed(text)
