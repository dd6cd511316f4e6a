"""A phone in brackets keeps its brackets in the report: the pattern takes an area code's "(", and
took the whole number's too, so "(87012345678)" printed "[телефон])" (a newcomer's PDF)."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Ерлан (87012345678) звонил", "([phone]) звонил"),
        ("номер (8 701 234 56 78)", "номер ([phone])"),
        ("tel: (+7 701 234 5678).", "tel: ([phone])."),
        ("(0555 123 456)", "([phone])"),
        ("звонить 8 (701) 234 56 78 вечером", "звонить [phone] вечером"),
        ("(8-701) 234-56-78 звонил", "[phone] звонил"),
    ],
)
def test_a_bracket_that_is_not_the_numbers_own_stays(typed: str, printed: str) -> None:
    assert Anonymizer().anonymize(typed).endswith(printed)
