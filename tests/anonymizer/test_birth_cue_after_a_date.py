"""A whole date followed by the profiles' cue of birth written out ("2006-жылы 3-июлда туулган",
"2007-yil 5-martda tug'ilgan") is one date of birth, the cue with it, as a year before its cue is
("2007-жылы туулган"). A date with no such cue after it stays a date alone, and the cue's word
elsewhere stays. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def _birthdates(text: str) -> list[str]:
    return [
        text[s.start : s.end] for s in Anonymizer((), use_ner=False).detect(text) if s.kind is Kind.BIRTHDATE
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Катышуучу 2007-жылы 12-мартта туулган, Таласта жашайт.", "2007-жылы 12-мартта туулган"),
        ("Укасы 2009-yil 5-aprelda tug'ilgan, maktabda o'qiydi.", "2009-yil 5-aprelda tug'ilgan"),
        ("Інісі 2006 жылы 3 наурызда туған.", "2006 жылы 3 наурызда туған"),
        ("Анкетада: 14.02.2008 туулган.", "14.02.2008 туулган"),
    ],
)
def test_the_cue_after_a_date_goes_with_it(text: str, date: str) -> None:
    assert _birthdates(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Форум 2024-жылы 3-июлда болот, баары келсин.", "2024-жылы 3-июлда"),
        ("Жыйын 2024-жылы 3-июлда ал туулган айылда өттү.", "2024-жылы 3-июлда"),
    ],
)
def test_without_the_cue_after_it_the_date_is_alone(text: str, date: str) -> None:
    found = _birthdates(text)
    assert all(d == date for d in found), found
